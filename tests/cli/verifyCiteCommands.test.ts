// `verify` and `cite` from the command line, on the real corpus.
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/runCliCaptured.js';

const verify = async (text: string) => JSON.parse((await runCliCaptured(['verify', '--json', '--', text])).stdout);

describe('cli verify', () => {
  it('finds an exact quotation despite curly quotes, case and spacing', async () => {
    const result = await verify('  “the believer would NOT be beaten in the same   place twice.”');
    expect(result.verdict).toBe('exact');
    expect(result.matches[0]).toMatchObject({ id: 'rajavi-haboush-tapes:11', similarity: 1 });
  });

  it('finds a near quotation and shows the changed word', async () => {
    const result = await verify('The believer would never be beaten in the same place twice.');
    expect(result.verdict).toBe('near');
    expect(result.matches[0].id).toBe('rajavi-haboush-tapes:11');
    expect(result.matches[0].diff).toEqual(expect.arrayContaining([{ op: 'delete', text: 'never' }, { op: 'insert', text: 'not' }]));
  });

  it('finds a quotation that runs across two passages', async () => {
    const result = await verify('We are alright for land. The place that the inspectors are staying is far from here.');
    expect(result.verdict).toBe('exact');
    expect(result.matches[0].ids).toEqual(['rajavi-haboush-tapes:1', 'rajavi-haboush-tapes:2']);
  });

  it('says not found for words the corpus does not have', async () => {
    expect(await verify('Rajavi said he never met any Iraqi official at all.')).toEqual({ verdict: 'not_found', matches: [] });
  });

  it('explains the near differences to a human', async () => {
    const { stdout } = await runCliCaptured(['verify', 'The believer would never be beaten in the same place twice.']);
    expect(stdout).toContain('quotation has: “never”');
    expect(stdout).toContain('document has: “not”');
    expect(stdout).toContain('id: rajavi-haboush-tapes:11');
  });
});

describe('cli cite', () => {
  it('cites in each style with only stated metadata', async () => {
    for (const style of ['chicago', 'apa', 'mla', 'bibtex', 'ris', 'csl-json']) {
      const { exitCode, stdout } = await runCliCaptured(['cite', 'rajavi-haboush-tapes:11', '--style', style]);
      expect(exitCode).toBe(0);
      expect(stdout).toContain('Passage rajavi-haboush-tapes:11');
      expect(stdout).not.toMatch(/undefined|null|\(\)|\[\]/u);
    }
  });

  it('exits 2 for an unknown style or id', async () => {
    expect((await runCliCaptured(['cite', 'rajavi-haboush-tapes:11', '--style', 'harvard'])).exitCode).toBe(2);
    expect((await runCliCaptured(['cite', 'nope:9'])).exitCode).toBe(2);
  });
});
