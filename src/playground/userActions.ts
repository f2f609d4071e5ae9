// What you can do on the page, done as Discord does it: each action becomes the interaction Discord would send the bot,
// after the checks Discord's client and servers make (registered command, option values, default_member_permissions).
import { ApplicationCommandType, type APIApplicationCommand, type APIApplicationCommandOptionChoice, type APIMessage } from 'discord.js';
import type { ChannelLog } from './channelLog.js';
import { readAutocompleteOptions, readOptions } from './commandOptions.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  messageContextInteraction,
  type DiscordStandin,
  type InteractionContext,
} from './localDiscord.js';
import { playgroundUser, type Persona } from './playgroundSetup.js';

/** What the page shows when an action did not reach the bot or the bot did not answer; `problem` is for the person. */
export class ActionRefused extends Error {}

export interface Actor {
  persona: Persona;
  channelId: string;
}

/** Discord's wording when an application does not acknowledge an interaction in time (or its answer is refused). */
const NO_ANSWER = 'The application did not respond';

export function createUserActions(standin: DiscordStandin, log: ChannelLog, channelIds: readonly string[]) {
  const user = playgroundUser(standin);

  function context({ persona, channelId }: Actor): InteractionContext {
    if (!channelIds.includes(channelId)) throw new ActionRefused(`Unknown channel ${channelId}`);
    return { user, permissions: persona.permissions, channelId };
  }

  /** The registered command, as the picker lists it: Discord hides a command whose default_member_permissions the member lacks. */
  function registered(name: string, type: ApplicationCommandType, persona: Persona): APIApplicationCommand {
    const command = (standin.commands.guilds[standin.ids.guildId] ?? []).find((c) => c.name === name && c.type === type);
    if (!command) throw new ActionRefused(`The bot registered no command named "${name}"`);
    const needed = command.default_member_permissions;
    if (needed !== null && needed !== undefined && (persona.permissions & BigInt(needed)) !== BigInt(needed)) {
      throw new ActionRefused(`You do not have permission to use /${name}: it is for members with Manage Server.`);
    }
    return command;
  }

  async function answered(payload: Parameters<DiscordStandin['sendInteraction']>[0]) {
    try {
      return await standin.sendInteraction(payload).waitForCallback();
    } catch (error) {
      throw new ActionRefused(`${NO_ANSWER}: ${(error as Error).message.split('\n')[0]}`);
    }
  }

  return {
    /** Runs a slash command with the option values as typed (choice values, not names). */
    async command(actor: Actor, name: string, typed: Record<string, string>): Promise<void> {
      const command = registered(name, ApplicationCommandType.ChatInput, actor.persona);
      const read = readOptions(command, typed);
      if (!read.ok) throw new ActionRefused(read.problem);
      await answered(chatInputInteraction(name, read.options, context(actor)));
    },

    /** The bot's suggestions for the focused option, as the picker shows them (at most 25). */
    async autocomplete(
      actor: Actor,
      name: string,
      typed: Record<string, string>,
      focused: string,
    ): Promise<APIApplicationCommandOptionChoice[]> {
      const command = registered(name, ApplicationCommandType.ChatInput, actor.persona);
      const options = readAutocompleteOptions(command, typed, focused);
      const callback = await answered(autocompleteInteraction(name, options, { ...context(actor), focused }));
      return ((callback.data as { choices?: APIApplicationCommandOptionChoice[] } | undefined)?.choices ?? []).slice(0, 25);
    },

    /** Clicks the button `customId` on message `messageId`; Discord only sends clicks on buttons a message really has. */
    async click(actor: Actor, messageId: string, customId: string): Promise<void> {
      const message = log.find(messageId);
      const hasButton = message?.components?.some(
        (row) => 'components' in row && row.components.some((c) => 'custom_id' in c && c.custom_id === customId),
      );
      if (!message || !hasButton) throw new ActionRefused('This button is no longer there');
      await answered(buttonInteraction(customId, { ...context(actor), message }));
    },

    /** Runs the message command `name` (Apps menu) on message `messageId`, which Discord sends resolved in the interaction. */
    async messageCommand(actor: Actor, name: string, messageId: string): Promise<void> {
      registered(name, ApplicationCommandType.Message, actor.persona);
      const target: APIMessage | undefined = log.find(messageId);
      if (!target) throw new ActionRefused('Unknown message');
      await answered(messageContextInteraction(name, target, context(actor)));
    },

    /** Posts your own message in the channel. */
    post(actor: Actor, content: string): APIMessage {
      context(actor);
      try {
        return log.post(actor.channelId, content, user);
      } catch (error) {
        throw new ActionRefused((error as Error).message);
      }
    },
  };
}

export type UserActions = ReturnType<typeof createUserActions>;
