// Configuration: every problem reported at once, defaults where the variable is optional.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HTTP_PORT, describeConfigProblems, readBotConfig } from '../../src/config.js';

describe('readBotConfig', () => {
  it('accepts a minimal environment and fills in the defaults', () => {
    const result = readBotConfig({ DISCORD_TOKEN: 'abc.def.ghi', DISCORD_GUILD_ID: '' });
    expect(result.ok && result.config).toMatchObject({
      token: 'abc.def.ghi',
      apiUrl: 'https://discord.com/api',
      logLevel: 'info',
      rateLimit: { commands: { burst: 5, perMinute: 20 }, buttons: { burst: 20, perMinute: 60 } },
      auditRequired: false,
      allowedChannelIds: [],
    });
    expect(result.ok && 'guildId' in result.config).toBe(false);
  });

  it('needs DISCORD_PUBLIC_KEY (64 hex digits) and reads PORT for start:http only, never echoing either', () => {
    const token = { DISCORD_TOKEN: 'abc.def.ghi' };
    const key = 'ab'.repeat(32);
    expect(readBotConfig({ ...token, DISCORD_PUBLIC_KEY: key.toUpperCase() }, 'http')).toMatchObject({
      ok: true,
      config: { http: { port: DEFAULT_HTTP_PORT, publicKey: key } },
    });
    expect(readBotConfig({ ...token, DISCORD_PUBLIC_KEY: key, PORT: '3000' }, 'http')).toMatchObject({ config: { http: { port: 3000 } } });
    const start = readBotConfig({ ...token, DISCORD_PUBLIC_KEY: key });
    expect(start.ok && 'http' in start.config).toBe(false);
    const wrong = readBotConfig({ ...token, DISCORD_PUBLIC_KEY: 'secret-looking-value', PORT: 'eighty' }, 'http');
    expect(wrong).toEqual({
      ok: false,
      problems: [
        'DISCORD_PUBLIC_KEY must be 64 hexadecimal digits; the value given has 20 characters',
        'PORT must be a whole number from 0 to 65535; the value given has 6 characters',
      ],
    });
    expect(readBotConfig(token, 'http')).toMatchObject({ ok: false, problems: [expect.stringMatching(/^DISCORD_PUBLIC_KEY is missing/u)] });
  });

  it('reads SHARD_COUNT for the shard manager (auto by default), refuses it for a single npm start, and gives a shard its id', () => {
    const token = { DISCORD_TOKEN: 'abc.def.ghi' };
    expect(readBotConfig(token, 'sharded')).toMatchObject({ ok: true, config: { shardCount: 'auto' } });
    expect(readBotConfig({ ...token, SHARD_COUNT: '3' }, 'sharded')).toMatchObject({ ok: true, config: { shardCount: 3 } });
    expect(readBotConfig({ ...token, SHARD_COUNT: 'two' }, 'sharded')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^SHARD_COUNT must be a whole number/u)],
    });
    expect(readBotConfig({ ...token, SHARD_COUNT: '2' })).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^SHARD_COUNT is for npm run start:sharded/u)],
    });
    const shard = readBotConfig({ ...token, SHARDING_MANAGER: 'true', SHARDS: '1', SHARD_COUNT: '2' });
    expect(shard.ok && shard.config.shard).toEqual({ id: 1, count: 2 });
  });

  it('reports every malformed or missing value together', () => {
    const result = readBotConfig(
      {
        DISCORD_CLIENT_ID: 'abc',
        DISCORD_API_URL: 'ftp://x',
        LOG_LEVEL: 'loud',
        RATE_LIMIT_BURST: '0',
        RATE_LIMIT_WINDOW_SECONDS: '10',
        ALLOWED_CHANNEL_IDS: '123456789012345678, nope',
        AUDIT_CHANNEL_ID: '12',
      },
      'deploy',
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_CLIENT_ID',
      'DISCORD_API_URL',
      'LOG_LEVEL',
      'RATE_LIMIT_WINDOW_SECONDS',
      'RATE_LIMIT_BURST',
      'ALLOWED_CHANNEL_IDS',
      'AUDIT_CHANNEL_ID',
    ]);
    const message = describeConfigProblems(problems);
    expect(message).toContain('.env.example');
    expect(message.split('\n')).toHaveLength(problems.length + 2);
  });

  it('needs the client id only to deploy commands', () => {
    expect(readBotConfig({ DISCORD_TOKEN: 't' }, 'start').ok).toBe(true);
    expect(readBotConfig({ DISCORD_TOKEN: 't' }, 'deploy').ok).toBe(false);
  });

  it('names the setting and what is wrong, never the value, which could be a secret pasted in the wrong place', () => {
    // Shaped like a bot token (three base64url parts), made here so that no token-shaped text is committed.
    const secret = [19, 4, 27].map((size) => randomBytes(size).toString('base64url')).join('.');
    const settings = [
      'DISCORD_CLIENT_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_API_URL',
      'LOG_LEVEL',
      'RATE_LIMIT_BURST',
      'RATE_LIMIT_PER_MINUTE',
      'RATE_LIMIT_BUTTON_BURST',
      'RATE_LIMIT_BUTTONS_PER_MINUTE',
      'ALLOWED_CHANNEL_IDS',
      'AUDIT_CHANNEL_ID',
      'AUDIT_REQUIRED',
      'MAX_DOCUMENT_MB',
    ];
    const result = readBotConfig({ DISCORD_TOKEN: 'x'.repeat(30), ...Object.fromEntries(settings.map((name) => [name, secret])) });
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.split(' ')[0])).toEqual(settings);
    for (const part of secret.split('.')) expect(problems.join('\n')).not.toContain(part.slice(0, 6));
    expect(problems).toContain(`DISCORD_CLIENT_ID must be a Discord id (17-20 digits); the value given has ${secret.length} characters`);
  });

  it('never echoes the token in a problem', () => {
    const result = readBotConfig({ DISCORD_TOKEN: 'secret token', LOG_LEVEL: 'x' });
    expect(JSON.stringify(result)).not.toContain('secret');
  });
});
