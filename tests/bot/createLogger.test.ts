// Logging: the token never reaches a log line, wherever it appears.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/bot/createLogger.js';

describe('createLogger', () => {
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
