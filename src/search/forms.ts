// Word forms that find each other: Lunr's own (Porter) stemmer, after British spellings are respelled American, so
// `negotiation`/`negotiations`, `add`/`added` and `defence`/`defense` share a key. The index keeps every word as
// written and, beside it, its key marked with FORM_MARK (`~negoti`), so exact forms can rank above other forms.
import lunr from 'lunr';

/** Starts every form key in the index; no word starts with it, so keys never collide with words. */
export const FORM_MARK = '~';

/**
 * Function words, question words, auxiliaries and light verbs. They are indexed like every word (phrases and
 * quotations of common words are found), but a query with other words ranks by those, so `when did…` questions
 * rank by their names and nouns. Words that double as names (`US`, `May`) are not here.
 */
export const LIGHT_WORDS = new Set([
  'a',
  'about',
  'after',
  'also',
  'am',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'been',
  'being',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'doing',
  'done',
  'for',
  'from',
  'get',
  'got',
  'had',
  'has',
  'have',
  'having',
  'he',
  'her',
  'him',
  'his',
  'how',
  'i',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'make',
  'made',
  'many',
  'me',
  'much',
  'my',
  'of',
  'on',
  'or',
  'our',
  'she',
  'should',
  'so',
  'some',
  'than',
  'that',
  'the',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'to',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'whom',
  'whose',
  'why',
  'will',
  'with',
  'would',
  'you',
  'your',
]);

/** British spellings respelled American before stemming; each rule needs a stem long enough not to catch `four`. */
const AMERICAN: [RegExp, string][] = [
  [/^(.{3,})our(s|ed|ing|er|ers|ite|ites|able|ful|less)?$/, '$1or$2'], // honour, labour, favoured, colourful
  [/^(.{4,})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2'], // organise, organisation, colonisation
  [/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2'], // analyse, paralysed
  [/^(def|off|pret|lic)ence(s)?$/, '$1ense$2'], // defence, offence, pretence, licence
  [/^(.{2,})(t|b)re(s)?$/, '$1$2er$3'], // centre, fibre
  [/^(.{3,})ogue(s)?$/, '$1og$2'], // catalogue, dialogue
  [/^(.{3,})mme(s)?$/, '$1m$2'], // programme
];
const DOUBLE_CONSONANT = /([^aeiouyls])\1$/;
const STEMMABLE = /^\p{Ll}{3,}$/u;
const keys = new Map<string, string>();
const MAX_CACHED = 100_000;

/** The key a term's forms share, or undefined for short words, numbers and light words, which have no forms. */
export function formKey(term: string): string | undefined {
  if (!STEMMABLE.test(term) || LIGHT_WORDS.has(term)) return undefined;
  let key = keys.get(term);
  if (key === undefined) {
    const american = AMERICAN.reduce((word, [pattern, replacement]) => word.replace(pattern, replacement), term);
    // Porter leaves `add` whole but cuts `added` to `ad`; dropping a final double consonant makes them meet.
    key = FORM_MARK + lunr.stemmer(new lunr.Token(american, {})).toString().replace(DOUBLE_CONSONANT, '$1');
    if (keys.size >= MAX_CACHED) keys.clear();
    keys.set(term, key);
  }
  return key;
}

/** What the index holds for a term: the term, and its marked form key when it has forms. */
export function indexForms(term: string): string[] {
  const key = formKey(term);
  return key === undefined ? [term] : [term, key];
}

/**
 * The one index term that finds every form of `term` (itself included): its marked form key, or the term itself
 * when it has no forms. Lunr's search pipeline gives this single term, since Lunr drops a required clause whose
 * pipeline gives a term the index lacks.
 */
export function allForms(term: string): string {
  return formKey(term) ?? term;
}
