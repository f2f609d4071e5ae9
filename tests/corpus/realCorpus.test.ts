// The shipped corpus against its seeds: nothing altered, nothing dropped, no metadata the text does not state.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { normalizeWhitespace } from '../../src/corpus/normalizeWhitespace.js';
import { MAX_PASSAGE_LENGTH } from '../../src/corpus/splitLongParagraph.js';
import type { Corpus, Document } from '../../src/corpus/types.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { readSeeds, seedsMissing, seedsPresent } from '../helpers/seeds.js';

// Web-page furniture the curation removed on purpose; every other seed line must be accounted for.
const FURNITURE: RegExp[] = [
  /^•/u, // navigation menus, "Editions" lists, social links
  /^Nejat Society$/u,
  /^©/u,
  /^Home » /u, // breadcrumb
  /^\w+ \d{1,2}, \d{4} \d+ comments$/u, // post date with comment counter (the date is kept as metadata)
  /^FacebookTwitterPinterest/u,
  /^Download Pars Brief/u,
  /^(Newer Posts|Older Posts|Recent Posts|Back To Top|You may also like|Leave a Comment)$/u,
  /^December \d{1,2}, 2025$/u, // dates in the "Recent Posts" list
  /^Sources:$/u, // label of a notes list whose notes are kept as footnotes
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function spokenForms(isoDate: string): string[] {
  const [year, month, day] = isoDate.split('-').map(Number);
  const name = MONTHS[(month ?? 1) - 1];
  return [`${name} ${day}, ${year}`, `${day} ${name} ${year}`];
}

function metadataValues(document: Document): string[] {
  const { title, author, publisher, url, category, date } = document;
  const dates = date === undefined ? [] : /^\d{4}-\d{2}-\d{2}$/.test(date) ? spokenForms(date) : [date];
  return [title, author, publisher, url, category, ...dates].filter((v): v is string => v !== undefined);
}

let corpus: Corpus;
let seeds: Map<string, string>;
let normalizedSeeds: Map<string, string>;

// Without the seeds the comparison cannot run: the run fails, with one line saying where they belong.
if (!seedsPresent) {
  it('finds the seeds beside the project', () => {
    throw seedsMissing();
  });
}

beforeAll(async () => {
  corpus = await loadCorpus(defaultCorpusDir);
});

describe.skipIf(!seedsPresent)('the shipped corpus against its seeds', () => {
  beforeAll(() => {
    seeds = readSeeds();
    normalizedSeeds = new Map([...seeds].map(([name, text]) => [name, normalizeWhitespace(text)]));
  });

  it('has one or more documents for each of the five seeds, and names only real seeds', () => {
    expect(seeds.size).toBe(5);
    expect(new Set(corpus.documents.map((d) => d.seed))).toEqual(new Set(seeds.keys()));
    expect(corpus.documents.length).toBeGreaterThanOrEqual(14);
  });

  it('quotes every passage character for character from its seed (whitespace aside)', () => {
    for (const passage of corpus.passages) {
      const seed = corpus.documentById.get(passage.document)!.seed;
      expect(normalizedSeeds.get(seed), passage.id).toContain(passage.text);
    }
  });

  it('states only metadata that its seed states', () => {
    for (const document of corpus.documents) {
      const seed = normalizedSeeds.get(document.seed)!;
      for (const value of [document.title, document.author, document.publisher, document.url, document.category]) {
        if (value !== undefined) expect(seed, `${document.id}: ${value}`).toContain(value);
      }
      if (document.date !== undefined) {
        const forms = /^\d{4}-\d{2}-\d{2}$/.test(document.date) ? spokenForms(document.date) : [document.date];
        expect(forms.some((form) => seed.includes(form)), `${document.id}: ${document.date}`).toBe(true);
      }
    }
  });

  it('drops no line of any seed other than page furniture', () => {
    for (const [name, text] of seeds) {
      const documents = corpus.documents.filter((d) => d.seed === name);
      const passages = corpus.passages.filter((p) => corpus.documentById.get(p.document)!.seed === name);
      const kept = [
        passages.map((p) => p.text).join(' '),
        ...passages.flatMap((p) => [...(p.notes ?? []), p.location.section ?? '', p.location.speaker ?? '']),
        ...documents.flatMap(metadataValues),
      ].join('\n');
      for (const rawLine of text.split('\n')) {
        const line = normalizeWhitespace(rawLine);
        if (line === '' || FURNITURE.some((pattern) => pattern.test(line))) continue;
        // Speaker labels and note numbers are kept as structure (speaker, note marker), not as text.
        const words = line.replace(/^[^:]{1,40}:\s+/u, '').replace(/^\[\d+\]\.?\s*/u, '');
        const accounted = kept.includes(line) || kept.includes(words) || isBylineOf(line, documents);
        expect(accounted, `${name}: ${line.slice(0, 100)}`).toBe(true);
      }
    }
  });
});

// What curation decided, checked without the seeds, so that a checkout without them still tests it.
describe('the shipped corpus', () => {
  it('cuts passages no longer than the limit, with ids document:N counting from 1', () => {
    for (const document of corpus.documents) {
      document.passageIds.forEach((id, index) => {
        expect(id).toBe(`${document.id}:${index + 1}`);
        expect(corpus.passageById.get(id)!.text.length).toBeLessThanOrEqual(MAX_PASSAGE_LENGTH);
      });
    }
    expect(new Set(corpus.passages.map((p) => p.id)).size).toBe(corpus.passages.length);
  });

  it('attributes transcript turns to normalized speakers, keeping the words as written', () => {
    const turn = corpus.passages.find((p) => p.text.startsWith('He [Saddam] is sending his regards to you.'))!;
    expect(turn.location.speaker).toBe('Iraqi');
    const abrishamchi = corpus.passages.find((p) => p.text === 'Their best attack is a defence.')!;
    expect(abrishamchi.location.speaker).toBe('Abrishamchi');
    const consultant = corpus.passages.find((p) => p.text.startsWith('Yes my master, that is correct'))!;
    expect(consultant.location.speaker).toBe('Iraqi consultant');
    expect(consultant.location.section).toMatch(/^The Meeting between Massoud Rajavi and the Head of Secret Services/);
  });

  it('gives an unlabelled paragraph inside a turn its speaker, marked as inferred, and no other paragraph', () => {
    const inferred = corpus.passages.filter((p) => p.location.speakerFrom === 'turn');
    expect(inferred.map((p) => [p.id, p.location.speaker])).toEqual([['interview-with-uk-ambassador-to-tehran:5', 'Richard Dalton']]);
    for (const unattributed of ['Meeting in the years 1998-99', 'Participating members:', 'The end of the second 45 minutes']) {
      expect(corpus.passages.find((p) => p.text.startsWith(unattributed))!.location.speaker).toBeUndefined();
    }
  });

  it('resolves Ibid. footnotes with their own page and keeps the notes list out of the passages', () => {
    const withNote5 = corpus.passages.find((p) => p.notes?.some((n) => n.startsWith('[5]')))!;
    expect(withNote5.text).toContain('[5]');
    expect(withNote5.notes).toEqual([
      '[5] Ibid, 15. = Nyabati Bijan; “A distinct look at Mojahedin’s internal revolution, slightly from inside, slightly from outside”, 15.',
    ]);
    expect(corpus.passages.some((p) => p.text.startsWith('Nyabati Bijan;') || p.text === 'Ibid.')).toBe(false);
  });

  it('attaches headings to the passages under them instead of making them passages', () => {
    const flight = corpus.passages.find((p) => p.text.startsWith('After living in France for five years'))!;
    expect(flight.location.section).toBe('Flight of Destiny');
    expect(corpus.passages.some((p) => p.text === 'Flight of Destiny')).toBe(false);
  });

  it('splits the listing page into its ten posts, each with its own title and date', () => {
    const posts = corpus.documents.filter((d) => d.seed === '003_e997d5a0a984bfbc.txt');
    expect(posts).toHaveLength(10);
    expect(posts.every((p) => p.date !== undefined && p.publisher === 'NEJAT Society')).toBe(true);
    expect(posts.find((p) => p.title === 'ALL MKO SAY ARE PURE LIES')?.author).toBe('Safa Haeri');
  });

  it('splits the names of the persons stated by full name, and keeps single names as stated', () => {
    const authors = corpus.documents.filter((d) => d.author !== undefined).map((d) => [d.author, d.authorName]);
    expect(authors.sort()).toEqual([
      ['Al-Asadi', undefined],
      ['Bahar Irani', { family: 'Irani', given: 'Bahar' }],
      ['Linaelin', undefined],
      ['Safa Haeri', { family: 'Haeri', given: 'Safa' }],
    ]);
  });
});

/** A byline such as "By Safa Haeri" or "Mojahedin.ws – Bahar Irani – September 12, 2006". */
function isBylineOf(line: string, documents: Document[]): boolean {
  return documents.some((document) => {
    let rest = line;
    for (const value of metadataValues(document)) rest = rest.split(value).join('');
    return rest !== line && /^[\s–—\-,·|]*(By)?[\s–—\-,·|]*$/u.test(rest);
  });
}
