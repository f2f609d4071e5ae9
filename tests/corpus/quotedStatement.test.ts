// Quoted statements in the corpus format: the fence marks who, when and where, and the loader refuses anything the
// introducing sentence (or the quotation's footnote) does not state.
import { describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/corpus/loadCorpus.js';
import { datePhrases, writtenDate } from '../../src/corpus/writtenDate.js';
import { documentFile, writeTempCorpus } from '../helpers/tempCorpus.js';

const INTRO = 'Ben Wallace, a British politician, said December 4, 2009:';
const QUOTE = 'At home, we are faced with pressure.';

async function load(body: string) {
  return loadCorpus(await writeTempCorpus({ 'a.txt': documentFile('a', body) }));
}

async function problemsOf(body: string): Promise<string[]> {
  const error = await load(body).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CorpusError);
  return (error as CorpusError).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
}

const fenced = (info: string, intro = INTRO, quote = QUOTE) => `${intro}\n\n::: statement ${info}\n\n${quote}\n\nMore of it.\n\n:::\n\nThe author again.`;

describe('quoted statements', () => {
  it('give every paragraph of the quotation the stated speaker, date and work, and nothing to the others', async () => {
    const corpus = await load(fenced('speaker="Ben Wallace" date=2009-12-04'));
    expect(corpus.passages.map((p) => [p.text, p.location.speaker, p.location.speakerFrom, p.location.statement])).toEqual([
      [INTRO, undefined, undefined, undefined],
      [QUOTE, 'Ben Wallace', 'statement', { speaker: 'Ben Wallace', date: '2009-12-04', introduction: 'a:1' }],
      ['More of it.', 'Ben Wallace', 'statement', { speaker: 'Ben Wallace', date: '2009-12-04', introduction: 'a:1' }],
      ['The author again.', undefined, undefined, undefined],
    ]);
  });

  it('refuse a speaker, date or work that the introduction does not state, naming the file and line', async () => {
    expect(await problemsOf(fenced('speaker="Peter Hain" date=2009-12-05 work="Global Terrorism"'))).toEqual([
      'documents/a.txt:9: statement speaker "Peter Hain", work "Global Terrorism", date 2009-12-05 not stated by the paragraph introducing it (line 7) or by a footnote the quotation carries',
    ]);
    // Part of a name is not the name: a fuller one than stated would be invented.
    expect(await problemsOf(fenced('speaker="Ben Wallace MP"'))).toHaveLength(1);
  });

  it('accept the date in any way prose states it, and a name, work and date stated by the footnote the quotation carries', async () => {
    for (const intro of ['Ben Wallace said on 4 December 2009:', 'On December 4th, 2009, Ben Wallace said:', 'Ben Wallace (2009-12-04):']) {
      const corpus = await load(fenced('speaker="Ben Wallace" date=2009-12-04', intro));
      expect(corpus.passages[1]?.location.statement?.date).toBe('2009-12-04');
    }
    const noted = await load(
      'He assumes that it failed:\n\n::: statement speaker="Bijan Nyabati" work="A distinct look"\n\nIt was a great failure. [1]\n\n:::\n\n[^1]: Nyabati Bijan; “A distinct look”, pp.13-14.',
    );
    expect(noted.passages[1]?.location.statement).toEqual({ speaker: 'Bijan Nyabati', work: 'A distinct look', introduction: 'a:1' });
  });

  it('may leave the speaker unstated, and span a heading inside the quotation', async () => {
    const corpus = await load('A question was asked at the briefing on April 30, 2003.\n\n::: statement date=2003-04-30\n\nQUESTION: Why?\n\n### Inside\n\nMore.\n\n:::');
    expect(corpus.passages.slice(1).map((p) => [p.location.speaker, p.location.statement?.date, p.location.section])).toEqual([
      [undefined, '2003-04-30', undefined],
      [undefined, '2003-04-30', 'Inside'],
    ]);
  });

  it('refuse a fence that is malformed, empty, unclosed, stray or without an introduction', async () => {
    expect(await problemsOf(`${INTRO}\n\n::: statement speaker=Ben Wallace date=4.12.2009\n\n${QUOTE}\n\n:::`)).toEqual([
      'documents/a.txt:9: statement date "4.12.2009" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
    expect(await problemsOf(`${INTRO}\n\n::: statement said="Ben"\n\n${QUOTE}\n\n:::`)).toEqual([
      'documents/a.txt:9: unknown statement attribute "said" (expected speaker, speaker-name, date or work)',
    ]);
    expect(await problemsOf(`${INTRO}\n\n::: statement speaker="Ben Wallace"\n\n:::`)).toEqual(['documents/a.txt:9: statement has no paragraph inside it']);
    expect(await problemsOf(`${INTRO}\n\n::: statement speaker="Ben Wallace"\n\n${QUOTE}`)).toEqual([
      'documents/a.txt:9: statement opened here is never closed (":::")',
    ]);
    expect(await problemsOf(`# Heading\n\n::: statement\n\n${QUOTE}\n\n:::`)).toEqual([
      'documents/a.txt:9: a statement needs a paragraph introducing it, after the last heading',
    ]);
    expect(await problemsOf(`${INTRO}\n\n:::`)).toEqual(['documents/a.txt:9: closing ":::" without an opening "::: statement"']);
    expect(await problemsOf(`${INTRO}\n\n::: quote\n\n${QUOTE}\n\n:::`)).toEqual(['documents/a.txt:9: unknown fence "::: quote" (expected "::: statement …" or ":::")']);
  });
});

describe('writtenDate and datePhrases', () => {
  it('write an ISO date day-month-year, and list the forms prose states it in', () => {
    expect([writtenDate('2009-12-04'), writtenDate('2005-08'), writtenDate('2005'), writtenDate('4 Dec')]).toEqual(['4 December 2009', 'August 2005', '2005', null]);
    expect(datePhrases('2002-09-22')).toEqual([
      'September 22, 2002',
      '22 September 2002',
      'September 22nd, 2002',
      '22nd September 2002',
      '22nd of September 2002',
      '2002-09-22',
    ]);
    expect(datePhrases('2002-09-11')).toContain('September 11th, 2002');
  });
});
