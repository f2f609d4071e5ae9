// /reload on plain data: reports the swap, or keeps the old corpus and shows the problems, fitted to one message.
import { describe, expect, it } from 'vitest';
import { reload } from '../../commands/reload.js';
import { CorpusError } from '../../src/corpus/loadCorpus.js';
import { reloadReport } from '../../src/library/reloadReport.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { commandContext, fixtureIndex, payloadOf } from './commandContext.js';

const failing = (error: Error) =>
  commandContext({ reload: async () => [await reloadReport({ current: fixtureIndex, reload: async () => ({ ok: false, error }) })] });
const stamp = fixtureIndex.fingerprint.slice(0, 8);

describe('/reload', () => {
  it('is for server managers only, and answers privately after deferring', () => {
    expect(reload.data).toMatchObject({ default_member_permissions: '32' });
    expect(reload.defers).toBe(true);
  });

  it('reports the corpus it now serves', async () => {
    const payload = await payloadOf(reload.run({ options: {} }, commandContext()));
    expect(payload).toMatchObject({
      flags: 64,
      content: `Reloaded: 3 documents, 6 passages; unchanged (corpus ${fixtureIndex.fingerprint.slice(0, 8)}).`,
    });
  });

  it('shows every problem with its file and line while the old corpus keeps serving', async () => {
    const error = new CorpusError([
      { file: 'documents/a.txt', line: 3, message: 'unknown field "colour"' },
      { file: '/srv/verbatim/corpus/documents', line: 0, message: 'cannot read the documents folder' },
    ]);
    const content = (await payloadOf(reload.run({ options: {} }, failing(error)))).content!;
    expect(content).toContain(`keeps serving corpus ${fixtureIndex.fingerprint.slice(0, 8)}`);
    expect(content).toContain('documents/a.txt:3: unknown field "colour"\ndocuments:0: cannot read the documents folder');
    expect(content).not.toContain('/srv');
  });

  it('fits a long list of problems into one message, saying how many are left out', async () => {
    const problems = Array.from({ length: 500 }, (_, i) => ({ file: `documents/${i}.txt`, line: i, message: '`x`'.repeat(200) }));
    const content = (await payloadOf(reload.run({ options: {} }, failing(new CorpusError(problems))))).content!;
    expect(content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(content).toMatch(/…and \d+ more\n```$/u);
  });

  it('reports each shard of a sharded bot on its own line, and the problems once', async () => {
    const ok = { ok: true as const, documents: 3, passages: 6, before: stamp, after: 'abcdef12' };
    const both = commandContext({
      reload: async () => [
        { ...ok, shard: 0 },
        { ...ok, shard: 1 },
      ],
    });
    expect((await payloadOf(reload.run({ options: {} }, both))).content).toBe(
      `Shard 0: Reloaded: 3 documents, 6 passages; corpus ${stamp} → abcdef12.\nShard 1: Reloaded: 3 documents, 6 passages; corpus ${stamp} → abcdef12.`,
    );
    const broken = { ok: false as const, before: stamp, problems: ['documents/a.txt:3: unknown field "colour"'] };
    const split = commandContext({
      reload: async () => [
        { ...broken, shard: 0 },
        { ...broken, shard: 1 },
      ],
    });
    expect((await payloadOf(reload.run({ options: {} }, split))).content).toBe(
      `Shard 0: The corpus on disk has problems, so Verbatim keeps serving corpus ${stamp}.\nShard 1: The corpus on disk has problems, so Verbatim keeps serving corpus ${stamp}.\nFix these and run /reload again:\n\`\`\`\ndocuments/a.txt:3: unknown field "colour"\n\`\`\``,
    );
  });

  it('does not show the details of an unexpected failure', async () => {
    const content = (await payloadOf(reload.run({ options: {} }, failing(new Error('EACCES: /srv/secret'))))).content!;
    expect(content).not.toContain('/srv');
    expect(content).toContain('the corpus could not be read');
  });
});
