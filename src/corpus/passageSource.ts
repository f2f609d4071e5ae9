// The attribution of a passage, built only from what its document states, and its speaker as every view shows it.
import type { Corpus, Passage, PassageLocation, PassageSource } from './types.js';

/** The speaker as shown: `Richard Dalton`, or `Richard Dalton (continuing)` for an unlabelled paragraph whose speaker
 * follows from the turn it continues; undefined when the passage has no speaker. */
export function shownSpeaker(location: PassageLocation): string | undefined {
  return location.speakerFrom === 'turn' ? `${location.speaker} (continuing)` : location.speaker;
}

export function passageSource(corpus: Corpus, passage: Passage): PassageSource {
  const document = corpus.documentById.get(passage.document);
  if (!document) throw new Error(`passage ${passage.id} names unknown document ${passage.document}`);
  const { title, author, publisher, date, url, seed } = document;
  return {
    title,
    ...(author !== undefined ? { author } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(url !== undefined ? { url } : {}),
    seed,
  };
}
