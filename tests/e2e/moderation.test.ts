// Moderation settings on the real bot: rate limit, channels where it may post, the audit channel, a failed audit and
// AUDIT_REQUIRED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, chatInputInteraction, defaultUser, type InteractionContext } from '../../src/localDiscord/index.js';
import { startBotProcess, type BotProcess } from './botProcess.js';
import { expectEveryMessageSafe } from './sentMessages.js';

const OTHER_CHANNEL = '1250000000000000999';
const user = (n: number): InteractionContext => ({ user: defaultUser(`12500000000000004${String(n).padStart(2, '0')}`) });
const PASSAGE = 'rajavi-haboush-tapes:3';

async function answer(bot: BotProcess, interaction: Parameters<BotProcess['discord']['sendInteraction']>[0]) {
  const handle = bot.discord.sendInteraction(interaction);
  const callback = await handle.waitForCallback();
  return { handle, message: (callback.data ?? {}) as { content?: string; flags?: number; embeds?: { title?: string }[] } };
}

describe('with ALLOWED_CHANNEL_IDS, AUDIT_CHANNEL_ID and a rate limit', () => {
  let bot: BotProcess;

  beforeAll(async () => {
    const channel = '1250000000000000200';
    bot = await startBotProcess(
      { ALLOWED_CHANNEL_IDS: channel, AUDIT_CHANNEL_ID: channel, RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '1', LOG_LEVEL: 'info' },
      { channelId: channel },
    );
  }, 30_000);

  afterAll(async () => {
    expect(await bot?.stop()).toBe(0);
  });

  it('records each public share in the audit channel: who, which passage, where, without pings', async () => {
    const { message } = await answer(bot, buttonInteraction(`share:${PASSAGE}`, user(1)));
    expect(message.content).toBe(`Shared by <@${user(1).user!.id}>`);
    await expect.poll(() => bot.discord.channelMessages.length).toBe(1);
    const [audit] = bot.discord.channelMessages;
    expect(audit!.content).toMatch(
      new RegExp(`^<@${user(1).user!.id}> shared \`${PASSAGE}\` \\(corpus [0-9a-f]{8}\\) in <#${bot.discord.ids.channelId}>\\.$`, 'u'),
    );
    expect(bot.discord.requests.find((r) => r.path.endsWith('/messages') && r.method === 'POST')?.body).toMatchObject({
      allowed_mentions: { parse: [] },
    });
  });

  it('keeps a share when the audit channel refuses its record (403, 50013), logging the lost record as a warning', async () => {
    const channel = bot.discord.ids.channelId;
    bot.discord.injectFault(
      { method: 'POST', path: new RegExp(`^/channels/${channel}/messages$`, 'u') },
      { kind: 'error', status: 403, code: 50013, message: 'Missing Permissions' },
    );
    const { handle, message } = await answer(bot, buttonInteraction(`share:${PASSAGE}`, user(8)));
    expect(message.content).toBe(`Shared by <@${user(8).user!.id}>`);
    const lost = await bot.waitForLog((line) => line.msg.startsWith('share not recorded') && line.interaction === handle.id);
    expect(lost).toMatchObject({
      level: 40,
      auditChannel: channel,
      share: { interaction: handle.id, passages: [PASSAGE], channel },
      err: { code: 50013 },
    });
    await bot.waitForLog((line) => line.msg === 'interaction' && line.interaction === handle.id && line.outcome === 'replied');
    expect(handle.requests.filter((r) => r.path.startsWith('/webhooks/'))).toEqual([]);
  });

  it('keeps replies private outside the allowed channels and refuses to share there', async () => {
    const elsewhere = { ...user(2), channelId: OTHER_CHANNEL };
    const quoted = await answer(bot, chatInputInteraction('quote', { 'id-or-words': PASSAGE }, elsewhere));
    expect(quoted.message.flags).toBe(64);
    const shared = await answer(bot, buttonInteraction(`share:${PASSAGE}`, elsewhere));
    expect(shared.message).toMatchObject({ flags: 64, content: expect.stringMatching(/^Sharing is turned off in this channel/u) });
    expect(bot.discord.channelMessages.filter((m) => m.content.includes(user(2).user!.id))).toEqual([]);
  });

  it('tells a user who goes too fast when to try again, and nobody else is slowed', async () => {
    for (let i = 0; i < 3; i++) expect((await answer(bot, chatInputInteraction('help', {}, user(3)))).message.flags).toBe(64);
    const limited = await answer(bot, chatInputInteraction('help', {}, user(3)));
    expect(limited.message).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/^You are sending commands faster than this server allows; try again in \d+ seconds?\.$/u),
    });
    expect((await answer(bot, chatInputInteraction('help', {}, user(4)))).message.embeds?.[0]?.title).toBe('Verbatim');
  });

  it('logs query text only at debug level', async () => {
    await answer(bot, chatInputInteraction('search', { query: 'zanzibarian' }, user(5)));
    await bot.waitForLog((line) => line.msg === 'interaction' && line.user === user(5).user!.id);
    expect(bot.output()).not.toContain('zanzibarian');
    expectEveryMessageSafe(bot.discord);
  });
});

describe('when the audit channel cannot be reached', () => {
  let bot: BotProcess;

  beforeAll(async () => {
    bot = await startBotProcess({ AUDIT_CHANNEL_ID: '1250000000000000777' });
  }, 30_000);

  afterAll(async () => {
    expect(await bot?.stop()).toBe(0);
  });

  it('warns at start-up, and a share still stands: the lost record is a warning naming the share, not a failure', async () => {
    await bot.waitForLog((line) => line.msg === 'AUDIT_CHANNEL_ID cannot be reached: shares will go unrecorded');
    const { handle, message } = await answer(bot, buttonInteraction(`share:${PASSAGE}`));
    expect(message.content).toBe(`Shared by <@${bot.discord.ids.userId}>`);
    const lost = await bot.waitForLog((line) => line.msg.startsWith('share not recorded'));
    expect(lost).toMatchObject({
      level: 40,
      auditChannel: '1250000000000000777',
      share: { interaction: handle.id, passages: [PASSAGE], channel: bot.discord.ids.channelId },
    });
    await bot.waitForLog((line) => line.msg === 'interaction' && line.interaction === handle.id && line.outcome === 'replied');
    expect(bot.logLines().filter((line) => line.level >= 50)).toEqual([]);
    expect(handle.requests.filter((r) => r.path.startsWith('/webhooks/'))).toEqual([]);
    expect(bot.output()).not.toContain(bot.discord.token);
  });
});

describe('with AUDIT_REQUIRED', () => {
  let bot: BotProcess;
  const channel = '1250000000000000200';

  beforeAll(async () => {
    bot = await startBotProcess({ AUDIT_CHANNEL_ID: channel, AUDIT_REQUIRED: 'true' }, { channelId: channel });
  }, 30_000);

  afterAll(async () => {
    expect(await bot?.stop()).toBe(0);
  });

  /** A Share click under AUDIT_REQUIRED: acknowledged privately at once, then answered by editing that reply. */
  async function share(n: number) {
    const handle = bot.discord.sendInteraction(buttonInteraction(`share:${PASSAGE}`, user(n)));
    expect((await handle.waitForCallback()).type).toBe(5);
    await handle.waitForRequests(2, 15_000);
    return { handle, said: handle.originalMessage()?.content ?? '' };
  }
  const records = () =>
    bot.discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages` && r.status === 200);

  it('refuses a share whose record the audit channel refuses, posting nothing', async () => {
    bot.discord.injectFault(
      { method: 'POST', path: new RegExp(`^/channels/${channel}/messages$`, 'u') },
      { kind: 'error', status: 403, code: 50013, message: 'Missing Permissions' },
    );
    const { handle, said } = await share(6);
    expect(said).toMatch(/^Not shared: this server records every share in its audit channel before it appears/u);
    expect(await bot.waitForLog((line) => line.msg.startsWith('share not recorded'))).toMatchObject({
      level: 40,
      share: { interaction: handle.id, passages: [PASSAGE] },
    });
    expect(handle.requests.some((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))).toBe(false);
  });

  it('records the share before it appears, as a public follow-up, and tells the user', async () => {
    const { handle, said } = await share(7);
    await handle.waitForRequests(3, 15_000);
    const followUp = handle.requests.find((r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))!;
    expect(followUp.body).toMatchObject({ content: `Shared by <@${user(7).user!.id}>` });
    expect(((followUp.body as { flags?: number }).flags ?? 0) & 64).toBe(0);
    expect(bot.discord.requests.indexOf(records().at(-1)!)).toBeLessThan(bot.discord.requests.indexOf(followUp));
    expect(handle.originalMessage()?.content ?? said).toMatch(/^Shared, and recorded/u);
  });

  it('still shares when the audit channel is slow or rate-limited past Discord’s 3 seconds', async () => {
    const audit = { method: 'POST', path: new RegExp(`^/channels/${channel}/messages$`, 'u') };
    for (const [n, fault] of [
      [8, { kind: 'slow', ms: 3500 }],
      [9, { kind: 'rate-limit', retryAfterSeconds: 4 }],
    ] as const) {
      bot.discord.injectFault(audit, fault);
      const { handle } = await share(n);
      await handle.waitForRequests(3, 20_000);
      expect(handle.requests.some((r) => r.method === 'POST' && r.path.startsWith('/webhooks/') && r.status === 200)).toBe(true);
      expect(handle.originalMessage()?.content).toMatch(/^Shared, and recorded/u);
    }
  }, 60_000);
});
