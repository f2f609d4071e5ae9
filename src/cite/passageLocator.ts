// What a citation says of the passage itself: its id as the locator that brings back the same words, where it stands
// in the document, and whose words they are — a transcript's speaker, or a statement the document quotes, cited as
// each style manual cites a source quoted in another.
import { paragraphLocator, shownSpeaker } from '../corpus/passageSource.js';
import type { Passage, QuotedStatement } from '../corpus/types.js';
import { dateParts } from './dates.js';

export type ManualStyle = 'chicago' | 'apa' | 'mla';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// MLA Handbook, 9th ed., 5.81: months of more than four letters are abbreviated in the works-cited list.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** `Passage rajavi-haboush-tapes:28 (paragraph 27, part 2 of 2; Rajavi)`: the id, where it stands, and a transcript
 * turn's speaker (a quoted statement's is named with the statement). */
function locator(passage: Passage): string {
  const speaker = passage.location.statement ? undefined : shownSpeaker(passage.location);
  return `Passage ${passage.id} (${[paragraphLocator(passage.location), speaker].filter(Boolean).join('; ')})`;
}

/** The note every export carries: the locator, and for a quoted statement `: statement by Ben Wallace, 4 December
 * 2009, quoted in this document`. */
export function passageNote(passage: Passage): string {
  const { statement } = passage.location;
  return statement ? `${locator(passage)}: ${statementWords(statement, 'note', 'quoted in this document')}` : locator(passage);
}

/**
 * A style's reference entry for the document, then on a line of its own the passage's locator (a line of its own
 * because APA ends an entry with its URL, after which a period or more words would read as part of it).
 * A quoted statement adds how the text cites the original through the document (`citation` is the style's own
 * citation of the document, from citeproc): Chicago a note, `Ben Wallace, December 4, 2009, quoted in “MEK’s
 * Alliance….”` (17th ed., 14.260, with the short note 14.29 allows beside the bibliography entry); APA
 * `(Wallace, 2009, as cited in …)` (7th ed., 8.6); MLA `(qtd. in …)` (9th ed., 6.81). The entry lists the document
 * only, as all three manuals do.
 */
export function withLocator(entry: string, citation: string, passage: Passage, style: ManualStyle): string {
  const listed = `${entry}\n${locator(passage)}.`;
  const { statement } = passage.location;
  if (!statement) return listed;
  const inner = citation.replace(/^\((.*)\)$/su, '$1');
  if (style === 'chicago') return `${listed}\nNote: ${statementWords(statement, style, 'quoted in')} ${citation}`;
  if (style === 'apa') {
    const who = statement.speakerName?.family ?? statement.speaker ?? statement.work ?? 'Anonymous';
    const year = statement.date === undefined ? 'n.d.' : statement.date.slice(0, 4);
    return `${listed}\nIn text: (${who}, ${year}, as cited in ${inner})`;
  }
  return `${listed}\nIn text: (qtd. in ${inner})`;
}

/** The original as each manual names it before the relation: Chicago `Ben Wallace, December 4, 2009, Global
 * Terrorism, quoted in` (author, title, date); APA `statement by Ben Wallace (2009, December 4), as cited in`; MLA and
 * the exports' note `statement by Ben Wallace, 4 Dec. 2009, qtd. in`. */
function statementWords(statement: QuotedStatement, style: ManualStyle | 'note', relation: string): string {
  const { speaker, work } = statement;
  const date = statement.date === undefined ? undefined : styledDate(statement.date, style);
  if (style === 'chicago') return [speaker, work, date, relation].filter((part) => part !== undefined).join(', ');
  const who = speaker === undefined ? 'statement' : `statement by ${speaker}`;
  const dated = style === 'apa' && date !== undefined ? [`${who} (${date})`] : [who, date];
  return [...dated, work, relation].filter((part) => part !== undefined).join(', ');
}

/** Chicago `December 4, 2009`; APA `2009, December 4`; MLA `4 Dec. 2009`; the note `4 December 2009`; a partial
 * date with the parts it has. */
function styledDate(iso: string, style: ManualStyle | 'note'): string {
  const parts = dateParts(iso);
  if (!parts) return iso;
  const [year, month, day] = parts;
  const name = month === undefined ? undefined : (style === 'mla' ? MLA_MONTHS : MONTHS)[month - 1];
  const join = (...values: (string | number | undefined)[]) => values.filter((value) => value !== undefined).join(' ');
  if (style === 'apa') return name === undefined ? String(year) : `${year}, ${join(name, day)}`;
  if (style === 'chicago') return day === undefined ? join(name, year) : `${name} ${day}, ${year}`;
  return join(day, name, year);
}
