// Reads what was typed into a command's options the way Discord's client does before it sends anything: required,
// whole numbers, ranges, lengths, choices; the bot only ever receives values Discord would have let through.
import { ApplicationCommandOptionType, type APIApplicationCommand, type APIApplicationCommandOption } from 'discord.js';

type Typed = Record<string, string>;
export type OptionValue = { type: number; value: string | number | boolean };
export type ReadOptions = { ok: true; options: Record<string, OptionValue> } | { ok: false; problem: string };

function readOne(def: APIApplicationCommandOption, raw: string): OptionValue | string {
  const limits = def as {
    min_value?: number;
    max_value?: number;
    min_length?: number;
    max_length?: number;
    choices?: { value: string | number }[];
  };
  if (limits.choices?.length && !limits.choices.some((c) => String(c.value) === raw)) return `${def.name}: choose one of the listed values`;
  switch (def.type) {
    case ApplicationCommandOptionType.String:
      if (raw.length > (limits.max_length ?? 6000)) return `${def.name}: must be ${limits.max_length ?? 6000} or fewer characters`;
      if (raw.length < (limits.min_length ?? 0)) return `${def.name}: must be at least ${limits.min_length} characters`;
      return { type: def.type, value: raw };
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const whole = def.type === ApplicationCommandOptionType.Integer;
      const n = Number(raw);
      if (!/^-?\d+(\.\d+)?$/u.test(raw) || (whole && !Number.isInteger(n))) return `${def.name}: must be a ${whole ? 'whole ' : ''}number`;
      if (limits.min_value !== undefined && n < limits.min_value) return `${def.name}: must be at least ${limits.min_value}`;
      if (limits.max_value !== undefined && n > limits.max_value) return `${def.name}: must be at most ${limits.max_value}`;
      return { type: def.type, value: n };
    }
    case ApplicationCommandOptionType.Boolean:
      if (raw !== 'true' && raw !== 'false') return `${def.name}: choose True or False`;
      return { type: def.type, value: raw === 'true' };
    default:
      return `${def.name}: options of type ${def.type} are not supported by the playground`;
  }
}

/** Blank values are left out, as the client leaves unfilled options out. A problem names the option, as the client marks it. */
export function readOptions(command: APIApplicationCommand, typed: Typed): ReadOptions {
  const options: Record<string, OptionValue> = {};
  for (const def of command.options ?? []) {
    const raw = typed[def.name]?.trim() ?? '';
    if (raw === '') {
      if ((def as { required?: boolean }).required) return { ok: false, problem: `${def.name}: this option is required` };
      continue;
    }
    const read = readOne(def, raw);
    if (typeof read === 'string') return { ok: false, problem: read };
    options[def.name] = read;
  }
  const unknown = Object.keys(typed).find((name) => !command.options?.some((def) => def.name === name));
  if (unknown !== undefined) return { ok: false, problem: `/${command.name} has no option "${unknown}"` };
  return { ok: true, options };
}

/** For autocomplete: the focused option as typed (Discord sends it raw, even empty), the others only when valid. */
export function readAutocompleteOptions(command: APIApplicationCommand, typed: Typed, focused: string): Record<string, OptionValue> {
  const options: Record<string, OptionValue> = {};
  for (const def of command.options ?? []) {
    const raw = typed[def.name]?.trim() ?? '';
    if (def.name === focused) options[def.name] = { type: ApplicationCommandOptionType.String, value: typed[def.name] ?? '' };
    else if (raw !== '') {
      const read = readOne(def, raw);
      if (typeof read !== 'string') options[def.name] = read;
    }
  }
  return options;
}
