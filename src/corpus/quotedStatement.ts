// Quoted statements in the corpus format: the `::: statement` fence around a quotation, and the check that every
// name, date and work it gives is stated by the sentence introducing it (or by the footnote the quotation carries),
// so that curation can mark an attribution the text makes but never add one.
import { scanWords } from '../text/words.js';
import { isIsoDatePrefix } from './isoDate.js';
import { readPersonalName } from './personalName.js';
import type { QuotedStatement } from './types.js';
import { datePhrases } from './writtenDate.js';

const ATTRIBUTE = /([a-z-]+)=(?:"([^"]*)"|(\S+))/gu;
const KEYS = new Set(['speaker', 'speaker-name', 'date', 'work']);

/** What a fence states, before it is checked against the text. */
export type StatementFence = Omit<QuotedStatement, 'introduction'>;

/**
 * Reads `statement speaker="Ben Wallace" speaker-name="Wallace, Ben" date=2009-12-04 work="Global Terrorism"` (every
 * attribute optional, a value quoted when it has spaces). Returns the fence or what is wrong with it.
 */
export function parseStatementFence(info: string): { fence: StatementFence } | { problem: string } {
  const [kind, ...rest] = info.split(/\s+/u);
  if (kind !== 'statement') return { problem: `unknown fence "::: ${info}" (expected "::: statement …" or ":::")` };
  const attributes = rest.join(' ');
  const values = new Map<string, string>();
  let consumed = '';
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const [whole, key, quoted, bare] = match;
    const value = (quoted ?? bare ?? '').trim();
    consumed += whole;
    if (!KEYS.has(key!)) return { problem: `unknown statement attribute "${key}" (expected speaker, speaker-name, date or work)` };
    if (value === '') return { problem: `statement attribute "${key}" is empty` };
    if (key === 'date' && !isIsoDatePrefix(value)) return { problem: `statement date "${value}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` };
    values.set(key!, value);
  }
  if (consumed.replace(/\s+/gu, '') !== attributes.replace(/\s+/gu, '')) return { problem: `cannot read the statement attributes "${attributes}"` };
  const [speaker, named, date, work] = ['speaker', 'speaker-name', 'date', 'work'].map((key) => values.get(key));
  const speakerName = named === undefined ? undefined : readPersonalName('speaker-name', named, 'speaker', speaker);
  if (typeof speakerName === 'string') return { problem: speakerName };
  return {
    fence: {
      ...(speaker !== undefined ? { speaker } : {}),
      ...(speakerName !== undefined ? { speakerName } : {}),
      ...(date !== undefined ? { date } : {}),
      ...(work !== undefined ? { work } : {}),
    },
  };
}

/**
 * What the fence gives that the text does not state: `speaker` and `work` must occur as words in order in the
 * introduction, or all their words in a footnote the quotation carries (a note names an author family name first);
 * `date` in one of the ways prose writes it (`December 4, 2009`, `4 December 2009`…). Empty when all is stated.
 */
export function unstatedAttributes(fence: StatementFence, introduction: string, notes: readonly string[]): string[] {
  const problems: string[] = [];
  const intro = words(introduction);
  const noteWords = notes.map((note) => new Set(words(note)));
  const stated = (phrase: string) => {
    const wanted = words(phrase);
    return containsRun(intro, wanted) || noteWords.some((note) => wanted.every((word) => note.has(word)));
  };
  if (fence.speaker !== undefined && !stated(fence.speaker)) problems.push(`speaker "${fence.speaker}"`);
  if (fence.work !== undefined && !stated(fence.work)) problems.push(`work "${fence.work}"`);
  if (fence.date !== undefined) {
    const phrases = datePhrases(fence.date).map(words);
    const inNotes = notes.map(words);
    if (!phrases.some((phrase) => containsRun(intro, phrase) || inNotes.some((note) => containsRun(note, phrase)))) {
      problems.push(`date ${fence.date}`);
    }
  }
  return problems;
}

function words(text: string): string[] {
  return scanWords(text).map((word) => word.fold);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
