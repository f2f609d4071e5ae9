// What the playground's server is made of: its two channels, the two members you can be, its port, and the bot's settings.
import { readBotConfig, type ConfigResult } from '../config.js';
import { EVERYONE_PERMISSIONS, Permission, userObject, type DiscordStandin } from './localDiscord.js';

type Env = Readonly<Record<string, string | undefined>>;

/** The port the page is served on unless PLAYGROUND_PORT says otherwise. */
export const DEFAULT_PLAYGROUND_PORT = 5179;

export interface PlaygroundChannel {
  id: string;
  name: string;
  /** Listed in the bot's ALLOWED_CHANNEL_IDS: replies may be public and Share works. */
  allowed: boolean;
}

export type PersonaName = 'member' | 'manager';

export interface Persona {
  name: PersonaName;
  label: string;
  /** The member's computed permissions, as Discord puts them in an interaction. */
  permissions: bigint;
}

export const PERSONAS: Readonly<Record<PersonaName, Persona>> = {
  member: { name: 'member', label: 'Member', permissions: EVERYONE_PERMISSIONS },
  manager: { name: 'manager', label: 'Server manager (Manage Server)', permissions: EVERYONE_PERMISSIONS | Permission.ManageGuild },
};

/** The research channel is the stand-in's own; the second is derived from it, so both are stable across runs. */
export function playgroundChannels(standin: Pick<DiscordStandin, 'ids'>): PlaygroundChannel[] {
  return [
    { id: standin.ids.channelId, name: 'research', allowed: true },
    { id: (BigInt(standin.ids.channelId) + 1n).toString(), name: 'off-topic', allowed: false },
  ];
}

/** The human using the page: the stand-in's default user id with a readable name. */
export const playgroundUser = (standin: Pick<DiscordStandin, 'ids'>) =>
  userObject({ id: standin.ids.userId, username: 'researcher', global_name: 'Researcher' });

/** PLAYGROUND_PORT (0 picks a free port), else the default. Throws, naming the setting but never echoing its value, when it is not a port
 * number. */
export function readPlaygroundPort(env: Env): number {
  const raw = env.PLAYGROUND_PORT?.trim();
  if (!raw) return DEFAULT_PLAYGROUND_PORT;
  const port = Number(raw);
  if (!/^\d+$/u.test(raw) || port > 65_535) throw new Error('PLAYGROUND_PORT must be a port number from 0 to 65535');
  return port;
}

/**
 * The bot's settings read from `env` as `npm start` reads them, pointed at the local Discord as its application in its
 * server (commands registered there, as `deploy-commands` does with DISCORD_GUILD_ID), with only the research channel allowed.
 */
export function playgroundBotConfig(env: Env, standin: DiscordStandin, channels: readonly PlaygroundChannel[]): ConfigResult {
  return readBotConfig(
    {
      ...env,
      DISCORD_TOKEN: standin.token,
      DISCORD_API_URL: standin.apiUrl,
      DISCORD_CLIENT_ID: standin.ids.applicationId,
      DISCORD_GUILD_ID: standin.ids.guildId,
      ALLOWED_CHANNEL_IDS: channels
        .filter((c) => c.allowed)
        .map((c) => c.id)
        .join(','),
      // The local guild has no channel to audit into; a share would fail to be recorded.
      AUDIT_CHANNEL_ID: '',
    },
    'deploy',
  );
}
