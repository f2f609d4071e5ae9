// `start:http` as a process: configuration refused without echoing it, ready on PORT once the corpus is loaded,
// answering signed interactions, and stopping cleanly on SIGTERM.
import { describe, expect, it } from 'vitest';
import { chatInputInteraction } from '../../src/localDiscord/index.js';
import { runScript, startBotProcess } from './botProcess.js';
import { keyPair, signedHeaders } from './httpReplicas.js';

describe('npm run start:http', () => {
  it('refuses a malformed DISCORD_PUBLIC_KEY without showing it', async () => {
    const run = runScript('src/http.ts', { DISCORD_TOKEN: 'abc.def.ghi', DISCORD_PUBLIC_KEY: 'pasted-secret-value' });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('DISCORD_PUBLIC_KEY must be 64 hexadecimal digits');
    expect(run.output()).not.toContain('pasted-secret-value');
  });

  it('listens on PORT once the corpus is loaded, answers signed interactions, and exits 0 on SIGTERM', async () => {
    const keys = keyPair();
    const bot = await startBotProcess({ DISCORD_PUBLIC_KEY: keys.publicKeyHex, PORT: '0' }, {}, 'http');
    try {
      const { port } = await bot.waitForLog((line) => line.msg === 'ready for interactions over HTTP');
      const url = `http://127.0.0.1:${String(port)}`;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const handle = bot.discord.createHttpInteraction(chatInputInteraction('search', { query: 'proverb' }));
      const body = JSON.stringify(handle.payload);
      const response = await fetch(`${url}/interactions`, { method: 'POST', body, headers: signedHeaders(body, keys.privateKey) });
      handle.recordHttpResponse(response.status, await response.json());
      expect((await handle.waitForCallback()).type).toBe(4);
      await bot.waitForLog((line) => line.msg === 'interaction' && line.interaction === handle.id && line.outcome === 'replied');
      expect(bot.output()).not.toContain(bot.discord.token);
      expect(bot.output()).not.toContain(handle.token);
    } finally {
      expect(await bot.stop()).toBe(0);
    }
  }, 30_000);
});
