// A passage's notes a page at a time, each whole, for when /quote cannot show them all in one message.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Passage } from '../corpus/types.js';
import { DISCORD_LIMITS as L } from './discordLimits.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';

/**
 * The notes of `passage` from the `first` (counting from 0) on, as many as one message holds (Discord: 25 fields,
 * 6,000 characters), each whole unless it is longer than a field's 1,024 characters; `next` is the first note left
 * for another page, if any.
 */
export function notesPage(passage: Passage, first: number): { embed: APIEmbed; next?: number } {
  const notes = passage.notes ?? [];
  const title = `Notes of ${passage.id}`;
  const fields: APIEmbedField[] = [];
  // Room for the footer, which names the notes shown.
  let used = title.length + 40;
  for (const [i, note] of notes.slice(first).entries()) {
    const field = {
      name: `Note ${first + i + 1} of ${notes.length}`,
      value: fitText(note, L.embedFieldValue, escapeMarkdown).text,
      inline: false,
    };
    if (fields.length === L.embedFields || used + field.name.length + field.value.length > L.embedTotal) break;
    fields.push(field);
    used += field.name.length + field.value.length;
  }
  const next = first + fields.length;
  const embed: APIEmbed = { title, fields, footer: { text: `notes ${first + 1}–${next} of ${notes.length}` } };
  return next < notes.length ? { embed, next } : { embed };
}
