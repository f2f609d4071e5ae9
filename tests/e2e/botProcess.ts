// Starts the real bot the way `npm start` (or `npm run start:sharded`) does, against a fresh Discord stand-in, and
// collects its log lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { commandDefinitions } from '../../commands/index.js';
import { registerCommands } from '../../src/discord/registerCommands.js';
import { projectRoot } from '../../src/paths.js';
import { startDiscordStandin, type DiscordStandin, type StandinOptions } from '../../src/localDiscord/index.js';

export interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

export interface BotProcess {
  discord: DiscordStandin;
  child: ChildProcess;
  /** Everything the bot wrote to stdout and stderr so far. */
  output(): string;
  /** stdout parsed as pino's JSON lines. */
  logLines(): LogLine[];
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** The exit code once the process ends by itself. */
  exited: Promise<number | null>;
  /** SIGTERM, then the exit code; closes the stand-in. */
  stop(): Promise<number | null>;
}

/** Every setting the bot reads, unset, so a developer's .env cannot leak into a test. */
const BLANK_SETTINGS = Object.fromEntries(
  [
    'DISCORD_CLIENT_ID',
    'DISCORD_GUILD_ID',
    'CORPUS_DIR',
    'RATE_LIMIT_COUNT',
    'RATE_LIMIT_WINDOW_SECONDS',
    'RATE_LIMIT_BURST',
    'RATE_LIMIT_PER_MINUTE',
    'RATE_LIMIT_BUTTON_BURST',
    'RATE_LIMIT_BUTTONS_PER_MINUTE',
    'ALLOWED_CHANNEL_IDS',
    'AUDIT_CHANNEL_ID',
    'AUDIT_REQUIRED',
    'MAX_DOCUMENT_MB',
    'DISCORD_PUBLIC_KEY',
    'PORT',
  ].map((name) => [name, '']),
);

type Run = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Runs a TypeScript entry point from src/ (`src/main.ts` is the bot) with `env` on top of a clean environment. */
export function runScript(script: string, env: Record<string, string>): Run {
  return run(process.execPath, ['--import', 'tsx', script], env);
}

/** `npm start` itself, on the built dist/ (see `npm run build`). */
export function runNpmStart(env: Record<string, string>): Run {
  return run('npm', ['start', '--silent'], { HOME: process.env.HOME ?? '', ...env });
}

/** The shard manager of `npm run start:sharded`, on the built dist/, as plain node so that its pid is the child's. */
export function runSharded(env: Record<string, string>): Run {
  return run(process.execPath, ['dist/src/sharded.js'], env);
}

function run(command: string, args: string[], env: Record<string, string>): Run {
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', ...BLANK_SETTINGS, DISCORD_TOKEN: '', DISCORD_API_URL: '', LOG_LEVEL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  return { child, output: () => output, exited };
}

/** Whether a process with this pid is still running. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The settings that point the bot at the stand-in, as its application in its server. */
export function discordSettings(discord: DiscordStandin): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_CLIENT_ID: discord.ids.applicationId,
    DISCORD_GUILD_ID: discord.ids.guildId,
  };
}

/**
 * `how`: `tsx` runs src/main.ts through tsx; `npm start` runs the built bot the way production does; `sharded` runs
 * the built shard manager, ready once every shard is; `http` runs src/http.ts (`start:http`) through tsx.
 */
export async function startBotProcess(
  env: Record<string, string> = {},
  standin: StandinOptions = {},
  how: 'tsx' | 'npm start' | 'sharded' | 'http' = 'tsx',
): Promise<BotProcess> {
  const discord = await startDiscordStandin(standin);
  const { ids } = discord;
  await registerCommands(
    { token: discord.token, clientId: ids.applicationId, guildId: ids.guildId, apiUrl: discord.apiUrl },
    commandDefinitions,
  ).catch(async (error: unknown) => {
    await discord.close();
    throw error;
  });
  const settings = { ...discordSettings(discord), LOG_LEVEL: 'debug', RATE_LIMIT_BURST: '1000', RATE_LIMIT_BUTTON_BURST: '1000', ...env };
  const main =
    how === 'npm start'
      ? runNpmStart(settings)
      : how === 'sharded'
        ? runSharded(settings)
        : runScript(how === 'http' ? 'src/http.ts' : 'src/main.ts', settings);
  const logLines = () =>
    main
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as LogLine);
  const waitForLog = async (predicate: (line: LogLine) => boolean, timeoutMs = 4000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = logLines().find(predicate);
      if (found) return found;
      if (main.child.exitCode !== null || Date.now() > deadline) {
        throw new Error(`no matching log line (exit code ${main.child.exitCode}); output:\n${main.output().slice(-3000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const bot: BotProcess = {
    discord,
    child: main.child,
    output: main.output,
    logLines,
    waitForLog,
    exited: main.exited,
    async stop() {
      if (main.child.exitCode === null) main.child.kill('SIGTERM');
      const code = await main.exited;
      await discord.close();
      return code;
    },
  };
  try {
    const ready = { sharded: 'all shards ready', http: 'ready for interactions over HTTP' } as Record<string, string>;
    await waitForLog((line) => line.msg === (ready[how] ?? 'ready'), 30_000);
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return bot;
}
