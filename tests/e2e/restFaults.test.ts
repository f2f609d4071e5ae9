// Discord's REST faults on the real bot: rate limits, server errors, unknown and already-acknowledged interactions,
// connection resets on callbacks, slow answers, and payloads naming no user; then no log line holds a token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInputInteraction, defaultUser, type InteractionHandle } from '../../src/localDiscord/index.js';
import { startBotProcess, type BotProcess } from './botProcess.js';

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/u;
const EDIT = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/u;

let bot: BotProcess;
const handles: InteractionHandle[] = [];

beforeAll(async () => {
  bot = await startBotProcess();
}, 30_000);

afterAll(async () => {
  expect(await bot?.stop()).toBe(0);
});

function send(name = 'help', options: Record<string, string> = {}, user?: string): InteractionHandle {
  const handle = bot.discord.sendInteraction(chatInputInteraction(name, options, user ? { user: defaultUser(user) } : {}));
  handles.push(handle);
  return handle;
}

/** The interaction's log line once it is done. */
const finished = (handle: InteractionHandle) =>
  bot.waitForLog((line) => line.msg === 'interaction' && line.interaction === handle.id, 8000);

describe('the bot answers through REST faults', () => {
  it.each([
    ['a per-route 429 with Retry-After', { kind: 'rate-limit', retryAfterSeconds: 1 }],
    ['a global 429 with Retry-After', { kind: 'rate-limit', retryAfterSeconds: 1, global: true }],
    ['a 500', { kind: 'server-error' }],
  ] as const)('%s on the callback: waits or retries, and answers within Discord’s 3 s', async (_name, fault) => {
    bot.discord.injectFault({ path: CALLBACK }, fault);
    const handle = send();
    expect((await handle.waitForCallback(4000)).data?.embeds).toBeDefined();
    expect(handle.requests.map((r) => r.status)).toEqual([fault.kind === 'rate-limit' ? 429 : 500, 204]);
    expect(await finished(handle)).toMatchObject({ outcome: 'replied' });
  });

  it('a reset before the callback reached Discord: sent again, and answered', async () => {
    bot.discord.injectFault({ path: CALLBACK }, { kind: 'reset', when: 'before' });
    const handle = send();
    expect((await handle.waitForCallback()).data?.embeds).toBeDefined();
    expect(await finished(handle)).toMatchObject({ outcome: 'replied' });
  });

  it('a reset after Discord acted: the retry is refused with 40060, which means the answer is there', async () => {
    bot.discord.injectFault({ path: CALLBACK }, { kind: 'reset', when: 'after' });
    const handle = send();
    await handle.waitForRequests(2);
    expect(handle.requests.map((r) => r.status)).toEqual([204, 400]);
    expect((handle.requests[1]!.response as { code: number }).code).toBe(40060);
    expect(await finished(handle)).toMatchObject({ outcome: 'replied' });
    expect(handle.originalMessage()?.embeds?.[0]?.title).toBe('Verbatim');
  });

  it('a reset on a deferred command: the "thinking…" is retried and then edited into the answer', async () => {
    bot.discord.injectFault({ path: CALLBACK }, { kind: 'reset', when: 'after' });
    const handle = send('reload');
    expect(await finished(handle)).toMatchObject({ outcome: 'replied' });
    expect(handle.originalMessage()?.content).toMatch(/^Reloaded: /u);
  });

  it('10062 (the interaction expired): logged as a failure with the interaction id, and the bot carries on', async () => {
    bot.discord.injectFault({ path: CALLBACK }, { kind: 'error', status: 404, code: 10062, message: 'Unknown interaction' });
    const handle = send();
    expect(await finished(handle)).toMatchObject({ outcome: 'failed' });
    expect(bot.logLines().find((line) => line.msg === 'interaction failed' && line.interaction === handle.id)).toBeDefined();
    expect((await send().waitForCallback()).data?.embeds).toBeDefined();
  });

  it('40060 on a first callback (not a retry, so a real fault): logged with the interaction id, then the error path', async () => {
    bot.discord.injectFault(
      { path: CALLBACK },
      { kind: 'error', status: 400, code: 40060, message: 'Interaction has already been acknowledged.' },
    );
    const handle = send();
    expect(await finished(handle)).toMatchObject({ outcome: 'failed' });
    expect(bot.logLines().find((line) => line.msg === 'interaction failed' && line.interaction === handle.id)).toMatchObject({
      err: { code: 40060 },
    });
    expect((await handle.waitForCallback()).data?.content).toMatch(/^Something went wrong \(ref [0-9A-F]{6}\)/u);
  });

  it('slow REST: a callback answered late but within the deadline, and an edit 2 s late', async () => {
    bot.discord.injectFault({ path: CALLBACK }, { kind: 'slow', ms: 1500 });
    const quick = send();
    expect((await quick.waitForCallback()).data?.embeds).toBeDefined();
    bot.discord.injectFault({ path: EDIT, method: 'PATCH' }, { kind: 'slow', ms: 2000 });
    const deferred = send('reload');
    expect(await finished(deferred)).toMatchObject({ outcome: 'replied' });
    expect(deferred.originalMessage()?.content).toMatch(/^Reloaded: /u);
  });

  it('a payload with neither member nor user: answered privately, and logged with its id', async () => {
    const { member: _member, user: _user, ...payload } = chatInputInteraction('help');
    const handle = bot.discord.sendInteraction(payload);
    expect((await handle.waitForCallback()).data).toMatchObject({
      flags: 64,
      content: expect.stringContaining('did not say who sent this'),
    });
    // The log line may reach the test after the callback does.
    expect(await bot.waitForLog((line) => line.interaction === handle.id)).toMatchObject({ level: 40, outcome: 'unattributed' });
    expect(bot.logLines().filter((line) => line.msg === 'unhandled promise rejection')).toEqual([]);
  });

  it('no log line, at any level, holds the bot token or an interaction token', () => {
    const output = bot.output();
    expect(output).not.toContain(bot.discord.token);
    for (const handle of handles) expect(output).not.toContain(handle.token);
    expect(output).toContain('[REDACTED]');
  });
});
