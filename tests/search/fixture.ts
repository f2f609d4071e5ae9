// A small corpus shaped like the real one: a transcript with speakers and a section, an article with author, date,
// curly quotes and dashes and a footnote, documents without an author (one without any date), and one sentence that
// appears in two documents.
import { assembleCorpus } from '../../src/corpus/assembleCorpus.js';
import type { Corpus, Document, DocumentMeta, Passage, PassageLocation } from '../../src/corpus/types.js';

interface PassageSpec extends Partial<PassageLocation> {
  text: string;
  notes?: string[];
}

interface DocumentSpec {
  meta: Omit<DocumentMeta, 'seed'>;
  passages: (string | PassageSpec)[];
}

export function makeCorpus(specs: DocumentSpec[]): Corpus {
  const documents: Document[] = [];
  const passages: Passage[] = [];
  for (const { meta, passages: specsOfPassages } of specs) {
    const own = specsOfPassages.map((spec, i): Passage => {
      const { text, paragraph, section, speaker, notes } = typeof spec === 'string' ? { text: spec } : spec;
      return {
        id: `${meta.id}:${i + 1}`,
        document: meta.id,
        number: i + 1,
        text,
        location: {
          paragraph: paragraph ?? i + 1,
          ...(section === undefined ? {} : { section }),
          ...(speaker === undefined ? {} : { speaker }),
        },
        ...(notes === undefined ? {} : { notes }),
      };
    });
    documents.push({ ...meta, seed: `${meta.id}.html`, file: `documents/${meta.id}.md`, passageIds: own.map((p) => p.id) });
    passages.push(...own);
  }
  return assembleCorpus(documents, passages);
}

const MEETING = 'Meeting of 9 December 1990';

export const fixtureSpecs: DocumentSpec[] = [
  {
    meta: {
      id: 'rajavi-haboush-tapes',
      title: 'Minutes of the Meetings between Massoud Rajavi and Iraqi Intelligence',
      type: 'transcript',
      publisher: 'Iran Interlink',
      date: '1990-12-09',
    },
    passages: [
      {
        text: 'We are grateful to [Saddam] for his support; the Mujahedin will never forget it.',
        speaker: 'Massoud Rajavi',
        section: MEETING,
      },
      {
        text: 'The President’s office has approved the shipment of weapons to your camps at Ashraf.',
        speaker: 'Taher Jalil Haboush',
        section: MEETING,
      },
      { text: 'Our forces at Camp Ashraf are ready… to move north before the winter.', speaker: 'Massoud Rajavi', section: MEETING },
      { text: 'The negotiations with the Kurdish groups continued through the winter, and', speaker: 'Massoud Rajavi', section: MEETING },
      { text: 'the agreement was signed in the spring by both sides.', speaker: 'Massoud Rajavi', section: MEETING },
    ],
  },
  {
    meta: {
      id: 'cult-and-patrons',
      title: 'The Cult and Its Patrons',
      type: 'article',
      author: 'Anne Singleton',
      publisher: 'Iran Interlink',
      date: '2005-08-14',
      url: 'https://example.org/cult-and-patrons',
    },
    passages: [
      'Saddam’s regime gave the MEK money, weapons and bases — everything it needed to survive.',
      'Critics called it “a cult of personality” built around Rajavi – and his wife.',
      'Former members describe the regime inside the compound as total control; the regime decided everything.',
      { text: 'Saddam Hussein met the leadership many times. [1]', notes: ['[1] Registry ledger of the directorate, folio 12.'] },
      'Negotiators negotiated a settlement; the negotiation failed.',
    ],
  },
  {
    meta: { id: 'ashraf-relocated', title: 'Camp residents relocated', type: 'news', date: 'August 2005' },
    passages: ['Residents of the compound were moved to a new site near Baghdad.', 'An identical sentence about the crossing.'],
  },
  {
    meta: { id: 'a-border-report', title: 'Border report', type: 'news', publisher: 'Smith & Sons_Co', date: '2004-03' },
    passages: ['An identical sentence about the crossing.'],
  },
  {
    meta: { id: 'undated-note', title: 'An undated note', type: 'essay' },
    passages: ['Nobody signed this note about the camp.'],
  },
];

export const fixture = (): Corpus => makeCorpus(fixtureSpecs);
