// Posts a share's record to the audit channel: a side task, so its failure is logged as what it is and never thrown.
import { Routes, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { ShareRecord } from '../../commands/command.js';
import { toMessagePayload } from '../render/reply.js';

/**
 * Posts `record` to the audit channel `channelId`; true once Discord has it. On any failure (a 403 50013 Missing Permissions, 10003
 * Unknown Channel, a network error) logs a warning naming the share it could not record, and answers false.
 */
export async function recordShare(
  rest: Client['rest'],
  { channelId, record }: { channelId: string; record: ShareRecord },
  where: { interaction: string; channel: string | null },
  log: Logger,
): Promise<boolean> {
  try {
    await rest.post(Routes.channelMessages(channelId), { body: toMessagePayload(record.post) });
    return true;
  } catch (error) {
    log.warn(
      { err: error, auditChannel: channelId, share: { ...where, passages: record.passages } },
      'share not recorded: the audit channel refused the record',
    );
    return false;
  }
}
