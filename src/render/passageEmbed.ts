// A passage as a Discord embed: the words (matched ones in bold), what its document states about itself, its id.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import { passageSource } from '../corpus/passageSource.js';
import type { Corpus, Passage } from '../corpus/types.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import { highlightText } from './highlightText.js';

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
}

const FIELD = DISCORD_LIMITS.embedFieldValue;

export function passageEmbed(corpus: Corpus, passage: Passage, options: PassageEmbedOptions = {}): APIEmbed {
  const source = passageSource(corpus, passage);
  const budget = Math.min(options.budget ?? 3500, DISCORD_LIMITS.embedDescription - 200);
  const quote = fitText(passage.text, budget, (text) => highlightText(text, options.highlights ?? []));
  const lines = [
    ...(options.preface ? [options.preface] : []),
    quote.text,
    ...(quote.cut ? [`*(shortened: \`/quote ${passage.id}\` shows the whole passage)*`] : []),
  ];
  const fields: APIEmbedField[] = [];
  const add = (name: string, value: string | undefined, inline = true) => {
    if (value !== undefined && value !== '') fields.push({ name, value: fitText(value, FIELD, escapeMarkdown).text, inline });
  };
  const { speaker, section, paragraph } = passage.location;
  add('Speaker', speaker);
  add('Author', source.author);
  add('Publisher', source.publisher);
  add('Date', source.date);
  add('Location', [`paragraph ${paragraph}`, section].filter(Boolean).join(' · '), false);
  add('Site', source.url);
  if (options.withNotes) for (const note of passage.notes ?? []) add('Note', note, false);
  return {
    title: fitText(source.title, DISCORD_LIMITS.embedTitle, escapeMarkdown).text,
    description: lines.join('\n'),
    fields,
    footer: { text: [passage.id, options.stamp ? `corpus ${options.stamp}` : undefined].filter(Boolean).join(' · ') },
  };
}
