// The attribution of a passage, built only from what its document states, and its speaker and location as every
// view shows them.
import type { Corpus, Passage, PassageLocation, PassageSource } from './types.js';
import { writtenDate } from './writtenDate.js';

/** The speaker as shown: `Richard Dalton`, or `Richard Dalton (continuing)` for an unlabelled paragraph whose speaker
 * follows from the turn it continues; undefined when the passage has no speaker. */
export function shownSpeaker(location: PassageLocation): string | undefined {
  return location.speakerFrom === 'turn' ? `${location.speaker} (continuing)` : location.speaker;
}

/** How a view dresses stated words: `text` for names and dates, `title` for the titles of works (italics on
 * Discord). Each may also fit its value to the room the view has. */
export interface AttributionStyle {
  text(value: string): string;
  title(value: string): string;
}

const PLAIN: AttributionStyle = { text: (value) => value, title: (value) => value };

/**
 * Who the words are, as one line: for a quoted statement `Ben Wallace, 4 December 2009, quoted in *MEK’s Alliance…*`
 * (speaker, date and work where the introduction states them, then the document quoting it, after the Chicago
 * Manual of Style, 17th ed., 14.260 "quoted in"); otherwise the speaker as `shownSpeaker` gives it. Undefined for a
 * passage with neither.
 */
export function speakerLine(location: PassageLocation, documentTitle: string, style: AttributionStyle = PLAIN): string | undefined {
  const { statement } = location;
  if (!statement) {
    const speaker = shownSpeaker(location);
    return speaker === undefined ? undefined : style.text(speaker);
  }
  const date = statement.date === undefined ? undefined : (writtenDate(statement.date) ?? statement.date);
  return [
    statement.speaker === undefined ? undefined : style.text(statement.speaker),
    date === undefined ? undefined : style.text(date),
    statement.work === undefined ? undefined : style.title(statement.work),
    `quoted in ${style.title(documentTitle)}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
}

/** Where the passage stands in its document, beside its id: `paragraph 27`, or `paragraph 27, part 2 of 2` where a
 * long paragraph was split at sentences. */
export function paragraphLocator(location: PassageLocation): string {
  const { paragraph, part } = location;
  return part ? `paragraph ${paragraph}, part ${part.part} of ${part.parts}` : `paragraph ${paragraph}`;
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
