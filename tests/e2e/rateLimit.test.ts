// The default rate limit on the real bot: paging through one's results runs freely, a flood of commands is refused.
import type { APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, chatInputInteraction, defaultUser, type InteractionContext } from '../../src/localDiscord/index.js';
import { startBotProcess, type BotProcess } from './botProcess.js';

const user = (n: number): InteractionContext => ({ user: defaultUser(`12500000000000005${String(n).padStart(2, '0')}`) });
type Message = { content?: string; flags?: number; components?: { components: { custom_id?: string }[] }[] };
const LIMITED = /^You are (sending commands|clicking buttons) faster than this server allows/u;

describe('the default rate limit', () => {
  let bot: BotProcess;

  beforeAll(async () => {
    // Blank settings are unset: the defaults of README and .env.example apply.
    bot = await startBotProcess({ RATE_LIMIT_BURST: '', RATE_LIMIT_BUTTON_BURST: '' });
  }, 30_000);

  afterAll(async () => {
    expect(await bot?.stop()).toBe(0);
  });

  async function send(payload: Parameters<BotProcess['discord']['sendInteraction']>[0]) {
    const handle = bot.discord.sendInteraction(payload);
    const callback = await handle.waitForCallback();
    return { handle, message: (callback.data ?? {}) as Message };
  }

  it('lets a researcher page through results ten times quickly', async () => {
    const reader = user(1);
    let { handle, message } = await send(chatInputInteraction('search', { query: 'Rajavi', limit: 1 }, reader));
    for (let page = 2; page <= 11; page++) {
      const next = message
        .components!.flatMap((row) => row.components as { custom_id?: string; label?: string }[])
        .find((b) => b.label?.startsWith('Next'))!.custom_id!;
      ({ handle, message } = await send(buttonInteraction(next, { ...reader, message: handle.originalMessage() as APIMessage })));
      expect(message.content).not.toMatch(LIMITED);
      expect(message.content).toContain(`page ${page} of`);
    }
  });

  it('refuses most of 50 commands sent at once, and nobody else is slowed', async () => {
    const flood = await Promise.all(Array.from({ length: 50 }, () => send(chatInputInteraction('help', {}, user(2)))));
    const refused = flood.filter(({ message }) => LIMITED.test(message.content ?? ''));
    // A burst of 5 and about one more every 3 s: however long the 50 take to arrive, most are refused.
    expect(refused.length).toBeGreaterThanOrEqual(40);
    for (const { message } of refused) expect(message.flags).toBe(64);
    expect((await send(chatInputInteraction('help', {}, user(3)))).message.content ?? '').not.toMatch(LIMITED);
  });
});
