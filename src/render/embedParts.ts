// Embed texts that can be shortened, and fields fitted to the room a message leaves them: one way for every view.
import type { APIEmbedField } from 'discord.js';
import { allotRoom, type Claim } from './allotRoom.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';

/** A text that can be shortened: `fit(room)` renders it within `room` characters (UTF-16 code units). */
export interface Part extends Claim {
  fit(room: number): string;
}

export interface FieldPart extends Part {
  name: string;
  inline: boolean;
}

/** Fewest characters kept of a field that gives way to others (see Claim.least). */
export const FIELD_LEAST = 40;

/** Stated words as a field, escaped and wanting at most a field value's 1,024 characters (Discord's embed limits);
 * none for a value the document does not state. Never fitted to less than a character and an ellipsis. */
export function statedField(name: string, value: string | undefined, { tier = 1, least = FIELD_LEAST, inline = true } = {}): FieldPart[] {
  if (value === undefined || value === '') return [];
  const wants = Math.min(escapeMarkdown(value).length, DISCORD_LIMITS.embedFieldValue);
  return [{ name, inline, tier, least, wants, fit: (room) => fitText(value, Math.max(2, Math.min(room, wants)), escapeMarkdown).text }];
}

/** The fields, each given its share of `room` characters by priority (allotRoom); names are not counted in `room`. */
export function fitFields(parts: readonly FieldPart[], room: number): APIEmbedField[] {
  const rooms = allotRoom(parts, room);
  return parts.map((part, i) => ({ name: part.name, value: part.fit(rooms[i]!), inline: part.inline }));
}

/** Characters the fields' names take, which Discord counts in a message's total. */
export function namesLength(parts: readonly { name: string }[]): number {
  return parts.reduce((sum, part) => sum + part.name.length, 0);
}
