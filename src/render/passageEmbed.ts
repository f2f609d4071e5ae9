// A passage as a Discord embed: the words (matched ones in bold), what its document states about itself, its id.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { type AttributionStyle, paragraphLocator, passageSource, speakerLine } from '../corpus/passageSource.js';
import type { Corpus, Passage, PassageSource } from '../corpus/types.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import { highlightText } from './highlightText.js';
import { embedLength } from './reply.js';

export interface PassageEmbedOptions {
  /** [start, end) ranges of `passage.text` to bold. */
  highlights?: ReadonlyArray<readonly [number, number]>;
  /** Most characters the quoted words may take (the rest of the embed is small). */
  budget?: number;
  /** Short corpus version, so a shared quote can be checked later. */
  stamp?: string;
  /** A line above the quote, e.g. "Shared by <@id>" or a verdict. Already markdown. */
  preface?: string;
  /** Fields to show besides the attribution (e.g. notes are shown by /quote, not by /search). */
  withNotes?: boolean;
  /** A small line above the title, e.g. "Result 2 of 17". Plain text. */
  label?: string;
}

const FIELD = DISCORD_LIMITS.embedFieldValue;
const DEFAULT_BUDGET = 3500;
/** Fewest characters of a quote kept when several passages share one message. */
const MIN_BUDGET = 200;

/** The line that says a quote was cut and where to read all of it. */
export function shortenedNote(passageId: string): string {
  return `*(shortened: \`/quote ${passageId}\` shows the whole passage)*`;
}

/** An embed field for a stated value, escaped and fitted; nothing for a value the document does not state. */
export function stated(name: string, value: string | undefined, inline = true): APIEmbedField[] {
  return value === undefined || value === '' ? [] : [{ name, value: fitText(value, FIELD, escapeMarkdown).text, inline }];
}

/** Stated words fitted to a share of a field, so that a whole attribution line stays within one. */
export function markdownStyle(room: number): AttributionStyle {
  return { text: (value) => fitText(value, room, escapeMarkdown).text, title: (value) => `*${fitText(value, room, escapeMarkdown).text}*` };
}

/** `Speaker` for a labelled turn, or `Statement` for a quoted statement ("Ben Wallace, 4 December 2009, quoted in
 * *…*"); none for the document's own words. Four parts of at most 240 characters stay within a field's 1,024. */
function speakerFields(passage: Passage, title: string): APIEmbedField[] {
  const line = speakerLine(passage.location, title, markdownStyle(240));
  if (line === undefined) return [];
  return [{ name: passage.location.statement ? 'Statement' : 'Speaker', value: line, inline: !passage.location.statement }];
}

/** What a document states about itself, beyond its title. */
export function sourceFields(source: PassageSource): APIEmbedField[] {
  return [...stated('Author', source.author), ...stated('Publisher', source.publisher), ...stated('Date', source.date), ...stated('Site', source.url)];
}

export function passageEmbed(corpus: Corpus, passage: Passage, options: PassageEmbedOptions = {}): APIEmbed {
  const source = passageSource(corpus, passage);
  const budget = Math.min(options.budget ?? DEFAULT_BUDGET, DISCORD_LIMITS.embedDescription - 200);
  const quote = fitText(passage.text, budget, (text) => highlightText(text, options.highlights ?? []));
  const lines = [...(options.preface ? [options.preface] : []), quote.text, ...(quote.cut ? [shortenedNote(passage.id)] : [])];
  const { section } = passage.location;
  const fields = [
    ...speakerFields(passage, source.title),
    ...sourceFields(source),
    ...stated('Location', [paragraphLocator(passage.location), section].filter(Boolean).join(' · '), false),
    ...(options.withNotes ? (passage.notes ?? []).flatMap((note) => stated('Note', note, false)) : []),
  ];
  return {
    ...(options.label ? { author: { name: fitText(options.label, DISCORD_LIMITS.embedAuthorName).text } } : {}),
    title: fitText(source.title, DISCORD_LIMITS.embedTitle, escapeMarkdown).text,
    description: lines.join('\n'),
    fields,
    footer: { text: [passage.id, options.stamp ? `corpus ${options.stamp}` : undefined].filter(Boolean).join(' · ') },
  };
}

/**
 * Embeds for passages sent together: their quotes share what the attributions (and `reserved` characters of other
 * embeds in the message) leave of Discord's 6,000-character message total, so a quote that must give way is cut
 * here, at a word and with a pointer, not later and silently.
 */
export function passageEmbeds(corpus: Corpus, items: ReadonlyArray<{ passage: Passage; options?: PassageEmbedOptions }>, reserved = 0): APIEmbed[] {
  const first = items.map(({ passage, options }) => passageEmbed(corpus, passage, options));
  const attribution = first.reduce((sum, embed) => sum + embedLength(embed) - (embed.description?.length ?? 0), 0);
  const share = Math.floor((DISCORD_LIMITS.embedTotal - reserved - attribution) / Math.max(1, items.length));
  return items.map(({ passage, options = {} }, i) => {
    const embed = first[i]!;
    if ((embed.description?.length ?? 0) <= share) return embed;
    const around = (options.preface?.length ?? 0) + shortenedNote(passage.id).length + 2;
    return passageEmbed(corpus, passage, { ...options, budget: Math.max(MIN_BUDGET, share - around) });
  });
}
