// `quote` and `context`: the same words back for a pasted id, neighbours in reading order, clear errors.
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/runCliCaptured.js';

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
    expect(passages.map((p: { id: string }) => p.id)).toEqual(['rajavi-haboush-tapes:1', 'rajavi-haboush-tapes:2', 'rajavi-haboush-tapes:3']);
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
