// The bot's life outside single commands: deploying commands, start-up without a token, /reload, and SIGTERM.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../commands/index.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { registerCommands } from '../../src/discord/registerCommands.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { chatInputInteraction, startDiscordStandin } from '../../src/localDiscord/index.js';
import { documentFile } from '../helpers/tempCorpus.js';
import { discordSettings, runScript, startBotProcess, type BotProcess } from './botProcess.js';
import { expectEveryMessageSafe } from './sentMessages.js';

describe('npm run deploy-commands', () => {
  it('registers every command the bot dispatches to the server in DISCORD_GUILD_ID', async () => {
    const discord = await startDiscordStandin();
    try {
      const { ids } = discord;
      const deploy = runScript('src/discord/deployCommands.ts', discordSettings(discord));
      expect(await deploy.exited).toBe(0);
      expect(deploy.output()).toBe(`Registered ${commandDefinitions.length} commands for server ${ids.guildId}; they can be used now.\n`);
      const registered = discord.commands.guilds[ids.guildId]!;
      expect(registered.map((c) => c.name)).toEqual(commandDefinitions.map((d) => d.name));
      expect(registered.find((c) => c.name === 'reload')?.default_member_permissions).toBe('32');
      expect(registered.every((c) => c.contexts === null)).toBe(true);
      expect(discord.commands.global).toEqual([]);
    } finally {
      await discord.close();
    }
  }, 20_000);

  it('registers globally without DISCORD_GUILD_ID: for servers, and the reading commands for DMs with the bot too', async () => {
    const discord = await startDiscordStandin();
    try {
      const config = { token: discord.token, clientId: discord.ids.applicationId, apiUrl: discord.apiUrl };
      expect(await registerCommands(config, commandDefinitions)).toEqual({ count: commandDefinitions.length, scope: 'all servers' });
      const serversOnly = new Set(['reload', 'Verify quote']);
      expect(discord.commands.global.map((c) => [c.name, c.contexts])).toEqual(
        commandDefinitions.map((d) => [d.name, serversOnly.has(d.name) ? [0] : [0, 1]]),
      );
    } finally {
      await discord.close();
    }
  });

  it('names what is missing instead of trying', async () => {
    const deploy = runScript('src/discord/deployCommands.ts', { DISCORD_TOKEN: 'x'.repeat(30) });
    expect(await deploy.exited).toBe(1);
    expect(deploy.output()).toContain('DISCORD_CLIENT_ID is missing');
  }, 20_000);
});

describe('npm start without a token in production', () => {
  // Outside production the same start opens the playground (tests/playground); a deployment never falls into it.
  it('says what to set, without a stack trace, and exits with an error', async () => {
    const start = runScript('src/main.ts', { NODE_ENV: 'production', RATE_LIMIT_BURST: 'lots' });
    expect(await start.exited).toBe(1);
    const output = start.output();
    expect(output).toContain('DISCORD_TOKEN is missing');
    expect(output).toContain('RATE_LIMIT_BURST must be a whole number');
    expect(output).toContain('.env.example');
    expect(output).not.toMatch(/^\s+at /mu);
  }, 20_000);
});

describe('/reload and shutdown', () => {
  let bot: BotProcess;
  let corpusDir: string;
  let documents: number;

  const send = async (name: string, options: Record<string, string> = {}) => {
    const handle = bot.discord.sendInteraction(chatInputInteraction(name, options));
    await handle.waitForCallback();
    return handle;
  };
  /** The deferred "thinking…" answer, then the edit that replaces it. */
  const reload = async () => {
    const handle = await send('reload');
    const [deferral, edit] = await handle.waitForRequests(2);
    expect(deferral!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(edit!.method).toBe('PATCH');
    return (edit!.body as { content: string }).content;
  };
  const quoted = async (id: string) => (await send('quote', { 'id-or-words': id })).originalMessage()?.embeds?.[0]?.footer?.text ?? '';

  beforeAll(async () => {
    corpusDir = await mkdtemp(path.join(tmpdir(), 'verbatim-e2e-'));
    await cp(defaultCorpusDir, corpusDir, { recursive: true });
    documents = (await loadCorpus(corpusDir)).documents.length;
    bot = await startBotProcess({ CORPUS_DIR: corpusDir });
  }, 30_000);

  afterAll(async () => {
    await bot?.stop();
    await rm(corpusDir, { recursive: true, force: true });
  });

  it('swaps in a changed corpus and says what it now serves', async () => {
    const before = (await quoted('rajavi-haboush-tapes:1')).split('corpus ')[1];
    await writeFile(
      path.join(corpusDir, 'documents', 'zz-added.txt'),
      documentFile('zz-added', 'A paragraph added while the bot was running.'),
    );
    expect(await reload()).toMatch(
      new RegExp(`^Reloaded: ${documents + 1} documents, \\d+ passages; corpus ${before} → [0-9a-f]{8}\\.$`, 'u'),
    );
    expect(await quoted('zz-added:1')).toMatch(/^zz-added:1 · corpus /u);
  });

  it('keeps serving the old corpus when the new one is broken, and shows the caller every problem', async () => {
    const serving = await quoted('zz-added:1');
    await writeFile(path.join(corpusDir, 'documents', 'zz-broken.txt'), documentFile('zz-broken', 'Text.', 'colour: red\n'));
    await rm(path.join(corpusDir, 'documents', 'zz-added.txt'));
    const report = await reload();
    expect(report).toContain(`keeps serving corpus ${serving.split('corpus ')[1]}`);
    expect(report).toMatch(/documents\/zz-broken\.txt:\d+: unknown field "colour"/u);
    expect(report).not.toContain(corpusDir);
    expect(await quoted('zz-added:1')).toBe(serving);
    expectEveryMessageSafe(bot.discord);
  });

  it('stops on SIGTERM with exit code 0, having logged it, and never logged the token', async () => {
    expect(await bot.stop()).toBe(0);
    expect(bot.logLines().some((line) => line.msg === 'shutting down' && line.signal === 'SIGTERM')).toBe(true);
    expect(bot.output()).not.toContain(bot.discord.token);
  });
});

describe('npm start without a token', () => {
  it('opens the playground: prints its address, serves the page, and stops cleanly on SIGTERM', async () => {
    const start = runScript('src/main.ts', { PLAYGROUND_PORT: '0' });
    let address: string | undefined;
    while (address === undefined && start.child.exitCode === null) {
      address = /open (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(start.output())?.[1];
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(start.output()).toContain('Set DISCORD_TOKEN');
    const page = await fetch(address!);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<html/iu);
    start.child.kill('SIGTERM');
    expect(await start.exited).toBe(0);
  }, 60_000);
});
