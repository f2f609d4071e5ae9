// Filters read the way people type them: surnames, fuller names, parts of titles, any case or accent; exact names win,
// and a value naming nothing or several things is reported with what to type instead.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import type { Corpus } from '../../src/corpus/types.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { passageFilter } from '../../src/search/filters.js';
import { filterValues, NAMED_FILTERS, resolveFilters, type SearchFilters } from '../../src/search/index.js';
import { fixtureSpecs, makeCorpus } from './fixture.js';

// The fixture, plus a second Singleton, a surname-only speaker, a name with accents, a title with a curly apostrophe,
// and types that begin alike.
const corpus = makeCorpus([
  ...fixtureSpecs,
  {
    meta: { id: 'letters-from-the-camp', title: 'Letters from the Camp', type: 'newsletter', author: 'Mark Singleton', date: '2006-01' },
    passages: ['Dear family, the camp is quiet.'],
  },
  {
    meta: {
      id: 'saddams-guests',
      title: 'Saddam’s Guests — a Report',
      type: 'interview',
      author: 'Hélène Dubois-Aziz',
      date: '2003-05-01',
    },
    passages: [
      { text: 'Who paid for the camps?', speaker: 'Iraqi' },
      { text: 'The ministry did.', speaker: 'Iraqi consultant' },
      { text: 'And the weapons?', speaker: 'Abrishamchi' },
    ],
  },
]);

/** What each filter was read as (selected values), or its problem with the values it lists. */
function read(filters: SearchFilters, on: Corpus = corpus) {
  const { readings, problems } = resolveFilters(on, filters);
  return [
    ...readings.map((r) => ({ filter: r.filter, exact: r.exact, matched: r.matched.map((m) => m.value) })),
    ...problems.map((p) => ({
      filter: p.filter,
      kind: p.kind,
      ...(p.kind === 'ambiguous' ? { candidates: p.candidates.map((c) => c.value) } : {}),
      ...(p.kind === 'none' ? { suggestions: p.suggestions.map((c) => c.value) } : {}),
    })),
  ];
}

describe('resolveFilters', () => {
  const cases: [string, SearchFilters, ReturnType<typeof read>][] = [
    ['a surname finds the full name', { speaker: 'Rajavi' }, [{ filter: 'speaker', exact: false, matched: ['Massoud Rajavi'] }]],
    [
      'a full name finds the surname the corpus records',
      { speaker: 'Mehdi Abrishamchi' },
      [{ filter: 'speaker', exact: false, matched: ['Abrishamchi'] }],
    ],
    ['one word of a hyphenated surname', { author: 'Aziz' }, [{ filter: 'author', exact: false, matched: ['Hélène Dubois-Aziz'] }]],
    ['part of a title', { document: 'patrons' }, [{ filter: 'document', exact: false, matched: ['cult-and-patrons'] }]],
    ['the beginnings of a title’s words', { document: 'bord rep' }, [{ filter: 'document', exact: false, matched: ['a-border-report'] }]],
    ['part of an id', { document: 'undated-no' }, [{ filter: 'document', exact: false, matched: ['undated-note'] }]],
    ['an id', { document: 'undated-note' }, [{ filter: 'document', exact: true, matched: ['undated-note'] }]],
    [
      'a title in any case, quote and dash style',
      { document: "SADDAM'S GUESTS - A REPORT" },
      [{ filter: 'document', exact: true, matched: ['saddams-guests'] }],
    ],
    ['a name without its accents', { author: 'helene dubois-aziz' }, [{ filter: 'author', exact: true, matched: ['Hélène Dubois-Aziz'] }]],
    ['an exact name over the longer name containing it', { speaker: 'iraqi' }, [{ filter: 'speaker', exact: true, matched: ['Iraqi'] }]],
    ['an exact type over the longer type it begins', { type: 'News' }, [{ filter: 'type', exact: true, matched: ['news'] }]],
    ['the beginning of a type', { type: 'trans' }, [{ filter: 'type', exact: false, matched: ['transcript'] }]],
    [
      'a shared surname, ambiguous',
      { author: 'Singleton' },
      [{ filter: 'author', kind: 'ambiguous', candidates: ['Anne Singleton', 'Mark Singleton'] }],
    ],
    [
      'a shared beginning of types, ambiguous',
      { type: 'new' },
      [{ filter: 'type', kind: 'ambiguous', candidates: ['news', 'newsletter'] }],
    ],
    [
      'a title word in several titles, ambiguous',
      { document: 'camp' },
      [{ filter: 'document', kind: 'ambiguous', candidates: ['ashraf-relocated', 'letters-from-the-camp'] }],
    ],
    [
      'a misspelt name: the names sharing its beginning',
      { speaker: 'Rajvi' },
      [{ filter: 'speaker', kind: 'none', suggestions: ['Massoud Rajavi'] }],
    ],
    [
      'a misspelt surname: every name sharing it',
      { author: 'Singletn' },
      [{ filter: 'author', kind: 'none', suggestions: ['Anne Singleton', 'Mark Singleton'] }],
    ],
    [
      'a title that is not there: titles sharing a word',
      { document: 'patronage report' },
      [{ filter: 'document', kind: 'none', suggestions: ['cult-and-patrons', 'a-border-report', 'saddams-guests'] }],
    ],
    [
      'nothing alike: the first known values',
      { type: 'memo' },
      [{ filter: 'type', kind: 'none', suggestions: ['article', 'essay', 'interview', 'news', 'newsletter'] }],
    ],
    ['a date that is not an ISO prefix', { from: 'last week', to: '2005-08' }, [{ filter: 'from', kind: 'malformed' }]],
    ['blank values, unset', { speaker: '  ', document: '' }, []],
  ];

  it.each(cases)('%s', (_, filters, expected) => {
    expect(read(filters)).toEqual(expected);
  });

  it('reads every filter given, and reports every problem at once', () => {
    expect(
      read({ author: 'Irani', speaker: 'Nobody', type: 'transcript', from: '2005-13-45x' }).map((r) => [
        r.filter,
        'kind' in r ? r.kind : 'read',
      ]),
    ).toEqual([
      ['type', 'read'],
      ['speaker', 'none'],
      ['author', 'none'],
      ['from', 'malformed'],
    ]);
  });

  it('reads each known value typed as it is shown as exactly that value', () => {
    for (const filter of NAMED_FILTERS) {
      for (const { value, name } of filterValues(corpus, filter)) {
        for (const typed of [value, name]) {
          expect(read({ [filter]: typed }), `${filter} ${typed}`).toEqual([{ filter, exact: true, matched: [value] }]);
        }
      }
    }
  });

  it('never throws, and never both reads and reports a filter', () => {
    const filters = fc.record(
      { document: fc.string(), speaker: fc.string(), author: fc.string(), type: fc.string(), from: fc.string(), to: fc.string() },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (given) => {
        const { readings, problems } = resolveFilters(corpus, given);
        const named = [...readings.map((r) => r.filter), ...problems.map((p) => p.filter)];
        expect(new Set(named).size).toBe(named.length);
        for (const reading of readings) expect(reading.matched.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('passageFilter', () => {
  const kept = (filters: SearchFilters) => {
    const keep = passageFilter(corpus, filters);
    return keep && corpus.passages.filter(keep).map((p) => p.id);
  };

  it('is null when no filter is set', () => {
    expect(kept({})).toBeNull();
    expect(kept({ speaker: ' ', author: '' })).toBeNull();
  });

  it('keeps the passages of what each filter was read as', () => {
    expect(kept({ speaker: 'Abrishamchi Mehdi' })).toEqual(['saddams-guests:3']);
    expect(kept({ document: 'guests', speaker: 'consultant' })).toEqual(['saddams-guests:2']);
    expect(kept({ author: 'Mark Singleton', from: '2006' })).toEqual(['letters-from-the-camp:1']);
  });

  it('keeps nothing for a filter that names nothing, names several things, or is no date', () => {
    for (const filters of [{ speaker: 'Nobody' }, { author: 'Singleton' }, { to: 'yesterday' }, { type: 'article', speaker: 'Nobody' }]) {
      expect(kept(filters), JSON.stringify(filters)).toEqual([]);
    }
  });
});

describe('resolveFilters on the real corpus', () => {
  let real: Corpus;
  beforeAll(async () => {
    real = await loadCorpus(defaultCorpusDir);
  });

  it.each([
    [{ author: 'Irani' }, 'Bahar Irani'],
    [{ speaker: 'Dalton' }, 'Richard Dalton'],
    [{ speaker: 'Massoud Rajavi' }, 'Rajavi'],
    [{ document: 'diplomacy' }, 'revolutionary-diplomacy-costs-achievements'],
  ])('reads %o as %s', (filters, value) => {
    expect(read(filters, real)).toEqual([{ filter: Object.keys(filters)[0], exact: false, matched: [value] }]);
  });

  it('takes the exact speaker over the longer one, and asks which MKO document is meant', () => {
    expect(read({ speaker: 'Iraqi' }, real)).toEqual([{ filter: 'speaker', exact: true, matched: ['Iraqi'] }]);
    const [problem] = read({ document: 'MKO' }, real);
    expect(problem).toMatchObject({
      kind: 'ambiguous',
      candidates: expect.arrayContaining(['all-mko-say-are-pure-lies', 'three-mko-defectors-joined-their-families']),
    });
    expect(read({ speaker: 'Dalten' }, real)).toEqual([{ filter: 'speaker', kind: 'none', suggestions: ['Richard Dalton'] }]);
  });
});
