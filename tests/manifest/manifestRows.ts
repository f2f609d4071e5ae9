// The passage manifest: one row a passage of what curation decided (who, where, when, attributed how, which
// notes, which words), written as tab-separated text a reviewer can read against the seeds.
import { paragraphLocator, shownSpeaker } from '../../src/corpus/passageSource.js';
import type { Corpus, Document, QuotedStatement } from '../../src/corpus/types.js';

// speaker is as shown, so one inferred from the turn reads `(continuing)`; date is the document's, the one a quote of
// the passage carries; words counts the passage's words, so that a sentence dropped between its first and last words
// shows; paragraph is where it stands (and which part of a split paragraph); statement is what the introduction of a
// quoted statement states; notes are the footnotes its markers resolve to.
export const COLUMNS = [
  'id',
  'speaker',
  'date',
  'words',
  'first',
  'last',
  'paragraph',
  'section',
  'statement',
  'notes',
  'attribution',
] as const;
export type Column = (typeof COLUMNS)[number];
export type ManifestRow = Record<Column, string>;

/** Enough words to recognize a passage's start and end in the seed. */
const EDGE_WORDS = 5;
const NOTE_SEPARATOR = ' | ';
export const FIELD_SEPARATOR = ' · ';
const HEADER_COMMENT =
  '# Reviewed curation of corpus/, one passage a line. `npm test` checks it; `npm run manifest:update` rewrites it (review the diff against the seeds).';

export function manifestRows(corpus: Corpus): ManifestRow[] {
  return corpus.passages.map((passage) => {
    const document = corpus.documentById.get(passage.document)!;
    const words = passage.text.split(' ');
    return {
      id: passage.id,
      speaker: shownSpeaker(passage.location) ?? '',
      date: document.date ?? '',
      words: String(words.length),
      first: words.slice(0, EDGE_WORDS).join(' '),
      last: words.slice(-EDGE_WORDS).join(' '),
      paragraph: paragraphLocator(passage.location).replace(/^paragraph /u, ''),
      section: passage.location.section ?? '',
      statement: passage.location.statement ? statement(passage.location.statement) : '',
      notes: (passage.notes ?? []).join(NOTE_SEPARATOR),
      attribution: attribution(document),
    };
  });
}

/** `speaker: Ben Wallace · date: 2009-12-04 · introduced by: doc:38`, the parts the introduction states. */
function statement({ speaker, speakerName, date, work, introduction }: QuotedStatement): string {
  const name = speakerName && `${speakerName.family}, ${speakerName.given}`;
  return Object.entries({ speaker, 'speaker-name': name, date, work, 'introduced by': introduction })
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => `${field}: ${value}`)
    .join(FIELD_SEPARATOR);
}

/** The document's own statements about itself, labelled; the date has its own column. */
function attribution(document: Document): string {
  const { title, titleSentenceCase, type, author, authorName, publisher, category, url } = document;
  const name = authorName && `${authorName.family}, ${authorName.given}`;
  return Object.entries({ title, 'title-sentence-case': titleSentenceCase, type, author, 'author-name': name, publisher, category, url })
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => `${field}: ${value}`)
    .join(FIELD_SEPARATOR);
}

export function formatManifest(rows: ManifestRow[]): string {
  const lines = [COLUMNS.join('\t'), ...rows.map((row) => COLUMNS.map((column) => cell(row, column)).join('\t'))];
  return `${HEADER_COMMENT}\n${lines.join('\n')}\n`;
}

function cell(row: ManifestRow, column: Column): string {
  // Whitespace is normalized when the corpus loads, so a tab or newline here means the loader changed.
  if (/[\t\n\r]/u.test(row[column])) throw new Error(`${row.id}: the ${column} holds a tab or line break`);
  return row[column];
}

export function parseManifest(text: string): ManifestRow[] {
  const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const header = lines.shift();
  if (header !== COLUMNS.join('\t')) {
    throw new Error(`the manifest's header should be "${COLUMNS.join(' ')}"; regenerate it with npm run manifest:update`);
  }
  return lines.map((line, index) => {
    const cells = line.split('\t');
    if (cells.length !== COLUMNS.length) {
      throw new Error(`manifest row ${index + 1} has ${cells.length} columns, not ${COLUMNS.length}: ${line.slice(0, 60)}`);
    }
    return Object.fromEntries(COLUMNS.map((column, i) => [column, cells[i]!])) as ManifestRow;
  });
}

export function documentOf(id: string): string {
  return id.slice(0, id.lastIndexOf(':'));
}

/** The passage's words in brief, for a reader: its first and last words. */
export function gist(row: ManifestRow): string {
  return Number(row.words) <= EDGE_WORDS ? `“${row.first}”` : `“${row.first} … ${row.last}”`;
}
