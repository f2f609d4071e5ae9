// Autocomplete suggestions: passages for what is being typed; documents, speakers, authors and types by name. Plain text, within limits.
import { findPassage } from '../src/corpus/findPassage.js';
import { shownSpeaker } from '../src/corpus/passageSource.js';
import type { Corpus } from '../src/corpus/types.js';
import { DISCORD_LIMITS } from '../src/render/discordLimits.js';
import { fitText } from '../src/render/fitText.js';
import type { SearchIndex } from '../src/search/index.js';
import { filterValues, resolveFilters, searchPassages, type FilterValue, type NamedFilter } from '../src/search/index.js';
import { foldLabel as label } from '../src/text/normalize.js';
import type { Choice } from './command.js';

const MAX = DISCORD_LIMITS.autocompleteChoices;
const choice = (name: string, value: string): Choice[] =>
  value.length <= DISCORD_LIMITS.autocompleteValue && value !== ''
    ? [{ name: fitText(name, DISCORD_LIMITS.autocompleteName).text || value, value }]
    : [];

/** The passages that best match the words typed so far, each offered by its id. */
export function suggestPassages(index: SearchIndex, typed: string): Choice[] {
  const text = typed.trim();
  if (text === '') return [];
  const exact = findPassage(index.corpus, text)?.passage;
  const hits = exact ? [exact] : searchPassages(index, text, { limit: MAX }).hits.map((hit) => hit.passage);
  return hits.flatMap((passage) => {
    const speaker = shownSpeaker(passage.location);
    return choice(`${passage.id} · ${speaker ? `${speaker}: ` : ''}${passage.text}`, passage.id);
  });
}

/**
 * What a filter can name, for what was typed so far: first the values the filter would read it as (so `Massoud
 * Rajavi` offers Rajavi), then those whose name or value contains it, in the corpus's order (documents) or sorted
 * (speakers, authors, types). Offered by value: a document by its id, a name as the corpus spells it.
 */
export function suggestValues(corpus: Corpus, filter: NamedFilter, typed: string): Choice[] {
  const { readings, problems } = resolveFilters(corpus, { [filter]: typed });
  const wanted = label(typed);
  const offered = new Map<string, FilterValue>();
  for (const value of [
    ...readings.flatMap((reading) => reading.matched),
    ...problems.flatMap((problem) => (problem.kind === 'ambiguous' ? problem.candidates : [])),
    ...filterValues(corpus, filter).filter(({ value, name }) => label(value).includes(wanted) || label(name).includes(wanted)),
  ]) {
    offered.set(value.value, value);
  }
  return [...offered.values()].flatMap(({ value, name }) => choice(name, value)).slice(0, MAX);
}
