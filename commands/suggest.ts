// Autocomplete suggestions: passages for what is being typed, documents and speakers by name. Plain text, within limits.
import type { Corpus } from '../src/corpus/types.js';
import { DISCORD_LIMITS } from '../src/render/discordLimits.js';
import { fitText } from '../src/render/fitText.js';
import type { SearchIndex } from '../src/search/index.js';
import { searchPassages } from '../src/search/index.js';
import { foldLabel as label } from '../src/text/normalize.js';
import type { Choice } from './command.js';

const MAX = DISCORD_LIMITS.autocompleteChoices;
const choice = (name: string, value: string): Choice[] =>
  value.length <= DISCORD_LIMITS.autocompleteValue && value !== '' ? [{ name: fitText(name, DISCORD_LIMITS.autocompleteName).text || value, value }] : [];

/** The passages that best match the words typed so far, each offered by its id. */
export function suggestPassages(index: SearchIndex, typed: string): Choice[] {
  const text = typed.trim();
  if (text === '') return [];
  const exact = index.corpus.passageById.get(text.toLowerCase());
  const hits = exact ? [exact] : searchPassages(index, text, { limit: MAX }).hits.map((hit) => hit.passage);
  return hits.flatMap((passage) => {
    const speaker = passage.location.speaker ? `${passage.location.speaker}: ` : '';
    return choice(`${passage.id} · ${speaker}${passage.text}`, passage.id);
  });
}

/** Documents whose id or title contains what was typed, offered by id. */
export function suggestDocuments(corpus: Corpus, typed: string): Choice[] {
  const wanted = label(typed);
  return corpus.documents
    .filter((document) => label(document.id).includes(wanted) || label(document.title).includes(wanted))
    .slice(0, MAX)
    .flatMap((document) => choice(document.title, document.id));
}

const speakerLists = new WeakMap<Corpus, string[]>();

/** Speakers whose name contains what was typed. */
export function suggestSpeakers(corpus: Corpus, typed: string): Choice[] {
  let speakers = speakerLists.get(corpus);
  if (!speakers) {
    speakers = [...new Set(corpus.passages.flatMap((p) => (p.location.speaker ? [p.location.speaker] : [])))].sort();
    speakerLists.set(corpus, speakers);
  }
  const wanted = label(typed);
  return speakers.filter((speaker) => label(speaker).includes(wanted)).slice(0, MAX).flatMap((speaker) => choice(speaker, speaker));
}
