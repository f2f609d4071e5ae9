// The shapes the page and its server exchange (types only, so the browser bundle takes nothing from Node).
import type { APIApplicationCommand, APIApplicationCommandOptionChoice, APIMessage, APIUser } from 'discord.js';
import type { PersonaName, PlaygroundChannel } from './playgroundSetup.js';

/** GET /api/state */
export interface PageState {
  guild: { name: string };
  channels: PlaygroundChannel[];
  personas: { name: PersonaName; label: string }[];
  you: APIUser;
  /** The bot's user id and its nickname in the server. */
  bot: { id: string; name: string };
  /** The commands the bot registered in the server, as Discord's picker reads them. */
  commands: APIApplicationCommand[];
}

/** GET /api/messages?since=N: every message of the channels once the version passes N. */
export interface MessagesUpdate {
  version: number;
  messages: APIMessage[];
}

/** POST /api/autocomplete */
export interface Suggestions {
  choices: APIApplicationCommandOptionChoice[];
}

export type { PersonaName, PlaygroundChannel };
