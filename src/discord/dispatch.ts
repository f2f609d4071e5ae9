// The one dispatch: refuse (stopping, rate limit, unknown), route to the command or button that owns the interaction,
// run it and reply once through sendReply; every step of an interaction is logged under its id.
import { type AutocompleteInteraction, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Answer, ButtonHandler, Command, CommandContext } from '../../commands/command.js';
import { MAX_INPUT } from '../../commands/options.js';
import type { RateLimits } from '../bot/rateLimiter.js';
import type { ResultsStore, SavedSearch, SavedVerification } from '../bot/resultsStore.js';
import type { LibraryHolder } from '../library/libraryHolder.js';
import type { ReloadReport } from '../library/reloadReport.js';
import { count } from '../render/count.js';
import { notice } from '../render/notice.js';
import type { Reply } from '../render/reply.js';
import type { Place } from './interactionPlace.js';
import { publicHere } from './publicHere.js';
import { recordShare } from './recordShare.js';
import { reportFailure } from './reportFailure.js';
import { routeInteraction, type Route } from './route.js';
import { deferReply, sendFollowUp, sendReply } from './sendReply.js';
import { cutText } from '../text/graphemes.js';

export interface DispatchSetup {
  commands: readonly Command[];
  buttons: ReadonlyMap<string, ButtonHandler>;
  library: Pick<LibraryHolder, 'current'>;
  /** Reloads the corpus in every process serving the bot (see reloadEverywhere). */
  reload(): Promise<ReloadReport[]>;
  limits: RateLimits;
  results: ResultsStore<SavedSearch>;
  verifications: ResultsStore<SavedVerification>;
  /** Where each interaction was used, from its payload (see watchPlaces). */
  placeOf(interaction: Interaction): Place;
  /** Empty: replies may be public anywhere. */
  allowedChannelIds: readonly string[];
  /** Where shares are recorded; `required`: a share whose record cannot be written is refused rather than posted. */
  audit?: { channelId: string; required: boolean };
  log: Logger;
}

export interface Dispatcher {
  dispatch(interaction: Interaction): Promise<void>;
  /** Stops taking interactions and waits (at most `waitMs`) for those under way; logs any it had to abandon. */
  stop(waitMs: number): Promise<void>;
}

const AUDIT_REFUSED =
  'Not shared: this server records every share in its audit channel before it appears, and the record could not be written. Nothing was posted; please tell a moderator.';
const AUDITED_SHARE = 'Shared, and recorded in this server’s audit channel.';

type Refusal = { outcome: 'stopping' | 'rate_limited' | 'unknown'; reply: Reply };

export function createDispatcher(setup: DispatchSetup): Dispatcher {
  const underway = new Map<Promise<void>, { interaction: string; command: string }>();
  let stopping = false;

  function contextFor(interaction: Interaction, place: Place): CommandContext {
    const index = setup.library.current;
    return {
      index,
      stamp: index.fingerprint.slice(0, 8),
      userId: interaction.user.id,
      channelId: place.channelId,
      publicAllowed: publicHere(place, setup.allowedChannelIds).allowed,
      results: setup.results,
      verifications: setup.verifications,
      reload: () => setup.reload(),
    };
  }

  /** What to do with an interaction: refuse it (checked in this order) or run what owns it. */
  function decide(interaction: RepliableInteraction): { route: Route } | Refusal {
    if (stopping) return { outcome: 'stopping', reply: notice('Verbatim is restarting; try again in a minute.') };
    // Paging, Context and Cite on one's own results are cheap and come in runs; what posts publicly counts as a command.
    const light = interaction.isButton() && setup.buttons.get(interaction.customId.split(':')[0] ?? '')?.postsPublicly !== true;
    const limit = (light ? setup.limits.buttons : setup.limits.commands).take(interaction.user.id);
    if (!limit.allowed) {
      const wait = count(limit.retryAfterSeconds, 'second');
      const what = light ? 'clicking buttons' : 'sending commands';
      return { outcome: 'rate_limited', reply: notice(`You are ${what} faster than this server allows; try again in ${wait}.`) };
    }
    const route = routeInteraction(interaction, setup.commands, setup.buttons);
    if (route) return { route };
    const what = interaction.isButton()
      ? 'This button no longer works; run the command again.'
      : 'Verbatim does not know this command (any more).';
    return { outcome: 'unknown', reply: notice(what) };
  }

  async function run(interaction: RepliableInteraction, route: Route, place: Place, log: Logger): Promise<Answer & { reply: Reply }> {
    log.debug({ options: route.options }, 'input');
    if (route.defers) await deferReply(interaction);
    const result = await route.run(contextFor(interaction, place));
    // Outside the allowed channels nothing is public, whichever command forgot to ask, and a reply made private says why.
    const here = publicHere(place, setup.allowedChannelIds);
    if (here.allowed || result.reply.ephemeral) return result;
    const content = [result.reply.content, here.why].filter((line) => line !== undefined && line !== '').join('\n');
    return { ...result, reply: { ...result.reply, content, ephemeral: true } };
  }

  async function answer(interaction: RepliableInteraction, place: Place, log: Logger): Promise<string> {
    const decision = decide(interaction);
    if (!('route' in decision)) {
      await sendReply(interaction, decision.reply);
      return decision.outcome;
    }
    const result = await run(interaction, decision.route, place, log);
    const audit = setup.audit && result.audit && !result.reply.ephemeral ? { ...setup.audit, record: result.audit } : undefined;
    const where = { interaction: interaction.id, channel: place.channelId };
    if (audit?.required) {
      // The record can take longer than Discord's 3 s (a slow or rate-limited audit channel): acknowledge privately
      // first, and post the share as a follow-up only once it is recorded.
      if (!interaction.deferred) await deferReply(interaction);
      if (!(await recordShare(interaction.client.rest, audit, where, log))) {
        await sendReply(interaction, notice(AUDIT_REFUSED));
        return 'refused_unaudited';
      }
      await sendFollowUp(interaction, result.reply);
      await sendReply(interaction, notice(AUDITED_SHARE));
      return 'replied';
    }
    await sendReply(interaction, result.reply, result.replaces);
    // The share is out: a lost record is logged by recordShare and must not turn the user's answer into a failure.
    if (audit && !audit.required) await recordShare(interaction.client.rest, audit, where, log);
    return result.replaces ? 'updated' : 'replied';
  }

  async function suggest(interaction: AutocompleteInteraction, place: Place): Promise<string> {
    const command = setup.commands.find((c) => c.data.name === interaction.commandName);
    const focused = interaction.options.data.find((option) => option.focused);
    const choices =
      stopping || !command?.autocomplete || !focused
        ? []
        : command.autocomplete(
            { name: focused.name, value: cutText(String(focused.value ?? ''), MAX_INPUT) },
            contextFor(interaction, place),
          );
    await interaction.respond(choices);
    return 'suggested';
  }

  async function handle(interaction: Interaction, place: Place, log: Logger): Promise<void> {
    const started = performance.now();
    let outcome = 'ignored';
    try {
      if (interaction.isAutocomplete()) outcome = await suggest(interaction, place);
      else if (interaction.isRepliable()) outcome = await answer(interaction, place, log);
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
      const command = describe(interaction);
      const log = setup.log.child({ interaction: interaction.id, command, guild: interaction.guildId, user: interaction.user.id });
      // Nothing of an interaction may fail unattributed: whatever escapes is logged with its id.
      // Read now: the payload's place is kept only until the interaction is dispatched.
      const done = handle(interaction, setup.placeOf(interaction), log).catch((error: unknown) =>
        log.error({ err: error }, 'interaction failed unhandled'),
      );
      underway.set(done, { interaction: interaction.id, command });
      return done.finally(() => underway.delete(done));
    },
    async stop(waitMs) {
      stopping = true;
      let timer: NodeJS.Timeout | undefined;
      const timeUp = new Promise<'time up'>((resolve) => (timer = setTimeout(() => resolve('time up'), waitMs)));
      const ended = await Promise.race([Promise.allSettled([...underway.keys()]), timeUp]);
      clearTimeout(timer);
      if (ended === 'time up') {
        setup.log.warn({ abandoned: [...underway.values()], waitedMs: waitMs }, 'shutdown abandoned interactions still under way');
      }
    },
  };
}

function describe(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return `button ${interaction.customId.split(':')[0]}`;
  return `type ${interaction.type}`;
}
