// A tiny in-memory corpus for tests of pure functions: a transcript, an article with full metadata, an anonymous page,
// and one renumbered id (`tapes:4` is now `tapes:3`).
import { assembleCorpus } from '../../src/corpus/assembleCorpus.js';
import type { AliasTable, Corpus, Document, Passage } from '../../src/corpus/types.js';

type Spec = Omit<Document, 'passageIds' | 'file'> & {
  passages: Array<Pick<Passage, 'text'> & Partial<Passage['location']> & { notes?: string[] }>;
};

export function buildCorpus(specs: Spec[], aliases: AliasTable = new Map()): Corpus {
  const documents: Document[] = [];
  const passages: Passage[] = [];
  for (const { passages: texts, ...meta } of specs) {
    const own = texts.map(({ text, notes, paragraph, ...location }, index): Passage => ({
      id: `${meta.id}:${index + 1}`,
      document: meta.id,
      number: index + 1,
      text,
      location: { paragraph: paragraph ?? index + 1, ...location },
      ...(notes ? { notes } : {}),
    }));
    documents.push({ ...meta, file: `documents/${meta.id}.txt`, passageIds: own.map((p) => p.id) });
    passages.push(...own);
  }
  return assembleCorpus(documents, passages, [], aliases);
}

export const fixtureCorpus = buildCorpus(
  [
    {
      id: 'tapes',
      title: 'Transcript of the Tapes',
      type: 'transcript',
      seed: 'seed-a.txt',
      passages: [
        { text: 'The inspectors have arrived, they are looking for new cases.', speaker: 'Haboush', section: 'First meeting' },
        { text: 'It should be like this. Definitely.', speaker: 'Rajavi', section: 'First meeting' },
        {
          text: 'We have an Arabic proverb that says: Brothers show themselves in hardship.',
          speaker: 'General Saber',
          section: 'Second meeting',
        },
      ],
    },
    {
      id: 'essay',
      title: 'A Revolutionary Diplomacy; the Costs and Achievements',
      type: 'essay',
      author: 'Bahar Irani',
      publisher: 'Mojahedin.ws',
      date: '2006-09-12',
      seed: 'seed-b.txt',
      passages: [
        {
          text: 'Nobody could imagine that Massoud Rajavi’s meeting with Tariq Aziz would develop into an alliance. [1]',
          notes: ['[1] Nyabati Bijan; “A distinct look”, pp.13-14.'],
        },
        { text: 'The “social factor” provides a negative response — people did not rise.' },
      ],
    },
    {
      id: 'page',
      title: 'Collaboration with Saddam: A *Criminal* Record',
      type: 'article',
      seed: 'seed-c.txt',
      passages: [
        { text: 'They received arms, cash and a miliary base in Iraq called Camp Ashraf. Saddam’s army [1] @everyone <@123> ||hidden||' },
      ],
    },
  ],
  new Map([['tapes:4', { to: 'tapes:3' }]]),
);
