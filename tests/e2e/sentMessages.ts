// Every message body the bot sent through the stand-in, and the rules each one must keep, asserted in one place.
import { expect } from 'vitest';
import type { DiscordStandin, RecordedRequest } from '../../src/localDiscord/index.js';

type Body = Record<string, unknown>;

/** Bodies of replies, updates, follow-ups, edits and channel posts: everything that becomes a message. */
export function sentMessages(discord: DiscordStandin): { request: RecordedRequest; message: Body }[] {
  return discord.requests.flatMap((request) => {
    const body = request.body as Body | null;
    if (!body || request.method === 'GET' || request.method === 'DELETE') return [];
    if (request.path.endsWith('/callback')) {
      const { type, data } = body as { type: number; data?: Body };
      return (type === 4 || type === 7) && data ? [{ request, message: data }] : [];
    }
    return /^\/webhooks\/|^\/channels\/\d+\/messages/u.test(request.path) ? [{ request, message: body }] : [];
  });
}

/** Nothing the bot sent could ping anyone, and Discord accepted all of it. */
export function expectEveryMessageSafe(discord: DiscordStandin): void {
  const sent = sentMessages(discord);
  expect(sent.length).toBeGreaterThan(0);
  for (const { request, message } of sent) {
    expect([request.path, message.allowed_mentions]).toEqual([request.path, { parse: [] }]);
  }
  expect(discord.unexpectedRequests()).toEqual([]);
}
