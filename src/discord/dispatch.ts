// The one dispatch: rate limit, route to the command or button that owns the interaction, run it, reply once.
import { MessageFlags, Routes, type AutocompleteInteraction, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Answer, ButtonHandler, Command, CommandContext } from '../../commands/command.js';
import { MAX_INPUT, type OptionValues } from '../../commands/options.js';
import type { RateLimiter } from '../bot/rateLimiter.js';
import type { LibraryHolder } from '../library/libraryHolder.js';
import { count } from '../render/count.js';
import { notice } from '../render/notice.js';
import { toMessagePayload, type Reply } from '../render/reply.js';
import { cutText } from '../text/graphemes.js';
import { editOptions, messageOptions } from './messageOptions.js';
import { reportFailure } from './reportFailure.js';
import { targetMessageOf } from './targetMessage.js';
import type { ResultsStore, SavedSearch, SavedVerification } from './resultsStore.js';

export interface DispatchSetup {
  commands: readonly Command[];
  buttons: ReadonlyMap<string, ButtonHandler>;
  library: Pick<LibraryHolder, 'current' | 'reload'>;
  limiter: RateLimiter;
  results: ResultsStore<SavedSearch>;
  verifications: ResultsStore<SavedVerification>;
  /** Empty: replies may be public anywhere. */
  allowedChannelIds: readonly string[];
  auditChannelId?: string;
  log: Logger;
}

interface Route {
  defers: boolean;
  run(context: CommandContext): Answer | Promise<Answer>;
  options?: OptionValues;
}

export interface Dispatcher {
  dispatch(interaction: Interaction): Promise<void>;
  /** Stops taking interactions and waits (at most `waitMs`) for those under way. */
  stop(waitMs: number): Promise<void>;
}

export function createDispatcher(setup: DispatchSetup): Dispatcher {
  const underway = new Set<Promise<void>>();
  let stopping = false;

  function route(interaction: RepliableInteraction): Route | undefined {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = setup.commands.find((c) => c.data.name === interaction.commandName && (c.data.type ?? 1) === interaction.commandType);
      if (!command) return undefined;
      const options = optionValues(interaction.options.data);
      const targetMessage = interaction.isMessageContextMenuCommand() ? targetMessageOf(interaction.targetMessage) : undefined;
      return {
        defers: command.defers === true,
        run: (context) => command.run({ options, ...(targetMessage !== undefined ? { targetMessage } : {}) }, context),
        options,
      };
    }
    if (interaction.isButton()) {
      const [prefix = '', ...rest] = interaction.customId.split(':');
      const handler = setup.buttons.get(prefix);
      return handler && { defers: false, run: (context) => handler(rest.join(':'), context) };
    }
    return undefined;
  }

  function contextFor(interaction: Interaction): CommandContext {
    const index = setup.library.current;
    return {
      index,
      stamp: index.fingerprint.slice(0, 8),
      userId: interaction.user.id,
      channelId: interaction.channelId,
      publicAllowed: publicAllowed(interaction, setup.allowedChannelIds),
      results: setup.results,
      verifications: setup.verifications,
      reload: () => setup.library.reload(),
    };
  }

  async function answer(interaction: RepliableInteraction, log: Logger): Promise<string> {
    if (stopping) {
      await interaction.reply(messageOptions(notice('Verbatim is restarting; try again in a minute.')));
      return 'stopping';
    }
    const limit = setup.limiter.take(interaction.user.id);
    if (!limit.allowed) {
      await interaction.reply(messageOptions(notice(`You are sending commands faster than this server allows; try again in ${count(limit.retryAfterSeconds, 'second')}.`)));
      return 'rate_limited';
    }
    const found = route(interaction);
    if (!found) {
      const what = interaction.isButton() ? 'This button no longer works; run the command again.' : 'Verbatim does not know this command (any more).';
      await interaction.reply(messageOptions(notice(what)));
      return 'unknown';
    }
    log.debug({ options: found.options }, 'input');
    if (found.defers) await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    const context = contextFor(interaction);
    const result = await found.run(context);
    // Outside the allowed channels nothing is public, whichever command forgot to ask.
    const reply: Reply = context.publicAllowed ? result.reply : { ...result.reply, ephemeral: true };
    if (interaction.deferred) await interaction.editReply(editOptions(reply));
    else if (result.replaces && interaction.isMessageComponent()) await interaction.update(editOptions(reply));
    else await interaction.reply(messageOptions(reply));
    if (result.audit && setup.auditChannelId && !reply.ephemeral) {
      await interaction.client.rest.post(Routes.channelMessages(setup.auditChannelId), { body: toMessagePayload(result.audit) });
    }
    return result.replaces ? 'updated' : 'replied';
  }

  async function suggest(interaction: AutocompleteInteraction): Promise<string> {
    const command = setup.commands.find((c) => c.data.name === interaction.commandName);
    const focused = interaction.options.data.find((option) => option.focused);
    const choices =
      stopping || !command?.autocomplete || !focused
        ? []
        : command.autocomplete({ name: focused.name, value: cutText(String(focused.value ?? ''), MAX_INPUT) }, contextFor(interaction));
    await interaction.respond(choices);
    return 'suggested';
  }

  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const log = setup.log.child({
      interaction: interaction.id,
      command: describe(interaction),
      guild: interaction.guildId,
      user: interaction.user.id,
    });
    let outcome = 'ignored';
    try {
      if (interaction.isAutocomplete()) outcome = await suggest(interaction);
      else if (interaction.isRepliable()) outcome = await answer(interaction, log);
    } catch (error) {
      outcome = 'failed';
      await reportFailure(interaction, error, log);
    }
    // Autocomplete fires on every keystroke: logged only when asked for detail.
    const level = interaction.isAutocomplete() && outcome !== 'failed' ? 'debug' : 'info';
    log[level]({ outcome, ms: Math.round(performance.now() - started) }, 'interaction');
  }

  return {
    dispatch(interaction) {
      const done = handle(interaction);
      underway.add(done);
      return done.finally(() => underway.delete(done));
    },
    async stop(waitMs) {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const timeUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)));
      await Promise.race([Promise.allSettled([...underway]), timeUp]);
      clearTimeout(timer);
    },
  };
}

function optionValues(data: readonly { name: string; value?: string | number | boolean }[]): OptionValues {
  return Object.fromEntries(data.map((option) => [option.name, option.value]));
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return `button ${interaction.customId.split(':')[0]}`;
  return `type ${interaction.type}`;
}

function publicAllowed(interaction: Interaction, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return true;
  const channel = interaction.channel;
  const parentId = channel?.isThread() ? channel.parentId : null;
  return allowed.includes(interaction.channelId ?? '') || (parentId !== null && allowed.includes(parentId));
}
