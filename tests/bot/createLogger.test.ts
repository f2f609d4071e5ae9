// Logging: the token never reaches a log line, wherever it appears.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/createLogger.js';

function recorder() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, destination };
}

describe('createLogger', () => {
  it('redacts interaction and webhook tokens in request paths, in messages, fields, errors and their causes', () => {
    const { lines, destination } = recorder();
    const logger = createLogger({ level: 'trace', secrets: [], destination });
    const token = 'aW50ZXJhY3Rpb246MTI1MDAwMDAwMDAwMDAwMDAwMTpzZWNyZXQ';
    const callback = `https://discord.com/api/v10/interactions/1250000000000000001/${token}/callback?with_response=false`;
    const webhook = `/webhooks/1250000000000000002/${token}/messages/@original`;
    const cause = new Error(`connect ECONNRESET for POST ${callback}`);
    logger.error({ err: Object.assign(new Error('fetch failed', { cause }), { url: callback }) }, `PATCH ${webhook} failed`);
    logger.debug({ request: { path: `/webhooks/1250000000000000002/${token}` } }, 'rest');
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain(token);
    expect(lines.join('')).toContain('/interactions/1250000000000000001/[REDACTED]/callback?with_response=false');
    expect(lines.join('')).toContain('/webhooks/1250000000000000002/[REDACTED]/messages/@original');
  });

  it('redacts the token in known fields and anywhere else it shows up', () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.abcdef.secret-part-of-token';
    const logger = createLogger({ level: 'info', secrets: [token], destination });
    logger.info({ token, headers: { authorization: `Bot ${token}` } }, 'login');
    logger.error({ err: new Error(`request failed with ${token}`) }, `message mentioning ${token}`);
    expect(lines).toHaveLength(2);
    expect(lines.join('')).not.toContain('secret-part-of-token');
    expect(lines.join('')).toContain('[REDACTED]');
  });
});
