// Aligns a built interaction with what the bot registered, because Discord only ever sends interactions for real commands.
import type { APIApplicationCommand, APIApplicationCommandOption, APIInteraction } from 'discord.js';
import type { RegisteredCommands } from './state.js';

type RawOption = { name: string; type: number; value?: unknown; focused?: boolean; options?: RawOption[] };
type RawData = { id?: string; name?: string; type?: number; guild_id?: string; options?: RawOption[] };

const SCALAR = new Set([3, 4, 5, 10]);

function coerce(value: unknown, type: number, focused: boolean): unknown {
  // A focused autocomplete option carries the raw text typed so far, whatever its declared type.
  if (focused || type === 3) return String(value);
  if (type === 5) return value === true || value === 'true';
  return Number(value);
}

function alignOptions(options: RawOption[] | undefined, defs: APIApplicationCommandOption[] | undefined, where: string): void {
  for (const option of options ?? []) {
    const def = defs?.find((d) => d.name === option.name);
    if (!def) throw new Error(`Option "${option.name}" is not declared on registered command ${where}`);
    if (option.type === 1 || option.type === 2) {
      alignOptions(option.options, (def as { options?: APIApplicationCommandOption[] }).options, `${where} ${option.name}`);
    } else if (SCALAR.has(def.type) && SCALAR.has(option.type)) {
      option.type = def.type;
      option.value = coerce(option.value, def.type, option.focused === true);
    }
  }
}

/**
 * When the bot has registered commands, gives the interaction the registered command's id/guild_id and the declared
 * option types (so `getNumber` works for `3`), and refuses commands Discord could never have sent.
 */
export function adaptToRegisteredCommands(payload: APIInteraction, commands: RegisteredCommands): APIInteraction {
  if (payload.type !== 2 && payload.type !== 4) return payload;
  const data = payload.data as RawData;
  const guildCommands = payload.guild_id ? (commands.guilds[payload.guild_id] ?? []) : [];
  const all: APIApplicationCommand[] = [...guildCommands, ...commands.global];
  if (all.length === 0) return payload;
  const command = all.find((c) => c.name === data.name && c.type === (data.type ?? 1));
  if (!command) {
    throw new Error(
      `The bot registered no ${data.type === 3 ? 'message' : data.type === 2 ? 'user' : 'slash'} command named "${data.name}" (registered: ${all.map((c) => c.name).join(', ')})`,
    );
  }
  data.id = command.id;
  if (command.guild_id) data.guild_id = command.guild_id;
  else delete data.guild_id;
  alignOptions(data.options, command.options, `"${command.name}"`);
  return payload;
}
