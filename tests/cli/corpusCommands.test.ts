// `sources` and `passages` from the command line: their JSON shapes, human output and errors.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { runCliCaptured } from '../helpers/runCliCaptured.js';
import { documentFile, writeTempCorpus } from '../helpers/tempCorpus.js';

describe('cli sources', () => {
  it('lists every document with only the metadata it states, and its passage count', async () => {
    const { exitCode, stdout } = await runCliCaptured(['sources', '--json']);
    expect(exitCode).toBe(0);
    const { documents } = JSON.parse(stdout);
    expect(documents.length).toBeGreaterThanOrEqual(14);
    const essay = documents.find((d: { id: string }) => d.id === 'revolutionary-diplomacy-costs-achievements');
    expect(essay).toEqual({
      id: 'revolutionary-diplomacy-costs-achievements',
      title: 'A Revolutionary Diplomacy; the Costs and Achievements',
      type: 'essay',
      author: 'Bahar Irani',
      publisher: 'Mojahedin.ws',
      date: '2006-09-12',
      seed: '004_056a3fbbc578d257.txt',
      passages: expect.any(Number),
    });
    const transcript = documents.find((d: { id: string }) => d.id === 'rajavi-haboush-tapes');
    expect(Object.keys(transcript).sort()).toEqual(['id', 'passages', 'seed', 'title', 'type']);
  });

  it('prints a readable listing', async () => {
    const { stdout } = await runCliCaptured(['sources']);
    expect(stdout).toContain('rajavi-haboush-tapes  (transcript, ');
    expect(stdout).toMatch(/\d+ documents, \d+ passages\n$/);
  });
});

describe('cli passages', () => {
  it('prints every passage with location and source in the documented shape', async () => {
    const { exitCode, stdout } = await runCliCaptured(['passages', '--json']);
    expect(exitCode).toBe(0);
    const { passages } = JSON.parse(stdout);
    const turn = passages.find((p: { id: string }) => p.id === 'rajavi-haboush-tapes:1');
    expect(turn).toEqual({
      id: 'rajavi-haboush-tapes:1',
      document: 'rajavi-haboush-tapes',
      text: expect.stringMatching(/^I congratulate you for Eid\./),
      location: { paragraph: 1, speaker: 'Haboush' },
      source: {
        title: "English Transcript of Videotaped Meetings Between Massoud Rajavi and the Head of Saddam's Intelligence Services",
        seed: '000_28215f0dd03ffdb3.txt',
      },
    });
    expect(passages.some((p: { notes?: string[] }) => p.notes?.length)).toBe(true);
  });

  it('shows the quote, its attribution line and its id to a human', async () => {
    const { stdout } = await runCliCaptured(['passages']);
    expect(stdout).toContain('“I congratulate you for Eid.');
    expect(stdout).toContain('  — Haboush, English Transcript of Videotaped Meetings');
    expect(stdout).toContain('  id: rajavi-haboush-tapes:1\n');
  });
});

describe('cli errors', () => {
  it('exits 2 with one line for an unknown command or option', async () => {
    for (const argv of [['nonsense'], ['sources', '--bogus'], []]) {
      const { exitCode, stderr } = await runCliCaptured(argv);
      expect(exitCode).toBe(2);
      expect(stderr.trim().split('\n').length).toBeLessThanOrEqual(1);
    }
  });

  it('exits 1 naming the file and line of a malformed corpus', async () => {
    const dir = await writeTempCorpus({ 'bad.txt': documentFile('bad', 'text', 'colour: red\n') });
    const { exitCode, stderr } = await runCliCaptured(['sources'], { corpusDir: dir });
    expect(exitCode).toBe(1);
    expect(stderr).toContain('documents/bad.txt:6: unknown field "colour"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('runs as `npm run cli` does, honouring CORPUS_DIR, with no stack trace', async () => {
    const dir = await writeTempCorpus({ 'bad.txt': '---\n' });
    const run = promisify(execFile);
    const error = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sources'], {
      cwd: projectRoot,
      env: { ...process.env, CORPUS_DIR: dir },
    }).then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toContain('documents/bad.txt:1: the header is not closed');
    expect(error?.stderr).not.toMatch(/\n\s+at /);
  });
});
