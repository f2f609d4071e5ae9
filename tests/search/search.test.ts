import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, MAX_LIMIT, parseQuery, searchPassages, type SearchResult } from '../../src/search/index.js';
import { fixture, makeCorpus } from './fixture.js';

const corpus = fixture();
const index = buildIndex(corpus);

const ids = (result: SearchResult) => result.hits.map((hit) => hit.passage.id);
const highlighted = (result: SearchResult, id: string) => {
  const hit = result.hits.find((h) => h.passage.id === id);
  return hit?.highlights.map(([start, end]) => hit.passage.text.slice(start, end));
};

describe('parseQuery', () => {
  it('reads words, phrases, exclusions, prefixes and fuzzy requests', () => {
    const parsed = parseQuery('Saddam’s "the regime" -weapons -"cult of" negot* rajavi~1');
    expect(parsed.words).toEqual([
      { term: 'saddam', prefix: false, fuzzy: 0, light: false },
      { term: 'negot', prefix: true, fuzzy: 0, light: false },
      { term: 'rajavi', prefix: false, fuzzy: 1, light: false },
    ]);
    expect(parsed.phrases).toEqual([['the', 'regime']]);
    expect(parsed.excluded).toEqual({
      words: [{ term: 'weapons', prefix: false, fuzzy: 0, light: false }],
      phrases: [['cult', 'of']],
    });
  });

  it('never asks for more than two edits, nor more than a third of the word', () => {
    expect(parseQuery('rajavi~100').words).toEqual([{ term: 'rajavi', prefix: false, fuzzy: 2, light: false }]);
    expect(parseQuery('iraq~2').words).toEqual([{ term: 'iraq', prefix: false, fuzzy: 1, light: false }]);
    expect(parseQuery('mek~2').words).toEqual([{ term: 'mek', prefix: false, fuzzy: 1, light: false }]);
  });

  it('takes a too-short prefix as the plain word, and marks function words light', () => {
    expect(parseQuery('ne* the of').words).toEqual([
      { term: 'ne', prefix: false, fuzzy: 0, light: false },
      { term: 'the', prefix: false, fuzzy: 0, light: true },
      { term: 'of', prefix: false, fuzzy: 0, light: true },
    ]);
  });

  it('reads a hyphenated compound as one word with its parts', () => {
    expect(parseQuery('co-operation').words).toEqual([
      { term: 'cooperation', parts: ['co', 'operation'], prefix: false, fuzzy: 0, light: false },
    ]);
  });

  it('restricts known fields and reads unknown field names as words', () => {
    expect(parseQuery('speaker:Rajavi').words).toEqual([{ term: 'rajavi', prefix: false, fuzzy: 0, light: false, field: 'speaker' }]);
    expect(parseQuery('colour:red').words.map((w) => w.term)).toEqual(['colour', 'red']);
  });

  it('reads at most 32 words', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    expect(parseQuery(words).words).toHaveLength(32);
  });
});

describe('buildIndex', () => {
  it('indexes speakers, sections and titles as well as text', () => {
    expect(ids(searchPassages(index, 'speaker:haboush'))).toEqual(['rajavi-haboush-tapes:2']);
    expect(searchPassages(index, 'section:december').total).toBe(5);
    expect(searchPassages(index, 'title:patrons').total).toBe(5);
  });
});

describe('searchPassages', () => {
  it('ranks passages with all the words above passages with some, whatever the term counts', () => {
    const small = makeCorpus([
      {
        meta: { id: 'd', title: 'D', type: 'article' },
        passages: [
          'Saddam, Saddam, Saddam: Saddam.',
          'In a long passage with many other words about the history of the country, Saddam was named once, and the ' +
            'regime was described at length by several witnesses.',
          'The regime.',
        ],
      },
    ]);
    const result = searchPassages(buildIndex(small), 'saddam regime');
    // By term weight alone d:1 (four Saddams in five words) and d:3 (a two-word passage) would come first.
    expect(ids(result)[0]).toBe('d:2');
    expect(ids(result).sort()).toEqual(['d:1', 'd:2', 'd:3']);
  });

  it('puts the passage with both words first in the fixture', () => {
    const result = searchPassages(index, 'saddam regime');
    expect(ids(result)[0]).toBe('cult-and-patrons:1');
    expect(result.hits.slice(1).every((hit) => hit.score < (result.hits[0]?.score ?? 0) - 0.5)).toBe(true);
  });

  it('matches quoted phrases word for word, stop words included', () => {
    expect(ids(searchPassages(index, '"Saddam’s regime"'))).toEqual(['cult-and-patrons:1']);
    expect(ids(searchPassages(index, '"saddam\'s REGIME"'))).toEqual(['cult-and-patrons:1']);
    expect(ids(searchPassages(index, '"the regime"'))).toEqual(['cult-and-patrons:3']);
    expect(ids(searchPassages(index, '"regime Saddam’s"'))).toEqual([]);
    expect(ids(searchPassages(index, '"Saddam regime"'))).toEqual([]);
  });

  it('highlights every occurrence of a phrase', () => {
    expect(highlighted(searchPassages(index, '"the regime"'), 'cult-and-patrons:3')).toEqual(['the regime', 'the regime']);
    expect(highlighted(searchPassages(index, '"Saddam’s regime"'), 'cult-and-patrons:1')).toEqual(['Saddam’s regime']);
  });

  it('leaves out excluded words and phrases', () => {
    expect(ids(searchPassages(index, 'regime -saddam'))).toEqual(['cult-and-patrons:3']);
    expect(ids(searchPassages(index, 'rajavi'))).toContain('cult-and-patrons:2');
    expect(ids(searchPassages(index, 'rajavi -"cult of personality"'))).not.toContain('cult-and-patrons:2');
    // An excluded word takes its other forms with it, as Lunr's pipeline would.
    expect(ids(searchPassages(index, 'negot* -negotiators'))).toEqual([]);
    expect(ids(searchPassages(index, 'negot* -"negotiators"'))).toEqual(['rajavi-haboush-tapes:4']);
  });

  it('expands a prefix to the words it begins', () => {
    const result = searchPassages(index, 'negot*');
    expect(ids(result).sort()).toEqual(['cult-and-patrons:5', 'rajavi-haboush-tapes:4']);
    expect(highlighted(result, 'cult-and-patrons:5')).toEqual(['Negotiators', 'negotiated', 'negotiation']);
    expect(highlighted(result, 'rajavi-haboush-tapes:4')).toEqual(['negotiations']);
    expect(searchPassages(index, 'ne*').total).toBe(0);
  });

  it('finds a misspelled word one edit away, but only when the spelling is nowhere in the corpus', () => {
    expect(highlighted(searchPassages(index, 'negotiaton'), 'cult-and-patrons:5')).toEqual(['negotiation']);
    expect(highlighted(searchPassages(index, 'Mujahedn'), 'rajavi-haboush-tapes:1')).toEqual(['Mujahedin']);
    // The word is in the corpus, so no correction; its other forms still match, after it.
    expect(highlighted(searchPassages(index, 'negotiation'), 'cult-and-patrons:5')).toEqual(['Negotiators', 'negotiated', 'negotiation']);
    expect(searchPassages(index, 'Mujaheeden').total).toBe(0);
  });

  it("matches Saddam’s, Saddam's and Saddam to each other and highlights the word as written", () => {
    const curly = searchPassages(index, 'Saddam’s');
    expect(ids(searchPassages(index, "Saddam's"))).toEqual(ids(curly));
    expect(ids(searchPassages(index, 'SADDAM')).sort()).toEqual(ids(curly).sort());
    expect(highlighted(curly, 'cult-and-patrons:1')).toEqual(['Saddam’s']);
    expect(highlighted(curly, 'rajavi-haboush-tapes:1')).toEqual(['Saddam']);
  });

  it('highlights exactly the matched words of the original text', () => {
    const result = searchPassages(index, 'saddam regime');
    expect(highlighted(result, 'cult-and-patrons:1')).toEqual(['Saddam’s', 'regime']);
    expect(highlighted(result, 'cult-and-patrons:3')).toEqual(['regime', 'regime']);
    expect(highlighted(searchPassages(index, 'ready winter'), 'rajavi-haboush-tapes:3')).toEqual(['ready', 'winter']);
  });

  it('breaks equal scores by corpus order, the same way every time', () => {
    const first = searchPassages(index, 'crossing');
    const inCorpusOrder = corpus.passages.map((p) => p.id).filter((id) => ['a-border-report:1', 'ashraf-relocated:2'].includes(id));
    expect(ids(first)).toEqual(inCorpusOrder);
    expect(first.hits[0]?.score).toBe(first.hits[1]?.score);
    expect(searchPassages(index, 'crossing')).toEqual(first);
  });

  it('pages with limit and offset without changing the total', () => {
    const all = searchPassages(index, 'saddam regime');
    const page = searchPassages(index, 'saddam regime', { limit: 2, offset: 1 });
    expect(page.total).toBe(all.total);
    expect(ids(page)).toEqual(ids(all).slice(1, 3));
    expect(searchPassages(index, 'rajavi', { limit: 10_000 }).hits.length).toBeLessThanOrEqual(MAX_LIMIT);
    expect(searchPassages(index, 'rajavi', { limit: Number.NaN, offset: -5 })).toEqual(searchPassages(index, 'rajavi'));
  });

  describe('filters', () => {
    it('by document id or title, ignoring case', () => {
      expect(ids(searchPassages(index, 'weapons', { filters: { document: 'rajavi-haboush-tapes' } }))).toEqual(['rajavi-haboush-tapes:2']);
      expect(ids(searchPassages(index, 'weapons', { filters: { document: 'THE CULT AND ITS PATRONS' } }))).toEqual(['cult-and-patrons:1']);
    });

    it('by speaker, ignoring case', () => {
      expect(ids(searchPassages(index, 'winter', { filters: { speaker: 'massoud rajavi' } })).sort()).toEqual([
        'rajavi-haboush-tapes:3',
        'rajavi-haboush-tapes:4',
      ]);
      expect(searchPassages(index, 'weapons', { filters: { speaker: 'Massoud Rajavi' } }).total).toBe(0);
    });

    it('by author and by type', () => {
      expect(ids(searchPassages(index, 'weapons', { filters: { author: 'anne singleton' } }))).toEqual(['cult-and-patrons:1']);
      expect(ids(searchPassages(index, 'weapons', { filters: { type: 'Transcript' } }))).toEqual(['rajavi-haboush-tapes:2']);
    });

    it('by date range on ISO prefixes, leaving out non-ISO dates only when a date filter is given', () => {
      expect(ids(searchPassages(index, 'compound')).sort()).toEqual(['ashraf-relocated:1', 'cult-and-patrons:3']);
      expect(ids(searchPassages(index, 'compound', { filters: { from: '1900' } }))).toEqual(['cult-and-patrons:3']);
      expect(ids(searchPassages(index, 'weapons', { filters: { from: '2005' } }))).toEqual(['cult-and-patrons:1']);
      expect(ids(searchPassages(index, 'weapons', { filters: { to: '2004-12-31' } }))).toEqual(['rajavi-haboush-tapes:2']);
      expect(ids(searchPassages(index, 'crossing', { filters: { from: '2004-03-15', to: '2004-03-20' } }))).toEqual(['a-border-report:1']);
      expect(searchPassages(index, 'weapons', { filters: { from: 'last year' } }).total).toBe(0);
    });

    it('lists the filtered passages in reading order when the query has no words', () => {
      expect(ids(searchPassages(index, '', { filters: { speaker: 'Massoud Rajavi' } }))).toEqual([
        'rajavi-haboush-tapes:1',
        'rajavi-haboush-tapes:3',
        'rajavi-haboush-tapes:4',
        'rajavi-haboush-tapes:5',
      ]);
      expect(ids(searchPassages(index, '-winter', { filters: { speaker: 'Massoud Rajavi' } }))).toEqual([
        'rajavi-haboush-tapes:1',
        'rajavi-haboush-tapes:5',
      ]);
      expect(searchPassages(index, '').total).toBe(0);
      expect(searchPassages(index, '', { filters: { speaker: '  ' } }).total).toBe(0);
    });
  });

  it('finds a passage by the words of its footnote, saying which note matched and where in it', () => {
    const result = searchPassages(index, 'registry ledger');
    expect(ids(result)).toEqual(['cult-and-patrons:4']);
    const [hit] = result.hits;
    expect(hit!.fields).toEqual(['note']);
    expect(hit!.highlights).toEqual([]);
    expect(hit!.notes?.map(({ note, highlights }) => highlights.map(([s, e]) => hit!.passage.notes![note]!.slice(s, e)))).toEqual([
      ['Registry', 'ledger'],
    ]);
  });

  it('ranks a passage holding the words in its own text above one holding them only in a note', () => {
    const result = searchPassages(index, 'Saddam leadership');
    expect(ids(result)[0]).toBe('cult-and-patrons:4');
    expect(result.hits[0]!.notes).toBeUndefined();
  });
});

describe('exclusions', () => {
  const words = [...new Set(corpus.passages.flatMap((p) => p.text.split(/[^\p{L}’']+/u)).filter((w) => w.length > 2))];
  it('never return a passage that an excluded word or phrase names, in any field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.constantFrom(...words), fc.boolean(), (wanted, unwanted, asPhrase) => {
        const exclusion = asPhrase ? `"${unwanted}"` : unwanted;
        const named = new Set(searchPassages(index, exclusion, { limit: 100 }).hits.map((hit) => hit.passage.id));
        for (const hit of searchPassages(index, `${wanted} -${exclusion}`, { limit: 100 }).hits) {
          expect(named.has(hit.passage.id)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
