// The one way an answer reaches Discord: acknowledge, edit or update as the interaction's state requires, and retry a
// callback whose connection failed where Discord's semantics make that safe.
import { DiscordAPIError, MessageFlags, RESTJSONErrorCodes, type RepliableInteraction } from 'discord.js';
import type { Reply } from '../render/reply.js';
import { editOptions, messageOptions } from './messageOptions.js';

/** Connection failures that say nothing of whether the request reached Discord. */
const CONNECTION_FAILURES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNREFUSED']);

function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof Error) || error instanceof DiscordAPIError) return false;
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && CONNECTION_FAILURES.has(code);
}

/**
 * Runs an interaction callback once more when its connection failed: if the first attempt never reached Discord the
 * second is the answer, and if it did, Discord refuses the second with 40060 "already acknowledged", which means the
 * answer is there. `acknowledged` marks the interaction so discord.js lets the edits that follow through.
 */
async function callback(send: () => Promise<unknown>, acknowledged: () => void): Promise<void> {
  try {
    await send();
  } catch (error) {
    if (!isConnectionFailure(error)) throw error;
    try {
      await send();
    } catch (retryError) {
      if (!(retryError instanceof DiscordAPIError && retryError.code === RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged))
        throw retryError;
      acknowledged();
    }
  }
}

/** Editing one's own message is idempotent, so a failed connection is simply tried again. */
async function idempotent(send: () => Promise<unknown>): Promise<void> {
  await send().catch((error: unknown) => {
    if (!isConnectionFailure(error)) throw error;
    return send();
  });
}

/** A private "thinking…" for work that may outlast Discord's 3 seconds. */
export function deferReply(interaction: RepliableInteraction): Promise<void> {
  return callback(
    () => interaction.deferReply({ flags: MessageFlags.Ephemeral }),
    () => {
      interaction.deferred = true;
    },
  );
}

/** Posts `reply` as a follow-up message of an acknowledged interaction. Not retried: a second post could be a
 * second public message. */
export async function sendFollowUp(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  await interaction.followUp(messageOptions(reply));
}

/** Sends `reply`: into the deferred message, over the message a button sits on (`replaces`), or as the answer. */
export function sendReply(interaction: RepliableInteraction, reply: Reply, replaces = false): Promise<void> {
  if (interaction.deferred) return idempotent(() => interaction.editReply(editOptions(reply)));
  const done = () => {
    interaction.replied = true;
  };
  if (replaces && interaction.isMessageComponent()) return callback(() => interaction.update(editOptions(reply)), done);
  return callback(() => interaction.reply(messageOptions(reply)), done);
}
