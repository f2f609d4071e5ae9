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
 * A style's reference entry for the document, with the passage's locator. A quoted statement is cited as the
 * manuals cite a source quoted in another: Chicago (17th ed., 14.260) leads with the original, "quoted in" the
 * document; APA (7th ed., 8.6) and MLA (9th ed., 6.81) list only the document, naming the original "as cited in" /
 * "qtd. in" it.
 */
export function withLocator(entry: string, passage: Passage, style: ManualStyle): string {
  const { statement } = passage.location;
  const where = locator(passage);
  if (!statement) return `${entry} ${where}.`;
  if (style === 'chicago') return `${statementWords(statement, style, 'quoted in')} ${entry} ${where}.`;
  return `${entry} ${where}: ${statementWords(statement, style, style === 'apa' ? 'as cited in this source' : 'qtd. in this source')}.`;
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
