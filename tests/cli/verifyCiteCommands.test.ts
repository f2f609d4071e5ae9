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

  it('names every passage and speaker of a quotation of two speakers’ words, for people and for scripts', async () => {
    const quotation = 'The military say the best defence is an attack. Their best attack is a defence.';
    const { stdout } = await runCliCaptured(['verify', quotation]);
    expect(stdout).toMatch(/^Exact: the corpus has these words, across 2 passages: rajavi-haboush-tapes:46 \(General Saber\) and rajavi-haboush-tapes:47 \(Abrishamchi\)\.\n“The military say the best defence is an attack\.”\n  — General Saber, /u);
    expect(stdout).toMatch(/\n“Their best attack is a defence\.”\n  — Abrishamchi, [^]*\n  id: rajavi-haboush-tapes:47\n/u);
    expect((await verify(quotation)).matches[0].passages).toEqual([
      { id: 'rajavi-haboush-tapes:46', speaker: 'General Saber', quoted: ['The military say the best defence is an attack.'] },
      { id: 'rajavi-haboush-tapes:47', speaker: 'Abrishamchi', quoted: ['Their best attack is a defence.'] },
    ]);
  });

  it('calls a quotation with an ellipsis exact, with omissions, and shows what it leaves out and where', async () => {
    const quotation = 'Mr President has honoured all of them … it encourages me.';
    const { stdout } = await runCliCaptured(['verify', quotation]);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      "Exact, with omissions: the quotation's own words are the corpus's, in order, in rajavi-haboush-tapes:27 (Rajavi).",
      '  … leaves out “and this is something for me to be proud of and”',
      '“Mr President has honoured all of them […] it encourages me.”',
    ]);
    const result = await verify(quotation);
    expect(result.verdict).toBe('exact_edited');
    expect(result.matches[0]).toMatchObject({
      passages: [{ id: 'rajavi-haboush-tapes:27', speaker: 'Rajavi', quoted: ['Mr President has honoured all of them', 'it encourages me.'] }],
      gaps: [{ kind: 'omission', mark: '…', text: 'and this is something for me to be proud of and', ids: ['rajavi-haboush-tapes:27'] }],
    });
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

  it('recognizes a quotation from a footnote, labelled as the note of the passage that carries it', async () => {
    const { stdout } = await runCliCaptured(['verify', 'An internal look at the left move in Iran']);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      "Exact — in note [7] of revolutionary-diplomacy-costs-achievements:17: the corpus has these words in a footnote, not in the passage's own text.",
      '  note [7] An internal look at the left move in Iran',
      'The passage that carries the note:',
    ]);
    const result = await verify('An internal look at the left move in Iran');
    expect(result.matches[0]).toMatchObject({
      id: 'revolutionary-diplomacy-costs-achievements:17',
      note: { marker: '[7]', text: expect.stringMatching(/^\[7\] An internal look/u) },
      passages: [{ id: 'revolutionary-diplomacy-costs-achievements:17', quoted: ['An internal look at the left move in Iran'] }],
    });
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
