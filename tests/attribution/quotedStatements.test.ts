// The quoted statements on the shipped corpus: each carries the speaker, date and work its introduction
// states, in every view, filter, suggestion, search and citation.
import { beforeAll, describe, expect, it } from 'vitest';
import { suggestValues } from '../../commands/suggest.js';
import { citePassage } from '../../src/cite/index.js';
import { formatPassage } from '../../src/cli/formatPassage.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { passageContext } from '../../src/corpus/passageContext.js';
import type { Corpus, Passage } from '../../src/corpus/types.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { contextEmbed } from '../../src/render/contextEmbed.js';
import { passageEmbed } from '../../src/render/passageEmbed.js';
import { buildIndex, searchPassages, type SearchIndex } from '../../src/search/index.js';

const WALLACE = 'mek-alliance-with-former-iraqi-dictator:39';
const LINE = 'Ben Wallace, 4 December 2009, quoted in *MEK’s Alliance with Former Iraqi Dictator*';
let corpus: Corpus;
let index: SearchIndex;
const passage = (id: string): Passage => corpus.passageById.get(id)!;
beforeAll(async () => {
  corpus = await loadCorpus(defaultCorpusDir);
  index = buildIndex(corpus);
});

describe('quoted statements in the shipped corpus', () => {
  it('carry the speaker, date and work their introductions state, and only those', () => {
    const statements = new Set<string>();
    for (const { location } of corpus.passages) {
      const s = location.statement;
      if (s) statements.add([s.speaker ?? '(unnamed)', s.date ?? '-', s.work ?? '-'].join(' | '));
    }
    expect([...statements.values()]).toEqual([
      'British ambassador to Tehran | - | -',
      'Black case website | - | -',
      'Baroness Emma Nicholson | 2004-02-04 | -',
      'Dutch Counter-Terrorism Association | 2005-10-20 | -',
      'US District Court for the District of Columbia | 2003-08-29 | -',
      'Baroness Nicholson | 2002-09-24 | -',
      'Council on Foreign Relations | 2014-07-28 | -',
      'Ben Wallace | 2009-12-04 | -',
      'Peter Hain | 2000-07-12 | -',
      '(unnamed) | 2003-04-30 | On-the-Record Briefing on the Release of the Annual Patterns of Global Terrorism 2002',
      'Cofer Black | 2003-04-30 | On-the-Record Briefing on the Release of the Annual Patterns of Global Terrorism 2002',
      'James M. Lutz | - | Global Terrorism',
      '(unnamed) | 2010-04-29 | -',
      'Office of the United States Director of Central Intelligence | 1988-06-23 | -',
      'Bijan Nyabati | - | A distinct look at Mojahedin’s internal revolution, slightly from inside, slightly from outside',
      'Khan Baba Tehrani | - | An internal look at the left move in Iran',
    ]);
    // The line that introduces a statement is the author's own, and keeps no speaker.
    expect(passage('mek-alliance-with-former-iraqi-dictator:38').location.speaker).toBeUndefined();
  });

  it('show "Ben Wallace, 4 December 2009, quoted in …" in quotes, search results, shares and context', () => {
    const embed = passageEmbed(corpus, passage(WALLACE), { preface: 'Shared by <@1>' });
    expect(embed.fields).toContainEqual({ name: 'Statement', value: LINE, inline: false });
    expect(embed.fields?.some((field) => field.name === 'Speaker')).toBe(false);
    const context = contextEmbed(corpus, passageContext(corpus, passage(WALLACE)));
    expect(context.description).toContain(`▶ \`${WALLACE}\` · ${LINE}`);
    expect(formatPassage(corpus, passage(WALLACE))).toContain(
      '  — Ben Wallace, 4 December 2009, quoted in MEK’s Alliance with Former Iraqi Dictator, paragraph 37\n',
    );
  });

  it('are found by their speaker: search, filter and suggestions', () => {
    expect(searchPassages(index, 'Peter Hain Iran-Iraq war').hits[0]?.passage.id).toBe('mek-alliance-with-former-iraqi-dictator:41');
    expect(searchPassages(index, 'proscribed', { filters: { speaker: 'Wallace' } }).hits.map((hit) => hit.passage.id)).toEqual([WALLACE]);
    expect(
      searchPassages(index, 'training', { filters: { speaker: 'Baroness Nicholson' } }).hits.map((hit) => hit.passage.location.speaker),
    ).toContain('Baroness Nicholson');
    expect(suggestValues(corpus, 'speaker', 'wall').map((choice) => choice.value)).toEqual(['Ben Wallace']);
  });

  it('are cited as quoted in the document: the document listed, the statement cited through it, both dates where stated', () => {
    const locator = `Passage ${WALLACE} (paragraph 37).`;
    expect(citePassage(corpus, WALLACE, 'chicago')).toBe(
      `“MEK’s Alliance with Former Iraqi Dictator,” n.d.\n${locator}\nNote: Ben Wallace, December 4, 2009, quoted in “MEK’s Alliance with Former Iraqi Dictator.”`,
    );
    expect(citePassage(corpus, WALLACE, 'apa')).toBe(
      `MEK’s alliance with former Iraqi dictator. (n.d.).\n${locator}\nIn text: (Wallace, 2009, as cited in MEK’s Alliance with Former Iraqi Dictator, n.d.)`,
    );
    expect(citePassage(corpus, WALLACE, 'mla')).toBe(
      `MEK’s Alliance with Former Iraqi Dictator.\n${locator}\nIn text: (qtd. in MEK’s Alliance with Former Iraqi Dictator)`,
    );
    expect(citePassage(corpus, WALLACE, 'ris')).toContain(
      `N1  - Passage ${WALLACE} (paragraph 37): statement by Ben Wallace, 4 December 2009, quoted in this document\n`,
    );
    // A document with an author and a date of its own: the statement's speaker cited by family name through it.
    const tehrani = 'revolutionary-diplomacy-costs-achievements:17';
    expect(citePassage(corpus, tehrani, 'chicago')).toBe(
      'Irani, Bahar. “A Revolutionary Diplomacy; the Costs and Achievements.” Mojahedin.ws, September 12, 2006.\n' +
        `Passage ${tehrani} (paragraph 17).\n` +
        'Note: Khan Baba Tehrani, An internal look at the left move in Iran, quoted in Irani, “A Revolutionary Diplomacy; the Costs and Achievements.”',
    );
    expect(citePassage(corpus, tehrani, 'apa')).toMatch(/\nIn text: \(Tehrani, n\.d\., as cited in Irani, 2006\)$/u);
    expect(citePassage(corpus, tehrani, 'mla')).toMatch(/\nIn text: \(qtd\. in Irani\)$/u);
  });
});
