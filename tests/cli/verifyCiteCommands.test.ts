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
    const place = { id: 'rajavi-haboush-tapes:11', before: 'The believer would' };
    expect(result.matches[0].diff).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: 'never', place: { ...place, after: 'not be beaten' } },
        { op: 'insert', text: 'not', place: { ...place, after: 'be beaten in' } },
      ]),
    );
  });

  it('finds a quotation that runs across two passages', async () => {
    const result = await verify('We are alright for land. The place that the inspectors are staying is far from here.');
    expect(result.verdict).toBe('exact');
    expect(result.matches[0].ids).toEqual(['rajavi-haboush-tapes:1', 'rajavi-haboush-tapes:2']);
  });

  it('names every passage and speaker of a quotation of two speakers’ words, for people and for scripts', async () => {
    const quotation = 'The military say the best defence is an attack. Their best attack is a defence.';
    const { stdout } = await runCliCaptured(['verify', quotation]);
    expect(stdout).toMatch(
      /^Exact: the corpus has these words, across 2 passages: rajavi-haboush-tapes:46 \(General Saber\) and rajavi-haboush-tapes:47 \(Abrishamchi\)\.\n“The military say the best defence is an attack\.”\n {2}— General Saber, /u,
    );
    expect(stdout).toMatch(/\n“Their best attack is a defence\.”\n {2}— Abrishamchi, [^]*\n {2}id: rajavi-haboush-tapes:47\n/u);
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
      passages: [
        { id: 'rajavi-haboush-tapes:27', speaker: 'Rajavi', quoted: ['Mr President has honoured all of them', 'it encourages me.'] },
      ],
      gaps: [{ kind: 'omission', mark: '…', text: 'and this is something for me to be proud of and', ids: ['rajavi-haboush-tapes:27'] }],
    });
  });

  it('says not found for words the corpus does not have', async () => {
    expect(await verify('Rajavi said he never met any Iraqi official at all.')).toEqual({ verdict: 'not_found', matches: [] });
  });

  it('explains the near differences to a human, each with its place', async () => {
    const { stdout } = await runCliCaptured(['verify', 'The believer would never be beaten in the same place twice.']);
    expect(stdout.split('\n').slice(1, 3)).toEqual([
      '  quotation has: “never” — rajavi-haboush-tapes:11, between “The believer would” and “not be beaten”',
      '  document has: “not” — rajavi-haboush-tapes:11, between “The believer would” and “be beaten in”',
    ]);
    expect(stdout).toContain('id: rajavi-haboush-tapes:11');
  });

  it('takes single quotes inside a quotation for the document’s double ones', async () => {
    const quotation =
      'Saddam armed the MEK near the end of the Iran conflict ‘with heavy military equipment and deployed thousands of MEK fighters in suicidal, mass wave attacks against Iranian forces.’';
    const { stdout } = await runCliCaptured(['verify', quotation]);
    expect(stdout).toMatch(
      /^Exact: the corpus has these words, in mek-alliance-with-former-iraqi-dictator:37 \(Council on Foreign Relations\)\.\n/u,
    );
  });

  it('calls an ellipsis that leaves out nothing exact, saying it stands for nothing', async () => {
    const quotation =
      'Mr President has honoured all of them and this is something for me to be proud of and it encourages me. … With those positions that we meet';
    const { stdout } = await runCliCaptured(['verify', quotation]);
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'Exact: the corpus has these words, across 2 passages: rajavi-haboush-tapes:27 (Rajavi) and rajavi-haboush-tapes:28 (Rajavi).',
      '  … stands for nothing: the words either side of it are consecutive in the document',
    ]);
    expect(stdout).not.toMatch(/omission|leaves out/u);
  });

  it('says which of two ellipses leaves words out and which stands for nothing', async () => {
    const { stdout } = await runCliCaptured([
      'verify',
      'Mr President has honoured all of them … it encourages me. … With those positions that we meet',
    ]);
    expect(stdout.split('\n').slice(0, 3)).toEqual([
      "Exact, with omissions: the quotation's own words are the corpus's, in order, across 2 passages: rajavi-haboush-tapes:27 (Rajavi) and rajavi-haboush-tapes:28 (Rajavi).",
      '  … after “all of them” leaves out “and this is something for me to be proud of and”',
      '  … after “it encourages me.” stands for nothing: the words either side of it are consecutive in the document',
    ]);
  });

  it('calls words either side of a heading near, saying they are split by it and where', async () => {
    const { stdout } = await runCliCaptured(['verify', 'whatever it takes. Peter Hain, a British politician, said']);
    expect(stdout).toMatch(
      /\nNear \(\d+% similar\), across 2 passages: mek-alliance-with-former-iraqi-dictator:39 \(Ben Wallace\) and mek-alliance-with-former-iraqi-dictator:40\. The words are split by a heading \(“Supporting Saddam in Iran-Iraq war”\): the document has them in different sections, so they are not one quotation\. Differences:\n {2}a heading of the document comes between the words: “Supporting Saddam in Iran-Iraq war” — mek-alliance-with-former-iraqi-dictator:40, before “Peter Hain, a”\n/u,
    );
    expect(stdout).not.toMatch(/^Exact/mu);
  });

  it('shows an insertion in the passage as the document’s words and the quotation’s', async () => {
    const { stdout } = await runCliCaptured([
      'verify',
      'Until the recent war in Iraq, [the MEK] were allied with the government of Saddam Hussein',
    ]);
    expect(stdout.split('\n').slice(1, 3)).toEqual([
      "  [the MEK] is the quotation's own; the document has “they” there",
      '“Until the recent war in Iraq, {they → [the MEK]} were allied with the government of Saddam Hussein”',
    ]);
    expect((await verify('Until the recent war in Iraq, [the MEK] were allied')).matches[0].gaps).toEqual([
      {
        kind: 'insertion',
        mark: '[the MEK]',
        follows: 'war in Iraq,',
        text: 'they',
        ids: ['mek-alliance-with-former-iraqi-dictator:47'],
        offsets: [[30, 34]],
      },
    ]);
  });

  it('matches a footnote only as its document writes it, never an "Ibid." note’s resolution', async () => {
    const quotation = 'A distinct look at Mojahedin’s internal revolution, slightly from inside, slightly from outside';
    const { stdout } = await runCliCaptured(['verify', quotation]);
    expect(stdout).toMatch(/^Exact — in note \[1\] of revolutionary-diplomacy-costs-achievements:3: /u);
    expect(stdout.match(/^Exact/gmu)).toHaveLength(1);
    expect((await verify(quotation)).matches.map((match: { note?: { marker: string } }) => match.note?.marker)).toEqual(['[1]']);
  });

  it('says how many places have a quotation before listing them all', async () => {
    const { stdout } = await runCliCaptured(['verify', 'the Iran-Iraq war']);
    expect(stdout).toMatch(/^Found in 4 places\.\n\n/u);
    expect(stdout.match(/^Exact: /gmu)).toHaveLength(4);
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
