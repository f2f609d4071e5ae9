// `quote` and `context`: the same words back for a pasted id, neighbours in reading order, clear errors.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/runCliCaptured.js';
import { documentFile, writeTempCorpus } from '../helpers/tempCorpus.js';

describe('cli quote', () => {
  it('gives back the passage for an id pasted with odd case and punctuation', async () => {
    const { exitCode, stdout } = await runCliCaptured(['quote', '“Rajavi-Haboush-Tapes:3.”', '--json']);
    expect(exitCode).toBe(0);
    const passage = JSON.parse(stdout);
    expect(passage.id).toBe('rajavi-haboush-tapes:3');
    expect(passage.text).toMatch(/^The inspectors have started their work\./u);
    expect(passage.location.speaker).toBe('Rajavi');
  });

  it('shows resolved footnotes to a human', async () => {
    const { stdout } = await runCliCaptured(['quote', 'revolutionary-diplomacy-costs-achievements:12']);
    expect(stdout).toContain('note [5] Ibid, 15. = Nyabati Bijan;');
  });

  it('exits 2 naming an unknown id', async () => {
    const { exitCode, stderr } = await runCliCaptured(['quote', 'no-such-document:1']);
    expect(exitCode).toBe(2);
    expect(stderr).toBe('verbatim: no passage "no-such-document:1"; ids look like rajavi-haboush-tapes:3\n');
  });
});

describe('cli context', () => {
  it('returns the neighbours in reading order, bounded by the document', async () => {
    const { stdout } = await runCliCaptured(['context', 'rajavi-haboush-tapes:2', '--before', '5', '--after', '1', '--json']);
    const { target, passages } = JSON.parse(stdout);
    expect(target).toBe('rajavi-haboush-tapes:2');
    expect(passages.map((p: { id: string }) => p.id)).toEqual([
      'rajavi-haboush-tapes:1',
      'rajavi-haboush-tapes:2',
      'rajavi-haboush-tapes:3',
    ]);
  });

  it('marks the target for a human', async () => {
    const { stdout } = await runCliCaptured(['context', 'rajavi-haboush-tapes:70', '--before', '1']);
    expect(stdout.match(/^▶ /gmu)).toHaveLength(1);
    expect(stdout).toContain('▶ “The end of the second 45 minutes of the first tape”');
  });

  it('refuses counts out of range', async () => {
    const { exitCode, stderr } = await runCliCaptured(['context', 'rajavi-haboush-tapes:2', '--after', '11']);
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--after takes a whole number from 0 to 10');
  });
});

describe('an old, renumbered id', () => {
  async function renumbered(): Promise<string> {
    const dir = await writeTempCorpus({ 'a.txt': documentFile('a', 'First words.\n\nSecond words.') });
    await writeFile(path.join(dir, 'aliases.txt'), '# renumbered\na:3 => a:2  # paragraphs joined\n');
    return dir;
  }
  const RENAMED = '`a:3` is now `a:2` (the passage was renumbered).\n';

  it('quote, context, cite and search give the passage under its id now, with a line saying so', async () => {
    const corpusDir = await renumbered();
    for (const argv of [
      ['quote', 'a:3'],
      ['context', 'a:3', '--before', '0', '--after', '0'],
      ['cite', 'a:3', '--style', 'apa'],
      ['search', 'a:3'],
    ]) {
      const { exitCode, stdout } = await runCliCaptured(argv, { corpusDir });
      expect(exitCode, argv[0]).toBe(0);
      expect(stdout.startsWith(RENAMED), argv[0]).toBe(true);
      expect(stdout, argv[0]).toMatch(/Second words\.|Passage a:2/u);
    }
  });

  it('names the old id in JSON as renamedFrom, beside the id now', async () => {
    const corpusDir = await renumbered();
    expect(JSON.parse((await runCliCaptured(['quote', 'a:3', '--json'], { corpusDir })).stdout)).toMatchObject({
      id: 'a:2',
      renamedFrom: 'a:3',
    });
    expect(JSON.parse((await runCliCaptured(['context', 'a:3', '--json'], { corpusDir })).stdout)).toMatchObject({
      target: 'a:2',
      renamedFrom: 'a:3',
    });
    expect(JSON.parse((await runCliCaptured(['cite', 'a:3', '--json'], { corpusDir })).stdout)).toMatchObject({
      id: 'a:2',
      renamedFrom: 'a:3',
    });
  });
});
