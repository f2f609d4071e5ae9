// A taken PLAYGROUND_PORT is said plainly, before anything else of the playground starts.
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPlayground } from '../../src/playground/startPlayground.js';

describe('a playground port already in use', () => {
  const taken = createServer();
  let port: number;

  beforeAll(async () => {
    taken.listen(0, '127.0.0.1');
    await once(taken, 'listening');
    port = (taken.address() as AddressInfo).port;
  });

  afterAll(() => new Promise((resolve) => taken.close(resolve)));

  it('stops with what to do, before loading anything (a missing corpus is not reached) or printing the address', async () => {
    const printed: string[] = [];
    const env = { LOG_LEVEL: 'silent', CORPUS_DIR: '/nonexistent/verbatim-corpus', PLAYGROUND_PORT: String(port) };
    await expect(startPlayground({ env, print: (line) => printed.push(line), stopOnSignals: false })).rejects.toThrow(
      `port ${port} is in use: set PLAYGROUND_PORT to another port (0 picks a free one)`,
    );
    expect(printed).toEqual([]);
  });
});
