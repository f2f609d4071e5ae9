// The loader on small corpora written to disk: what it returns, and how it reports malformed files.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPassage } from '../../src/corpus/findPassage.js';
import { CorpusError, loadCorpus } from '../../src/corpus/loadCorpus.js';
import { parseAliasTable } from '../../src/corpus/parseAliasTable.js';
import type { CorpusProblem } from '../../src/corpus/types.js';
import { defaultCorpusDir, projectRoot } from '../../src/paths.js';
import { documentFile, writeTempCorpus } from '../helpers/tempCorpus.js';

async function problemsOf(documents: Record<string, string>, speakers?: string): Promise<string[]> {
  const dir = await writeTempCorpus(documents, speakers);
  const error = await loadCorpus(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  return (error as CorpusError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

describe('loadCorpus', () => {
  it('returns documents and passages with ids, locations, sections and speakers', async () => {
    const dir = await writeTempCorpus(
      {
        'talk.txt': documentFile('talk', '# First meeting\n\nRajavi: Hello there.\n\nI raqi: Welcome.\n\nNotes taken.', ''),
      },
      'Rajavi\nI raqi => Iraqi\n',
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.id)).toEqual(['talk']);
    // type article: labels are not parsed as speakers
    expect(corpus.passages[0]?.text).toBe('Rajavi: Hello there.');
    expect(corpus.passages[0]?.location).toEqual({ paragraph: 1, section: 'First meeting' });
  });

  it('attributes speaker turns in transcripts through the alias table, leaving other labels as text', async () => {
    const dir = await writeTempCorpus(
      {
        'talk.txt': documentFile('talk', 'Rajavi:   Hello\n  there.\n\nI raqi: Welcome.\n\nParticipating members: A, B', '').replace(
          'type: article',
          'type: transcript',
        ),
      },
      '# comment\nRajavi\nI raqi => Iraqi\n',
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.passages.map((p) => [p.id, p.text, p.location.speaker])).toEqual([
      ['talk:1', 'Hello there.', 'Rajavi'],
      ['talk:2', 'Welcome.', 'Iraqi'],
      ['talk:3', 'Participating members: A, B', undefined],
    ]);
  });

  it('continues a labelled turn into the unlabelled paragraphs after it while the exchange goes on', async () => {
    const long = 'A sentence of the long answer goes on here. '.repeat(30).trim();
    const body = [
      'Rajavi: Hello.',
      'More of his answer.',
      long,
      'Iraqi: Welcome.',
      'Participating members: A, B',
      'Not the Iraqi after an unknown label.',
      'Rajavi: Yes.',
      '# Next meeting',
      'A meeting title',
      'Rajavi: Hi.',
      'The end of the tape',
    ].join('\n\n');
    const dir = await writeTempCorpus(
      { 'talk.txt': documentFile('talk', body, '').replace('type: article', 'type: transcript') },
      'Rajavi\nIraqi\n',
    );
    const corpus = await loadCorpus(dir);
    const turn = ['Rajavi', 'turn'];
    const none = [undefined, undefined];
    expect(corpus.passages.map(({ location }) => [location.speaker, location.speakerFrom])).toEqual([
      ['Rajavi', undefined],
      turn,
      turn, // the long paragraph, split in two: both parts continue the turn
      turn,
      ['Iraqi', undefined],
      none,
      none, // after a label not in the table
      ['Rajavi', undefined],
      none, // a heading closes the turn
      ['Rajavi', undefined],
      none, // nothing follows, so a closing note is not taken for speech
    ]);
  });

  it('links footnote markers to their notes and keeps the notes list out of the passages', async () => {
    const dir = await writeTempCorpus({
      'essay.txt': documentFile('essay', 'One claim. [1]\n\nAnother. [2]\n\n[^1]: Smith; “Book”, pp.3-4.\n\n[^2]: Ibid, 9.'),
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.passages.map((p) => p.notes)).toEqual([
      ['[1] Smith; “Book”, pp.3-4.'],
      ['[2] Ibid, 9. = Smith; “Book”, 9.'],
    ]);
  });

  it('gives the same ids and passages on every load', async () => {
    const dir = await writeTempCorpus({ 'a.txt': documentFile('a', 'x\n\ny'), 'b.txt': documentFile('b', 'z') });
    expect(await loadCorpus(dir)).toEqual(await loadCorpus(dir));
  });

  it('reports every problem at once, each with its file and line', async () => {
    const problems = await problemsOf({
      '1-no-header.txt': 'Just text\n',
      '2-unclosed.txt': '---\nid: unclosed\n',
      '3-unknown-field.txt': documentFile('three', 'text', 'colour: blue\n'),
      '4-bad-line.txt': documentFile('four', 'text', 'not a field line\n'),
      '5-empty.txt': documentFile('five', '\n\n'),
      '6-dup.txt': documentFile('three', 'text'),
      '7-missing-title.txt': '---\nid: seven\ntype: article\nseed: s.txt\n---\ntext\n',
      '8-bad-id.txt': documentFile('Not A Slug', 'text'),
      '9-bad-note.txt': documentFile('nine', 'claim [2]\n\n[^1]: Ibid.'),
    });
    expect(problems).toEqual([
      'documents/1-no-header.txt:1: the file must start with a "---" header line',
      'documents/2-unclosed.txt:1: the header is not closed by a "---" line',
      'documents/3-unknown-field.txt:6: unknown field "colour" (known: id, title, type, seed, title-sentence-case, author, author-name, publisher, date, url, category)',
      'documents/4-bad-line.txt:6: header line is not "field: value": "not a field line"',
      'documents/5-empty.txt:7: the document has no text after its header',
      'documents/6-dup.txt:2: duplicate document id "three" (also in documents/3-unknown-field.txt)',
      'documents/7-missing-title.txt:1: missing required field "title"',
      'documents/8-bad-id.txt:2: id "Not A Slug" must be a lowercase slug like "rajavi-haboush-tapes"',
      'documents/9-bad-note.txt:7: footnote marker [2] has no "[^2]:" definition',
      'documents/9-bad-note.txt:9: footnote [1] says "Ibid." but no note precedes it',
    ]);
  });

  it('reports a heading with no text under it', async () => {
    const problems = await problemsOf({ 'a.txt': documentFile('a', '# Empty\n\n# Full\n\ntext\n\n## Child\n\nmore\n\n# Last') });
    expect(problems).toEqual([
      'documents/a.txt:7: heading "Empty" has no text under it',
      'documents/a.txt:17: heading "Last" has no text under it',
    ]);
  });

  it('names the line of a malformed speaker table entry', async () => {
    const problems = await problemsOf({ 'a.txt': documentFile('a', 'text') }, 'Rajavi\nA => B => C\nRajavi\n');
    expect(problems).toEqual([
      'speakers.txt:2: expected "Name" or "Label as written => Name", got "A => B => C"',
      'speakers.txt:3: speaker label "Rajavi" is listed twice (first on line 1)',
    ]);
  });

  it('rejects an impossible ISO date and an empty field', async () => {
    const problems = await problemsOf({ 'a.txt': documentFile('a', 'text', 'date: 2005-02-30\nauthor:\n') });
    expect(problems).toEqual([
      'documents/a.txt:6: date "2005-02-30" is not a real YYYY-MM-DD date',
      'documents/a.txt:7: field "author" is empty; leave it out when the document does not state it',
    ]);
  });

  it('splits a personal author into family and given names made of exactly the stated words', async () => {
    const dir = await writeTempCorpus({
      'a.txt': documentFile('a', 'text', 'author: Safa Haeri\nauthor-name: Haeri, Safa\n'),
      'b.txt': documentFile('b', 'text', 'author: Linaelin\n'),
    });
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => [d.author, d.authorName])).toEqual([
      ['Safa Haeri', { family: 'Haeri', given: 'Safa' }],
      ['Linaelin', undefined],
    ]);
    expect(corpus.documents[0]).not.toHaveProperty('author-name');
  });

  it('rejects an author-name that is not made of the stated author’s words, with its file and line', async () => {
    const problems = await problemsOf({
      'a.txt': documentFile('a', 'text', 'author: Safa Haeri\nauthor-name: Haeri, Sara\n'),
      'b.txt': documentFile('b', 'text', 'author: Safa Haeri\nauthor-name: Haeri, Safa S.\n'),
      'c.txt': documentFile('c', 'text', 'author: Safa Haeri\nauthor-name: Safa Haeri\n'),
      'd.txt': documentFile('d', 'text', 'author-name: Haeri, Safa\n'),
      'e.txt': documentFile('e', 'text', 'author: Safa Haeri\nauthor-name: haeri, safa\n'),
    });
    expect(problems).toEqual([
      'documents/a.txt:7: author-name "Haeri, Sara" must consist of exactly the words of author "Safa Haeri"',
      'documents/b.txt:7: author-name "Haeri, Safa S." must consist of exactly the words of author "Safa Haeri"',
      'documents/c.txt:7: author-name "Safa Haeri" must be written "Family, Given"',
      'documents/d.txt:6: author-name "Haeri, Safa" needs the author field, which states the name',
      'documents/e.txt:7: author-name "haeri, safa" must consist of exactly the words of author "Safa Haeri"',
    ]);
  });

  it('reads a sentence-case title that differs from the title only in letter case, and refuses any other', async () => {
    const dir = await writeTempCorpus({ 'a.txt': documentFile('a', 'text', 'title-sentence-case: Title of a\n') });
    expect((await loadCorpus(dir)).documents[0]?.titleSentenceCase).toBe('Title of a');
    const problems = await problemsOf({ 'b.txt': documentFile('b', 'text', 'title-sentence-case: Title of the b\n') });
    expect(problems).toEqual([
      'documents/b.txt:6: title-sentence-case "Title of the b" must be the title "Title of b" with only letter case changed',
    ]);
  });

  it('fails clearly when the folder has no documents folder', async () => {
    await expect(loadCorpus('/nonexistent-verbatim-corpus')).rejects.toThrow(/cannot read the documents folder/);
  });
});

describe('variants.txt', () => {
  it('reads groups of spellings, with comments and blank lines', async () => {
    const dir = await writeTempCorpus({ 'a.txt': documentFile('a', 'Text.') });
    await writeFile(path.join(dir, 'variants.txt'), '# spellings\n\nMEK, MKO , PMOI\nMassoud, Mas’oud  # same man\n');
    expect((await loadCorpus(dir)).variants).toEqual([['MEK', 'MKO', 'PMOI'], ['Massoud', 'Mas’oud']]);
  });

  it('reports a malformed line with its file and line, all at once', async () => {
    const dir = await writeTempCorpus({ 'a.txt': documentFile('a', 'Text.') });
    await writeFile(path.join(dir, 'variants.txt'), 'MEK\nMKO, People’s Mojahedin\nPMOI, MEK\nmko, pmoi, mek,\nmek, MEK\npmoi, NCRI\n');
    const error = await loadCorpus(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'variants.txt:1: expected "Spelling, Other spelling, …": a group needs two spellings or more',
      'variants.txt:2: expected "Spelling, Other spelling, …": "People’s Mojahedin" is not a single word',
      'variants.txt:4: expected "Spelling, Other spelling, …": "" is not a single word',
      'variants.txt:5: "MEK" is listed twice in the group (spellings compare without case and accents)',
      'variants.txt:6: "pmoi" is already a variant on line 3',
    ]);
  });
});

describe('aliases.txt', () => {
  const twoParagraphs = { 'a.txt': documentFile('a', 'First words.\n\nSecond words.') };

  it('reads renumbered ids, with comments, and findPassage follows them to the passage under its id now', async () => {
    const dir = await writeTempCorpus(twoParagraphs);
    await writeFile(path.join(dir, 'aliases.txt'), '# renumbered\n\na:3 => a:2  # paragraphs 1 and 2 joined\nold-a:1 => a:1  # 2025-03-01 renumbered: moved\n');
    const corpus = await loadCorpus(dir);
    expect(corpus.aliases).toEqual(new Map([['a:3', { to: 'a:2' }], ['old-a:1', { to: 'a:1', since: '2025-03-01' }]]));
    expect(findPassage(corpus, ' A:3. ')).toEqual({ passage: corpus.passageById.get('a:2'), renamedFrom: 'a:3' });
    expect(findPassage(corpus, 'a:2')).toEqual({ passage: corpus.passageById.get('a:2') });
    expect(findPassage(corpus, 'a:4')).toBeUndefined();
  });

  it('reads an old id that names a passage now, renumbering having reused it, and says where its former words are', async () => {
    // A paragraph split above: what was a:1 is a:2 now, and what was a:2 is a:3.
    const dir = await writeTempCorpus({ 'a.txt': documentFile('a', 'First half.\n\nSecond half.\n\nLast words.') });
    await writeFile(path.join(dir, 'aliases.txt'), 'a:1 => a:2  # 2025-03-01 renumbered: a:2 added\na:2 => a:3  # 2025-03-01 renumbered: a:2 added\n');
    const corpus = await loadCorpus(dir);
    expect(findPassage(corpus, 'a:1')).toEqual({ passage: corpus.passageById.get('a:1'), formerWords: { id: 'a:2', since: '2025-03-01' } });
    // Each line says where the words are now: a:1's are at a:2, not followed on to a:3.
    expect(findPassage(corpus, 'a:2')).toEqual({ passage: corpus.passageById.get('a:2'), formerWords: { id: 'a:3', since: '2025-03-01' } });
    expect(findPassage(corpus, 'a:3')).toEqual({ passage: corpus.passageById.get('a:3') });
  });

  it('accepts the README’s example line against the shipped corpus', async () => {
    const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const example = /`corpus\/aliases\.txt`[^\n]*?\(`([^`]+ => [^`]+)`/u.exec(readme)?.[1];
    expect(example).toBeDefined();
    const problems: CorpusProblem[] = [];
    const ids = new Set((await loadCorpus(defaultCorpusDir)).passages.map((p) => p.id));
    expect(parseAliasTable('README.md', example!, ids, problems).size).toBe(1);
    expect(problems).toEqual([]);
  });

  it('reports each wrong line with its file and line, all at once', async () => {
    const dir = await writeTempCorpus(twoParagraphs);
    await writeFile(
      path.join(dir, 'aliases.txt'),
      ['a:5 -> a:1', 'a:1 => a:1', 'a:3 => a:9', 'a:4 => a:1', 'a:4 => a:2', 'a:6 => a:7', 'a:7 => a:1', 'A:8 => a:1'].join('\n'),
    );
    const error = await loadCorpus(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect((error as CorpusError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'aliases.txt:1: expected "old-document-id:N => document-id:N", got "a:5 -> a:1"',
      'aliases.txt:2: a:1 is renamed to itself',
      'aliases.txt:3: a:9 is not a passage of the corpus',
      'aliases.txt:5: a:4 is already renamed on line 4',
      'aliases.txt:6: a:7 is not a passage but is itself renamed to a:1 on line 7: write a:6 => a:1',
      'aliases.txt:8: expected "old-document-id:N => document-id:N", got "A:8 => a:1"',
    ]);
  });
});
