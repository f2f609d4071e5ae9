// The shipped corpus against its reviewed manifest, and how a difference is told to the contributor.
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../src/paths.js';
import { checkManifest, manifestReport } from './checkManifest.js';
import { describeChanges, diffManifest } from './diffManifest.js';
import { COLUMNS, formatManifest, parseManifest, type ManifestRow } from './manifestRows.js';

describe('the shipped corpus', () => {
  it('is curated as its reviewed manifest says, passage by passage', async () => {
    const changes = await checkManifest(defaultCorpusDir);
    if (changes.length > 0) expect.fail(manifestReport(changes));
  });
});

/** A manifest row of document `doc`, passage `n`, whose words are `words`. */
function row(n: number, words: string, fields: Partial<ManifestRow> = {}, doc = 'doc'): ManifestRow {
  const list = words.split(' ');
  return {
    id: `${doc}:${n}`,
    speaker: '',
    date: '2005-08-08',
    words: String(list.length),
    first: list.slice(0, 5).join(' '),
    last: list.slice(-5).join(' '),
    paragraph: String(n),
    section: '',
    statement: '',
    notes: '',
    attribution: `title: Title of ${doc} · type: news`,
    ...fields,
  };
}

const posts = [row(1, 'One.'), row(2, 'Two.'), row(3, 'Three.'), row(4, 'Four.')];

describe('diffManifest and describeChanges', () => {
  it('find nothing to say about an unchanged manifest', () => {
    expect(
      diffManifest(
        posts,
        posts.map((r) => ({ ...r })),
      ),
    ).toEqual([]);
  });

  it('name the passage and the column, old → new', () => {
    const changes = diffManifest(posts, [posts[0]!, row(2, 'Two.', { speaker: 'Rajavi' }), posts[2]!, posts[3]!]);
    expect(changes).toEqual([{ passage: 'doc:2', column: 'speaker', before: '', after: 'Rajavi' }]);
    expect(describeChanges(changes)).toEqual(['doc:2 speaker: (none) → Rajavi']);
  });

  it('tell an inserted passage from the renumbering it causes', () => {
    const current = [posts[0]!, row(2, 'New words here.'), row(3, 'Two.'), row(4, 'Three.'), row(5, 'Four.')];
    expect(describeChanges(diffManifest(posts, current))).toEqual([
      'doc:2 added: “New words here.”',
      'doc:2–4 (3 passages) are now doc:3–5',
    ]);
  });

  it('tell a removed passage, and one moved into another document with what changed on the way', () => {
    const other = [row(1, 'Elsewhere.', {}, 'other')];
    const current = [row(1, 'One.'), row(2, 'Three.'), row(2, 'Two.', { date: '2005-08-06' }, 'other')];
    expect(describeChanges(diffManifest([...posts, ...other], [...current.slice(0, 2), other[0]!, current[2]!]))).toEqual([
      'doc:2 is now other:2 (moved to another document): “Two.”',
      'doc:3 is now doc:2',
      'doc:4 removed: “Four.”',
      'doc:2 date: 2005-08-08 → 2005-08-06',
      'doc:2 attribution: title: Title of doc → Title of other',
    ]);
  });

  it('say a change that every passage of a document shares once, and only the fields that changed', () => {
    const renamed = posts.map((r) => ({ ...r, attribution: 'title: Another title · type: news' }));
    expect(describeChanges(diffManifest(posts, renamed))).toEqual([
      'doc:1–4 (4 passages) attribution: title: Title of doc → Another title',
    ]);
  });

  it('show a long value around what changed', () => {
    const note = '[1] Nyabati Bijan; “A distinct look at Mojahedin’s internal revolution, slightly from inside”, pp.13-14.';
    const changes = diffManifest([row(1, 'One.', { notes: note })], [row(1, 'One.', { notes: note.replace('13-14', '13-16') })]);
    expect(describeChanges(changes)).toEqual(['doc:1 notes: … slightly from inside”, pp.13-14. → … slightly from inside”, pp.13-16.']);
  });
});

describe('formatManifest and parseManifest', () => {
  it('read back the rows they write', () => {
    expect(parseManifest(formatManifest(posts))).toEqual(posts);
  });

  it('refuse a manifest whose columns are not the current ones, saying how to regenerate it', () => {
    expect(() => parseManifest('id\tspeaker\n')).toThrow(/npm run manifest:update/u);
    expect(() => parseManifest(`${COLUMNS.join('\t')}\ndoc:1\tonly two\n`)).toThrow(/row 1 has 2 columns/u);
  });
});
