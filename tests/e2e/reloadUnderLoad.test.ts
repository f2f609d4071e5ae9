// /reload of a large corpus on the real bot: built off the thread that answers Discord, so another user's interactions
// meanwhile are all acknowledged before Discord's 3 s deadline (the stand-in refuses a later callback with 10062).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { growCorpus } from '../bench/syntheticCorpus.js';
import { chatInputInteraction, defaultUser, type InteractionHandle } from '../../src/localDiscord/index.js';
import { documentFile } from '../helpers/tempCorpus.js';
import { writeCorpus } from '../helpers/writeCorpus.js';
import { startBotProcess, type BotProcess } from './botProcess.js';

/** Enough passages that loading and indexing them takes seconds. */
const PASSAGES = 30_000;

let bot: BotProcess;
let corpusDir: string;

beforeAll(async () => {
  corpusDir = await mkdtemp(path.join(tmpdir(), 'verbatim-large-'));
  await writeCorpus(growCorpus(await loadCorpus(defaultCorpusDir), PASSAGES), corpusDir);
  bot = await startBotProcess({ CORPUS_DIR: corpusDir }, { waitTimeoutMs: 30_000 });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await rm(corpusDir, { recursive: true, force: true });
});

it('keeps acknowledging another user within 3 s while a large corpus reloads, then says what it serves', async () => {
  await writeFile(path.join(corpusDir, 'documents', 'zz-added.txt'), documentFile('zz-added', 'A paragraph added before the reload.'));
  const reload = bot.discord.sendInteraction(chatInputInteraction('reload'));
  const others: InteractionHandle[] = [];
  const reloaded = reload.waitForRequests(2);
  let done = false;
  void reloaded.finally(() => (done = true));
  while (!done) {
    const other = bot.discord.sendInteraction(
      chatInputInteraction('quote', { 'id-or-words': 'rajavi-haboush-tapes:3' }, { user: defaultUser('1250000000000000777') }),
    );
    others.push(other);
    // Rejects at once if Discord would have refused the callback as too late.
    await other.waitForCallback();
    await delay(100);
  }
  const [, edit] = await reloaded;
  expect((edit!.body as { content: string }).content).toMatch(
    new RegExp(`^Reloaded: \\d+ documents, ${PASSAGES + 1} passages; corpus [0-9a-f]{8} → [0-9a-f]{8}\\.$`, 'u'),
  );
  // The reload took long enough that interactions overlapped it.
  expect(others.length).toBeGreaterThan(5);
  expect(bot.discord.unexpectedRequests()).toEqual([]);
}, 60_000);
