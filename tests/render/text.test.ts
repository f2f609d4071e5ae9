// Corpus text in Discord: escaped so it cannot format anything, bolded only where it matched, cut only at words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/escapeMarkdown.js';
import { ELLIPSIS, fitText } from '../../src/render/fitText.js';
import { highlightText } from '../../src/render/highlightText.js';
import { fitMarkdown } from '../../src/render/fitMarkdown.js';
import { echo } from '../../src/render/notice.js';
import { cutText } from '../../src/text/graphemes.js';

/** What Discord shows for escaped text: a backslash before punctuation disappears. */
const shown = (markdown: string) => markdown.replace(/\\([^0-9A-Za-z\s])/gu, '$1');

describe('escapeMarkdown', () => {
  it('neutralizes bold, italics, spoilers, code, masked links, headings, quotes and mentions', () => {
    const hostile = '# Head **b** _i_ ||s|| `c` [x](https://e.x) > q <@123> @everyone ~~z~~ - item';
    const escaped = escapeMarkdown(hostile);
    expect(escaped).not.toMatch(/(?<!\\)[*_|`[\]()<>#~-]/u);
    expect(shown(escaped)).toBe(hostile);
  });

  it('shows any text exactly as written', () => {
    fc.assert(fc.property(fc.string(), (text) => shown(escapeMarkdown(text)) === text));
  });
});

describe('highlightText', () => {
  it('bolds the given ranges and escapes the rest', () => {
    expect(
      highlightText('Saddam’s *army* here', [
        [0, 8],
        [16, 20],
      ]),
    ).toBe('**Saddam’s** \\*army\\* **here**');
  });

  it('merges overlapping ranges and ignores ranges out of bounds', () => {
    expect(
      highlightText('abcdef', [
        [3, 5],
        [0, 2],
        [1, 4],
        [10, 20],
      ]),
    ).toBe('**abcde**f');
  });
});

describe('fitText', () => {
  const words = 'The believer would not be beaten in the same place twice.';

  it('leaves text that fits alone', () => {
    expect(fitText(words, 100)).toEqual({ text: words, cut: false });
  });

  it('cuts at a word boundary with an ellipsis, never mid-word', () => {
    const { text, cut } = fitText(words, 20);
    expect(cut).toBe(true);
    expect(text).toBe(`The believer would${ELLIPSIS}`);
  });

  it('accounts for what rendering adds', () => {
    const { text } = fitText('a_b c_d e_f', 10, escapeMarkdown);
    expect(text).toBe(`a\\_b c\\_d${ELLIPSIS}`);
    expect(text.length).toBeLessThanOrEqual(10);
  });

  it('always fits the budget and keeps a prefix of the words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 200 }), (raw, max) => {
        const { text, cut } = fitText(raw, max, escapeMarkdown);
        expect(text.length).toBeLessThanOrEqual(max);
        const visible = shown(cut ? text.slice(0, -ELLIPSIS.length) : text);
        expect(raw.startsWith(visible)).toBe(true);
      }),
    );
  });
});

describe('cuts on whole characters', () => {
  const segments = (text: string) => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
  /** Text from every plane, with emoji sequences and combining marks that make one character of several code points. */
  const anyText = fc
    .array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('👨‍👩‍👧‍👦', '👍🏽', '🇫🇷', 'é', 'e\u0301', ' ', '\r\n')), { maxLength: 40 })
    .map((parts) => parts.join(''));
  const endsOnWhole = (cut: string, whole: string) => {
    const kept = segments(cut);
    return kept.every((segment, i) => segment === segments(whole)[i]);
  };

  it('cutText keeps whole characters within the budget, as well-formed Unicode', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 120 }), (text, max) => {
        const cut = cutText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut.isWellFormed()).toBe(true);
        expect(endsOnWhole(cut, text)).toBe(true);
      }),
    );
  });

  it('fitText and fitMarkdown end between whole characters, before their ellipsis', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 2, max: 120 }), (text, max) => {
        for (const fitted of [fitText(text, max).text, fitMarkdown(text, max)]) {
          expect(fitted.length).toBeLessThanOrEqual(max);
          expect(fitted.isWellFormed()).toBe(true);
          expect(endsOnWhole(fitted === text ? text : fitted.replace(/(\*\*)?…$/u, ''), text)).toBe(true);
        }
      }),
    );
  });

  it('echo quotes a query of 100 emoji with whole emoji', () => {
    expect(echo('😀'.repeat(100))).toMatch(/^“(😀)+…”$/u);
  });
});
