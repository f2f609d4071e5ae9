// What researchers type, on the real corpus: word forms, declared spellings, British and American spellings,
// compounds, apostrophe look-alikes, common words, questions, fields and ids each find what they mean.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import {
  buildIndex,
  filtersExcludeAll,
  resolveFilters,
  searchPassages,
  type SearchIndex,
  type SearchResult,
} from '../../src/search/index.js';
import { scanWords, termOf } from '../../src/text/words.js';
import { verifyQuotation } from '../../src/verify/index.js';

let index: SearchIndex;
beforeAll(async () => {
  index = buildIndex(await loadCorpus(defaultCorpusDir));
});

const ids = (result: SearchResult) => result.hits.map((hit) => hit.passage.id);
/** Every word a search put in bold, lower-cased, across its hits. */
const bolded = (query: string) =>
  new Set(
    searchPassages(index, query, { limit: 100 }).hits.flatMap((hit) =>
      hit.highlights.map(([s, e]) => hit.passage.text.slice(s, e).toLowerCase()),
    ),
  );

describe('word forms find each other, exact forms first', () => {
  it.each([
    ['negotiation', 'negotiations'],
    ['negotiations', 'negotiation'],
    ['add', 'added'],
    ['camps', 'camp'],
    ['camp', 'camps'],
    ['listed', 'list'],
    ['list', 'listed'],
    ['escape', 'escaped'],
    ['escaped', 'escape'],
    ['video', 'videos'],
    ['videos', 'video'],
  ])('%s finds %s', (query, other) => {
    expect(bolded(query)).toContain(other);
  });

  it.each(['negotiation', 'camps', 'escaped', 'videos'])('puts passages with "%s" as typed before other forms', (query) => {
    const [first] = searchPassages(index, query).hits;
    expect(first && first.highlights.map(([s, e]) => first.passage.text.slice(s, e).toLowerCase())).toContain(query);
  });
});

describe('spellings the corpus declares meet', () => {
  it.each([
    ['Mojahedin', ['mujahedin', 'mujahideen', 'mojahedeen']],
    ['Mujahideen', ['mojahedin', 'mujahedin']],
    ['Mojahedeen', ['mojahedin']],
    ['MKO', ['mek', 'pmoi']],
    ['PMOI', ['mek', 'mko']],
    ['Masoud', ['massoud', 'mas’oud']],
    ['Mas’oud', ['massoud', 'masoud']],
    ['Khiabani', ['khyabani']],
  ])('%s finds %j', (query, others) => {
    const found = bolded(query);
    for (const other of others) expect(found).toContain(other);
  });
});

describe('British and American spellings meet', () => {
  it.each([
    ['defense', 'defence'],
    ['organization', 'organisation'],
    ['organisation', 'organization'],
    ['honored', 'honoured'],
    ['honor', 'honoured'],
    ['labour', 'labor'],
    ['favoured', 'favored'],
    ['colonization', 'colonisation'],
  ])('%s finds %s', (query, other) => {
    expect(bolded(query)).toContain(other);
  });
});

describe('compounds', () => {
  it('meet in hyphenated, joined and spaced forms', () => {
    expect(bolded('neoconservatives')).toContain('neo-conservatives');
    expect(bolded('co-operation')).toContain('cooperation');
    expect(bolded('neo conservatives')).toContain('neo-conservatives');
    expect(bolded('co operation')).toContain('cooperation');
  });

  it('a hyphenated query finds the compound, never only its parts', () => {
    const result = searchPassages(index, 'co-operation', { limit: 100 });
    expect(result.total).toBe(searchPassages(index, 'cooperation').total);
    // Other forms of the compound (cooperate, co-operative) count; the part `operation` alone does not.
    for (const hit of result.hits) expect(hit.passage.text.toLowerCase()).toMatch(/co-?operat/u);
  });
});

describe('apostrophe look-alikes and common words', () => {
  it.each(['"Saddam`s regime"', '"Saddam´s regime"', '"Saddamʼs regime"', '"Saddam′s regime"', '"Saddam＇s regime"'])(
    '%s finds the phrase',
    (query) => {
      expect(searchPassages(index, query).total).toBe(searchPassages(index, '"Saddam’s regime"').total);
      expect(searchPassages(index, query).total).toBeGreaterThan(0);
    },
  );

  it('verifies a quotation typed with a grave accent for the apostrophe as exact', () => {
    expect(verifyQuotation(index, 'Saddam`s regime').verdict).toBe('exact');
  });

  it('finds a quotation made only of common words, and narrows it with a rare word', () => {
    expect(ids(searchPassages(index, '"we are with you and will be with you"'))).toEqual(['rajavi-haboush-tapes:59']);
    expect(ids(searchPassages(index, '"we are with you" house'))).toEqual(['rajavi-haboush-tapes:59']);
    expect(verifyQuotation(index, 'we are with you and will be with you')).toMatchObject({
      verdict: 'exact',
      matches: [{ ids: ['rajavi-haboush-tapes:59'] }],
    });
  });
});

describe('questions rank by their content words', () => {
  it.each([
    ['how many fighters did the National Liberation Army have', 'mek-alliance-with-former-iraqi-dictator:63'],
    ['did the MEK kill Americans', 'mek-alliance-with-former-iraqi-dictator:47'],
    ['when did Rajavi move to Iraq', 'mek-alliance-with-former-iraqi-dictator:6'],
  ])('%s', (query, expected) => {
    expect(ids(searchPassages(index, query)).slice(0, 3)).toContain(expected);
  });
});

describe('fields, exclusions and ids', () => {
  it('ranks a passage whose only match is its title below passages that contain the word, and says why', () => {
    const { hits } = searchPassages(index, 'dictator', { limit: 100 });
    const firstTitleOnly = hits.findIndex((hit) => !hit.fields.includes('text'));
    const lastInText = hits.map((hit) => hit.fields.includes('text')).lastIndexOf(true);
    expect(firstTitleOnly).toBeGreaterThan(lastInText);
    expect(hits[firstTitleOnly]?.fields).toEqual(['title']);
  });

  it('excludes a word across every field', () => {
    expect(searchPassages(index, 'Saddam -Saddam').total).toBe(0);
    expect(
      searchPassages(index, 'Rajavi -Haboush').hits.every(
        (hit) => !/haboush/iu.test(index.corpus.documentById.get(hit.passage.document)!.title),
      ),
    ).toBe(true);
  });

  it('searches author names', () => {
    expect(searchPassages(index, 'Linaelin').hits[0]?.passage.document).toBe('oh-where-have-the-terrorists-gone');
    expect(searchPassages(index, 'Bahar Irani').hits[0]?.passage.document).toBe('revolutionary-diplomacy-costs-achievements');
  });

  it('returns a passage first when its id is the query', () => {
    expect(ids(searchPassages(index, 'rajavi-haboush-tapes:46'))[0]).toBe('rajavi-haboush-tapes:46');
    expect(ids(searchPassages(index, ' Rajavi-Haboush-Tapes:46 '))[0]).toBe('rajavi-haboush-tapes:46');
  });
});

describe('what a first reader found', () => {
  it('ranks a passage with the word as typed in its text above one with another spelling there and the typed one in its title', () => {
    const { hits } = searchPassages(index, 'MEK', { limit: 100 });
    const typedInText = (hit: (typeof hits)[number]) =>
      hit.highlights.some(([s, e]) => scanWords(hit.passage.text.slice(s, e)).some((word) => termOf(word.fold) === 'mek'));
    const lastTyped = hits.map(typedInText).lastIndexOf(true);
    const firstOther = hits.findIndex((hit) => !typedInText(hit));
    expect(firstOther).toBeGreaterThan(lastTyped);
  });

  it('does not take a pronoun that refers to nothing (`It is known that…`) as continuing the passage before', () => {
    const hit = searchPassages(index, 'Rajavi Iraq 1986', { limit: 20 }).hits.find((h) => h.passage.id === 'rajavi-haboush-tapes:31');
    expect(hit?.continues).toBeUndefined();
  });

  it('says a passage named by its id was named, not matched', () => {
    expect(searchPassages(index, 'rajavi-haboush-tapes:46').hits[0]).toMatchObject({ named: true, fields: [] });
  });

  it('refuses dates that name no real month or day, and tells filters that exclude each other from a query that finds nothing', () => {
    expect(resolveFilters(index.corpus, { from: '2005-13' }).problems).toEqual([{ filter: 'from', value: '2005-13', kind: 'malformed' }]);
    expect(resolveFilters(index.corpus, { to: '2005-02-30' }).problems).toHaveLength(1);
    expect(resolveFilters(index.corpus, { from: '2005-02-28' }).problems).toEqual([]);
    expect(filtersExcludeAll(index.corpus, { from: '2006', to: '2005' })).toBe(true);
    expect(filtersExcludeAll(index.corpus, { speaker: 'Rajavi', document: 'diplomacy' })).toBe(true);
    expect(filtersExcludeAll(index.corpus, { speaker: 'Rajavi' })).toBe(false);
  });
});
