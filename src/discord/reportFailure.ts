// The one path for unexpected errors: logged with the stack and a short reference, the user told privately either way.
import { randomBytes } from 'node:crypto';
import type { Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { notice } from '../render/notice.js';
import { messageOptions } from './messageOptions.js';
import { sendReply } from './sendReply.js';

export async function reportFailure(interaction: Interaction, error: unknown, log: Logger): Promise<void> {
  const ref = randomBytes(3).toString('hex').toUpperCase();
  log.error({ err: error, ref }, 'interaction failed');
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const reply = notice(`Something went wrong (ref ${ref}). It has been logged; please try again.`);
    // Already acknowledged (deferred, replied or updated): only a follow-up can still reach the user.
    if (interaction.replied || interaction.deferred) await interaction.followUp(messageOptions(reply));
    else await sendReply(interaction, reply);
  } catch (sendError) {
    log.warn({ err: sendError, ref }, 'could not tell the user about the failure');
  }
}
