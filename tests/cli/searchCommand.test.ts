// `search` from the command line: the JSON shape, filters, batch mode, and any query answered normally.
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../helpers/runCliCaptured.js';

const HOSTILE = [
  '',
  '   ',
  ':',
  '~',
  '^',
  '+',
  '-',
  '*',
  'rajavi~100',
  '*a*',
  'title:Saddam',
  'nofield:x',
  '"',
  '"unclosed',
  '🙂🙂',
  'صدام حسین',
  '\u0000\u0007\u001b[31m',
  'a'.repeat(10_000),
  '+-~^*:',
  'Saddam^10 -',
  '-"a b"',
];

describe('cli search', () => {
  it('finds a paragraph continuing a turn by its speaker, shown as continuing', async () => {
    const { stdout } = await runCliCaptured(['search', 'Camp Ashraf', '--speaker', 'Dalton']);
    expect(stdout).toContain('  — Richard Dalton (continuing), An interview with UK’s ambassador to Tehran,');
    expect(stdout).toContain('id: interview-with-uk-ambassador-to-tehran:5\n');
    expect(stdout).toMatch(/\n1 of 1 matching passages/u);
  });

  it('returns ranked passages with highlights and sources in the documented shape', async () => {
    const { exitCode, stdout } = await runCliCaptured(['search', 'Camp Ashraf', '--json', '--limit', '3']);
    expect(exitCode).toBe(0);
    const { query, results } = JSON.parse(stdout);
    expect(query).toBe('Camp Ashraf');
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(Object.keys(result)).toEqual(expect.arrayContaining(['id', 'document', 'text', 'score', 'highlights', 'location', 'source']));
      for (const [start, end] of result.highlights) expect(result.text.slice(start, end).toLowerCase()).toMatch(/^(camp|ashraf)$/u);
    }
    expect(results[0].text).toContain('Camp Ashraf');
  });

  it('applies filters', async () => {
    const { stdout } = await runCliCaptured(['search', 'President', '--speaker', 'general saber', '--json', '--limit', '100']);
    const { results } = JSON.parse(stdout);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r: { location: { speaker: string } }) => r.location.speaker === 'General Saber')).toBe(true);
    const dated = JSON.parse((await runCliCaptured(['search', 'MKO', '--from', '2005-08-15', '--to', '2005-08-31', '--json'])).stdout);
    expect(dated.results.length).toBeGreaterThan(0);
    expect(dated.results.every((r: { source: { date: string } }) => r.source.date >= '2005-08-15')).toBe(true);
  });

  it('answers a batch of queries one JSON line each, in order', async () => {
    const input = ['Camp Ashraf', '', 'rajavi~100', 'Tariq Aziz'].join('\n') + '\n';
    const { exitCode, stdout } = await runCliCaptured(['search', '--batch', '--limit', '2'], { input });
    expect(exitCode).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual(['Camp Ashraf', '', 'rajavi~100', 'Tariq Aziz']);
    expect(lines[1].results).toEqual([]);
    expect(lines[3].results[0].text).toContain('Tariq Aziz');
  });

  it('answers every hostile query normally', async () => {
    for (const query of HOSTILE) {
      const { exitCode, stdout, stderr } = await runCliCaptured(['search', '--json', '--', query]);
      expect(stderr, JSON.stringify(query.slice(0, 20))).toBe('');
      expect(exitCode).toBe(0);
      expect(Array.isArray(JSON.parse(stdout).results)).toBe(true);
    }
  });

  it('prints a readable answer, or says nothing matched', async () => {
    expect((await runCliCaptured(['search', 'Camp Ashraf', '--limit', '1'])).stdout).toMatch(
      /^“.*Camp Ashraf.*”\n {2}— .*\n(.*\n)* {2}id: [a-z-]+:\d+\n\n1 of \d+ matching passages\n$/u,
    );
    expect((await runCliCaptured(['search', 'zzzzqqq'])).stdout).toBe('No passage matches "zzzzqqq".\n');
  });

  it('says when a query shaped like an id names no passage, and gives the total in JSON', async () => {
    expect((await runCliCaptured(['search', 'rajavi-haboush-tapes:999', '--limit', '1'])).stdout).toMatch(
      /^There is no passage rajavi-haboush-tapes:999; these passages match its words\.\n\n“/u,
    );
    const { total, results } = JSON.parse((await runCliCaptured(['search', 'Camp Ashraf', '--json', '--limit', '2'])).stdout);
    expect(results).toHaveLength(2);
    expect(total).toBeGreaterThan(2);
  });

  it('reads filters the way people type them, and says how when it was in part', async () => {
    const { stdout } = await runCliCaptured(['search', 'inspectors', '--speaker', 'Massoud Rajavi', '--limit', '1']);
    expect(stdout).toMatch(/\n1 of \d+ matching passages \(--speaker "Massoud Rajavi" read as Rajavi\)\n$/u);
    const json = JSON.parse(
      (await runCliCaptured(['search', 'Rajavi', '--author', 'irani', '--document', 'diplomacy', '--json', '--limit', '100'])).stdout,
    );
    expect(json.results.length).toBeGreaterThan(0);
    expect(new Set(json.results.map((r: { document: string }) => r.document))).toEqual(
      new Set(['revolutionary-diplomacy-costs-achievements']),
    );
  });

  it('exits 2 with one line on stderr when a filter matches nothing or several things, or the filters exclude each other', async () => {
    const cases: [string[], string][] = [
      [['--speaker', 'Dalten'], 'verbatim: --speaker "Dalten" matches no speaker; try: Richard Dalton\n'],
      [['--type', 'new'], 'verbatim: --type "new" matches 2 types: news, newsletter; give one of them\n'],
      [
        ['--document', 'MKO', '--author', 'Irany'],
        'verbatim: --document "MKO" matches 4 documents: al-rubaie-put-the-mko-on-trial, all-mko-say-are-pure-lies, british-embassy-denies-visit-of-mko-leader, three-mko-defectors-joined-their-families; give one of them; --author "Irany" matches no author; try: Bahar Irani\n',
      ],
      [['--from', '2005-13'], 'verbatim: --from "2005-13": --from takes a date like 2005, 2005-08 or 2005-08-23\n'],
      [['--from', '2006', '--to', '2005'], 'verbatim: no passage is within all of these filters at once; leave one out\n'],
      [
        ['--from', '2009-12', '--to', '2009-12'],
        'verbatim: no document is dated within these dates (the date filters read the date each document states, not the dates of statements it quotes)\n',
      ],
      [
        ['--speaker', 'Rajavi', '--document', 'diplomacy'],
        'verbatim: no passage is within all of these filters at once (--document "diplomacy" read as A Revolutionary Diplomacy; the Costs and Achievements); leave one out\n',
      ],
    ];
    for (const [options, message] of cases) {
      for (const mode of [[], ['--json'], ['--batch']]) {
        const { exitCode, stdout, stderr } = await runCliCaptured(
          ['search', ...(mode[0] === '--batch' ? [] : ['Rajavi']), ...options, ...mode],
          { input: 'Rajavi\n' },
        );
        expect([options, mode, exitCode, stdout, stderr]).toEqual([options, mode, 2, '', message]);
      }
    }
  });

  it('exits 2 on bad options', async () => {
    for (const argv of [['search'], ['search', 'x', '--from', 'last week'], ['search', 'x', '--limit', '0'], ['search', '--batch', 'x']]) {
      const { exitCode, stderr } = await runCliCaptured(argv);
      expect(exitCode, argv.join(' ')).toBe(2);
      expect(stderr).toMatch(/^verbatim: .+\n$/u);
    }
  });

  it('finds the passage carrying a footnote by the note’s words, saying it matched in the note', async () => {
    const { stdout } = await runCliCaptured(['search', 'Hamid Shokat interview', '--limit', '1']);
    expect(stdout).toMatch(/id: revolutionary-diplomacy-costs-achievements:17\n {2}\(Matched in note \[7\]\.\)\n/u);
    const { results } = JSON.parse((await runCliCaptured(['search', 'Hamid Shokat interview', '--limit', '1', '--json'])).stdout);
    expect(results[0]).toMatchObject({
      id: 'revolutionary-diplomacy-costs-achievements:17',
      matchedIn: ['note'],
      noteHighlights: [{ note: 0 }],
    });
  });
});
