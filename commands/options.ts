// Reads command options defensively: whatever arrives (wrong types, huge text), a handler gets a usable value.
import { ApplicationCommandOptionType } from 'discord.js';
import { cutText } from '../src/text/graphemes.js';

export type OptionValues = Readonly<Record<string, string | number | boolean | undefined>>;

/** Most characters of any text option a handler looks at; Discord allows 6,000, nobody types that much to search. */
export const MAX_INPUT = 2000;

/** The option's text, trimmed and bounded to `max` UTF-16 code units of whole characters; '' when absent. */
export function textOption(options: OptionValues, name: string, max = MAX_INPUT): string {
  const value = options[name];
  return typeof value === 'string' || typeof value === 'number' ? cutText(String(value), max).trim() : '';
}

/** A whole number within [min, max], or `fallback` when absent or not a number. */
export function countOption(options: OptionValues, name: string, range: { min: number; max: number; fallback: number }): number {
  const value = Number(options[name]);
  if (options[name] === undefined || options[name] === '' || !Number.isFinite(value)) return range.fallback;
  return Math.min(range.max, Math.max(range.min, Math.trunc(value)));
}

export function flagOption(options: OptionValues, name: string): boolean | undefined {
  const value = options[name];
  return value === undefined ? undefined : value === true || value === 'true';
}

/** The `id` option of the commands that take a passage: required, suggested as typed. */
export const PASSAGE_ID_OPTION = {
  type: ApplicationCommandOptionType.String,
  name: 'id',
  description: 'A passage id, like document-id:3',
  required: true,
  autocomplete: true,
  max_length: 200,
} as const;
