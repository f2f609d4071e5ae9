// A passage as a Discord embed: the words (matched ones in bold), what its document states about itself, its id and
// its notes. Passages sent together share one message's room by priority: the quoted words and their attribution
// first, then the other fields, then the notes, which shrink and then roll up into a field saying how many are left.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type AttributionStyle, paragraphLocator, passageSource, speakerLine } from '../corpus/passageSource.js';
import type { Corpus, Passage, PassageSource } from '../corpus/types.js';
import { allotRoom, shareRoom } from './allotRoom.js';
import { count } from './count.js';
import { DISCORD_LIMITS as L } from './discordLimits.js';
import { namesLength, statedField, type FieldPart, type Part } from './embedParts.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import { highlightText } from './highlightText.js';

export interface PassageEmbedOptions {
  /** [start, end) ranges of `passage.text` to bold. */
  highlights?: ReadonlyArray<readonly [number, number]>;
  /** Short corpus version, so a shared quote can be checked later. */
  stamp?: string;
  /** A line above the quote, e.g. "Shared by <@id>" or a verdict. Already markdown, and short. */
  preface?: string;
  /** Show the passage's notes (as /quote does; /search does not). */
  withNotes?: boolean;
  /** A small line above the title, e.g. "Result 2 of 17". Plain text. */
  label?: string;
}

/** Most characters of a quote: a description's 4,096 less room for a preface and the pointer to /quote. */
const QUOTE_ROOM = 3500;
/** Fewest characters kept of a quote, of each part of its attribution, and of a note shown at all (Claim.least). */
const LEAST = { quote: 200, attribution: 60, note: 120 };
/** Fewest characters of a quote's own words however little room is left: a quote is never empty. */
const FEWEST_WORDS = 20;
/** Longest stated part of a speaker line: four of them stay within a field value's 1,024 characters. */
const SPEAKER_PART = 240;
/** The field that says how many notes are not shown; Discord allows 25 fields, so at most 24 notes are. */
const NOTES_LEFT = 'More notes';
export const NOTES_BUTTON = 'Notes';

/** The line that says a quote was cut and where to read all of it. */
function shortenedNote(passageId: string): string {
  return `*(shortened: \`/quote ${passageId}\` shows the whole passage)*`;
}

function notesLeftOut(left: number): APIEmbedField {
  return { name: NOTES_LEFT, value: `${count(left, 'more note')} — **${NOTES_BUTTON}** shows them all`, inline: false };
}

/** Stated words fitted to a share of a field, so that a whole attribution line stays within one. */
export function markdownStyle(room: number): AttributionStyle {
  return { text: (value) => fitText(value, room, escapeMarkdown).text, title: (value) => `*${fitText(value, room, escapeMarkdown).text}*` };
}

/** What a document states about itself beyond its title; the author is part of the attribution, served first. */
export function sourceFields(source: Omit<PassageSource, 'seed'>): FieldPart[] {
  return [
    ...statedField('Author', source.author, { tier: 0, least: LEAST.attribution }),
    ...statedField('Publisher', source.publisher),
    ...statedField('Date', source.date),
    ...statedField('Site', source.url),
  ];
}

/** `Speaker` for a labelled turn, or `Statement` for a quoted statement ("Ben Wallace, 4 December 2009, quoted in
 * *…*"), each of its parts shortened alike to fit; none for the document's own words. */
function speakerField(passage: Passage, title: string): FieldPart[] {
  const line = (part: number) => speakerLine(passage.location, title, markdownStyle(part)) ?? '';
  const whole = line(SPEAKER_PART);
  if (whole === '') return [];
  const { statement } = passage.location;
  const fit = (room: number) => {
    let [low, high] = [1, SPEAKER_PART];
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (line(middle).length <= room) low = middle;
      else high = middle - 1;
    }
    return line(low);
  };
  return [{ name: statement ? 'Statement' : 'Speaker', inline: !statement, tier: 0, least: LEAST.attribution, wants: whole.length, fit }];
}

interface Layout {
  quote: Part;
  title: Part;
  fields: FieldPart[];
  notes: FieldPart[];
  label?: string;
  preface?: string;
  footer: string;
}

function layout(corpus: Corpus, passage: Passage, options: PassageEmbedOptions): Layout {
  const source = passageSource(corpus, passage);
  const render = (text: string) => highlightText(text, options.highlights ?? []);
  const whole = render(passage.text);
  const pointer = shortenedNote(passage.id);
  const quote: Part = {
    tier: 0,
    least: LEAST.quote,
    wants: Math.min(whole.length, QUOTE_ROOM),
    fit: (room) =>
      whole.length <= room ? whole : `${fitText(passage.text, Math.max(FEWEST_WORDS, room - pointer.length - 1), render).text}\n${pointer}`,
  };
  const [title] = statedField('Title', source.title, { tier: 0, least: LEAST.attribution });
  const location = [paragraphLocator(passage.location), passage.location.section].filter(Boolean).join(' · ');
  return {
    quote,
    title: { ...title!, wants: Math.min(title!.wants, L.embedTitle) },
    fields: [...speakerField(passage, source.title), ...sourceFields(source), ...statedField('Location', location, { inline: false })],
    notes: options.withNotes
      ? (passage.notes ?? []).flatMap((note) => statedField('Note', note, { tier: 2, least: LEAST.note, inline: false }))
      : [],
    ...(options.label ? { label: fitText(options.label, L.embedAuthorName).text } : {}),
    ...(options.preface ? { preface: options.preface } : {}),
    footer: [passage.id, options.stamp ? `corpus ${options.stamp}` : undefined].filter(Boolean).join(' · '),
  };
}

/** Characters an embed takes whatever its room: its label, preface, footer, field names and the notes' roll-up. */
function fixedLength({ label, preface, footer, fields, notes }: Layout): number {
  const rollUp = notes.length > 0 ? NOTES_LEFT.length + notesLeftOut(notes.length).value.length : 0;
  return (label?.length ?? 0) + (preface ? preface.length + 1 : 0) + footer.length + namesLength(fields) + rollUp;
}

/** Rooms for the first notes that fit, each at least its least, in at most `slots` fields; names count in `room`. */
function noteRooms(notes: readonly FieldPart[], room: number, slots: number): number[] {
  for (let shown = Math.min(notes.length, slots); shown > 0; shown -= 1) {
    const kept = notes.slice(0, shown);
    const rooms = shareRoom(
      kept.map((note) => note.wants),
      room - namesLength(kept),
    );
    if (rooms.every((given, i) => given >= Math.min(kept[i]!.wants, kept[i]!.least))) return rooms;
  }
  return [];
}

/**
 * Embeds for passages sent together, all within Discord's limits and within `reserved` characters less than the
 * 6,000 a message's embeds may hold together (Discord: "Embed Limits"). Every cut is at a word, with an ellipsis; a
 * quote cut says where to read all of it, and notes that do not fit are counted in a "More notes" field.
 */
export function passageEmbeds(
  corpus: Corpus,
  items: ReadonlyArray<{ passage: Passage; options?: PassageEmbedOptions }>,
  reserved = 0,
): APIEmbed[] {
  const layouts = items.map(({ passage, options = {} }) => layout(corpus, passage, options));
  const room = L.embedTotal - reserved - layouts.reduce((sum, each) => sum + fixedLength(each), 0);
  const rooms = allotRoom(
    layouts.flatMap(({ quote, title, fields }) => [quote, title, ...fields]),
    room,
  );
  let left = room - rooms.reduce((sum, given) => sum + given, 0);
  let next = 0;
  return layouts.map(({ quote, title, fields, notes, label, preface, footer }) => {
    const description = [...(preface ? [preface] : []), quote.fit(rooms[next++]!)].join('\n');
    const shownTitle = title.fit(rooms[next++]!);
    const shownFields = fields.map((field) => ({ name: field.name, value: field.fit(rooms[next++]!), inline: field.inline }));
    const given = noteRooms(notes, left, L.embedFields - shownFields.length - 1);
    const shownNotes = given.map((noteRoom, i) => ({ name: notes[i]!.name, value: notes[i]!.fit(noteRoom), inline: false }));
    left -= shownNotes.reduce((sum, note) => sum + note.name.length + note.value.length, 0);
    const leftOut = notes.length - shownNotes.length;
    return {
      ...(label ? { author: { name: label } } : {}),
      title: shownTitle,
      description,
      fields: [...shownFields, ...shownNotes, ...(leftOut > 0 ? [notesLeftOut(leftOut)] : [])],
      footer: { text: footer },
    };
  });
}

/** One passage with the message to itself. */
export function passageEmbed(corpus: Corpus, passage: Passage, options: PassageEmbedOptions = {}): APIEmbed {
  return passageEmbeds(corpus, [{ passage, options }])[0]!;
}
