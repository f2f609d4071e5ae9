// User text becomes a small structured query that the search evaluates itself, so no input ever reaches Lunr's
// query parser (which throws on a stray `:` or `^` and stalls for seconds on `rajavi~100`).
import { COMPOUND_JOINERS, INVISIBLE, QUOTE_CHARS } from '../text/normalize.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { LIGHT_WORDS } from './forms.js';
import { scanWords, termOf } from '../text/words.js';

/** Characters of a query read; the rest is ignored. */
const MAX_QUERY_CHARS = 1000;
/** Words read, counting phrase words and excluded words; the rest is ignored. Also the most words ranked apart. */
export const MAX_QUERY_TERMS = 32;
/** Shortest `prefix*` expanded; a shorter one is taken as the plain word. */
const MIN_PREFIX = 3;
const MAX_EDIT_DISTANCE = 2;

export interface QueryWord {
  /** The index term: folded, without apostrophes or possessive `'s`; a compound's parts joined. */
  term: string;
  /** `co-operation`: the parts of a compound typed with hyphens, which may be searched apart if never joined. */
  parts?: string[];
  /** `word*`: matches every index term that starts with `term`. */
  prefix: boolean;
  /** `word~N`: the edit distance asked for, at most 2 and at most a third of the word; 0 when not asked. */
  fuzzy: number;
  /** `title:word` and the like: only this field. Unknown field names are read as words. */
  field?: SearchField;
  /** A function word, question word or light verb: ranked by only when the query has no other words. */
  light: boolean;
}

/** The folded words of a quoted phrase, in order. */
export type QueryPhrase = string[];

export interface ParsedQuery {
  words: QueryWord[];
  phrases: QueryPhrase[];
  /** `-word`, `-prefix*` and `-"a phrase"`: passages that contain them in any field are left out. */
  excluded: { words: QueryWord[]; phrases: QueryPhrase[] };
}

const QUOTE_MARKS = new RegExp(`[${QUOTE_CHARS}]`);
const TRAILING_MODIFIER = /(?:\*+|~(\d*)|\^[\d.]*)$/;
const FIELD_PREFIX = /^(\p{L}+):/u;
const JOINED = new RegExp(`^[${COMPOUND_JOINERS}]$`);

const isField = (name: string): name is SearchField => (SEARCH_FIELDS as readonly string[]).includes(name);

/** Reads any string into a query; never throws. Lunr syntax it does not support (`^boost`, `+`) is ignored. */
export function parseQuery(input: string): ParsedQuery {
  const text = (typeof input === 'string' ? input : '').slice(0, MAX_QUERY_CHARS).replace(INVISIBLE, ' ');
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: { words: [], phrases: [] } };
  let budget = MAX_QUERY_TERMS;
  const parts = text.split(QUOTE_MARKS);
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1 && (parts.length % 2 === 1 || i < parts.length - 1);
    if (quoted) {
      const phrase = scanWords(part, 0, part.length, budget).map((word) => word.fold);
      budget -= phrase.length;
      const negated = /(?:^|\s)-+$/.test(parts[i - 1] ?? '');
      addPhrase(negated ? parsed.excluded.phrases : parsed.phrases, phrase);
      return;
    }
    for (const raw of part.split(/\s+/)) {
      const token = readToken(raw).slice(0, budget);
      budget -= token.length;
      const negated = /^[+-]*-/.test(raw);
      for (const word of token) addWord(negated ? parsed.excluded.words : parsed.words, word);
    }
  });
  return parsed;
}

/** The words of one whitespace-free piece of query; `*` and `~N` apply to its last word. */
function readToken(raw: string): QueryWord[] {
  let body = raw.replace(/^[+-]+/, '');
  let field: SearchField | undefined;
  const named = FIELD_PREFIX.exec(body);
  const name = named?.[1]?.toLowerCase();
  if (named && name && isField(name)) {
    field = name;
    body = body.slice(named[0].length);
  }
  let prefix = false;
  let fuzzy = 0;
  for (let m = TRAILING_MODIFIER.exec(body); m; m = TRAILING_MODIFIER.exec(body)) {
    if (m[0].startsWith('*')) prefix = true;
    if (m[0].startsWith('~')) fuzzy = Math.min(MAX_EDIT_DISTANCE, Math.max(1, Number(m[1] || 1)));
    body = body.slice(0, -m[0].length);
  }
  const words: QueryWord[] = [];
  const scanned = scanWords(body);
  scanned.forEach((word, i) => {
    const term = termOf(word.fold);
    if (term === '') return;
    const previous = scanned[i - 1];
    const last = words[words.length - 1];
    // Parts joined by a hyphen with no space make one compound word.
    if (previous && last && word.start === previous.end + 1 && JOINED.test(body.charAt(previous.end))) {
      last.parts = [...(last.parts ?? [last.term]), term];
      last.term += term;
      last.light = false;
      return;
    }
    words.push({ term, prefix: false, fuzzy: 0, light: LIGHT_WORDS.has(term), ...(field ? { field } : {}) });
  });
  const last = words[words.length - 1];
  if (last && !last.parts) {
    last.prefix = prefix && last.term.length >= MIN_PREFIX;
    last.fuzzy = last.prefix ? 0 : Math.min(fuzzy, Math.floor(last.term.length / 3));
  }
  return words;
}

function addWord(into: QueryWord[], word: QueryWord): void {
  const same = (w: QueryWord) => w.term === word.term && w.prefix === word.prefix && w.fuzzy === word.fuzzy && w.field === word.field;
  if (!into.some(same)) into.push(word);
}

function addPhrase(into: QueryPhrase[], phrase: QueryPhrase): void {
  if (phrase.length > 0 && !into.some((p) => p.join(' ') === phrase.join(' '))) into.push(phrase);
}
