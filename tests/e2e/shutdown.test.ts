// Stopping the production bot: `npm start` on the built code, SIGTERM to the pid it reports while interactions are in
// flight; and a drain that runs out of its 5 s, saying which interactions it abandoned.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { chatInputInteraction } from '../../src/localDiscord/index.js';
import { alive, startBotProcess, type BotProcess } from './botProcess.js';

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/u;

/** Sends `count` /help interactions and resolves once the bot is running every one of them. */
async function inFlight(bot: BotProcess, count: number) {
  const handles = Array.from({ length: count }, () => bot.discord.sendInteraction(chatInputInteraction('help')));
  await expect.poll(() => bot.logLines().filter((line) => line.msg === 'input').length).toBe(count);
  return handles;
}

describe('npm start', () => {
  beforeAll(async () => {
    await promisify(execFile)('npm', ['run', '--silent', 'build'], { cwd: projectRoot });
  }, 60_000);

  it('runs the bot as plain node; SIGTERM to the pid it reports finishes what is in flight, exits 0 and leaves nothing running', async () => {
    const bot = await startBotProcess({}, {}, 'npm start');
    const ready = bot.logLines().find((line) => line.msg === 'ready')!;
    const pid = ready.pid as number;
    expect(bot.output()).not.toMatch(/tsx/u);
    bot.discord.injectFault({ path: CALLBACK }, { kind: 'slow', ms: 1500 }, 3);
    const handles = await inFlight(bot, 3);
    process.kill(pid, 'SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(alive(pid)).toBe(false);
    for (const handle of handles) expect((await handle.waitForCallback()).data?.embeds).toBeDefined();
    expect(bot.logLines().find((line) => line.msg === 'shutting down')).toMatchObject({ signal: 'SIGTERM' });
    await bot.stop();
  }, 60_000);
});

describe('a drain that runs out of time', () => {
  it('stops after 5 s, exits 0 and logs the interactions it abandoned by id', async () => {
    const bot = await startBotProcess();
    bot.discord.injectFault({ path: CALLBACK }, { kind: 'rate-limit', retryAfterSeconds: 30 });
    const [waiting] = await inFlight(bot, 1);
    expect(await bot.stop()).toBe(0);
    const abandoned = bot.logLines().find((line) => line.msg === 'shutdown abandoned interactions still under way');
    expect(abandoned).toMatchObject({ level: 40, abandoned: [{ interaction: waiting!.id, command: 'help' }], waitedMs: 5000 });
  }, 30_000);
});
