// Our evaluator against stock Lunr: the same corpus indexed both ways (lunr.Builder, and buildIndex saved and loaded
// back), then hundreds of generated queries that Lunr can express must give the same passages with the same scores.
// Verbatim's own ranking is then checked as Lunr's scores reordered by its named rules only.
import fc from 'fast-check';
import type lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import type { Corpus } from '../../src/corpus/types.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { buildIndex, loadIndex, saveIndex, searchPassages, SEARCH_FIELDS, type SearchField } from '../../src/search/index.js';
import { allForms, LIGHT_WORDS } from '../../src/search/forms.js';
import { variantsOf } from '../../src/search/expand.js';
import { lunrQuery, type LunrClause } from '../../src/search/lunrQuery.js';
import { continuesPrevious } from '../../src/search/rules.js';
import { scanWords, termOf } from '../../src/text/words.js';
import { builtByLunr } from './lunrBuilt.js';
import { fixture } from './fixture.js';

const TOLERANCE = 1e-9;

function bothWays(corpus: Corpus) {
  const result = loadIndex(saveIndex(buildIndex(corpus)), corpus);
  if (!('index' in result)) throw new Error(result.problem);
  return { ours: result.index, stock: builtByLunr(corpus) };
}

/** Words of the corpus as people would type them, a few misspelled or invented. */
function wordsOf(corpus: Corpus): string[] {
  const words = new Set<string>();
  for (const passage of corpus.passages.slice(0, 200))
    for (const word of scanWords(passage.text)) words.add(passage.text.slice(word.start, word.end));
  return [...words].sort();
}

function clauseArbitrary(words: string[]): fc.Arbitrary<LunrClause> {
  const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...words) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{2,8}$/) });
  const term = word.map((w) => termOf(scanWords(w)[0]?.fold ?? w) || 'x');
  const fields = fc.oneof(fc.constant(undefined), fc.subarray([...SEARCH_FIELDS] as SearchField[], { minLength: 1 }));
  const presence = fc.constantFrom<1 | 2 | 3>(1, 1, 1, 2, 3);
  const boost = fc.constantFrom(1, 1, 2, 10, 0.5);
  const plain = fc.record({ term: word, fields, presence, boost }).map((c) => ({ ...c, usePipeline: true }));
  const wildcard = fc
    .record({ term, at: fc.constantFrom('end', 'start', 'both', 'middle'), fields, presence, boost })
    .filter(({ term: t }) => t.length >= 3)
    .map(({ term: t, at, ...rest }) => {
      const middle = Math.floor(t.length / 2);
      const pattern =
        at === 'end'
          ? `${t.slice(0, 3)}*`
          : at === 'start'
            ? `*${t.slice(-3)}`
            : at === 'both'
              ? `*${t.slice(1, 3)}*`
              : `${t.slice(0, middle)}*${t.slice(middle + 1)}`;
      return { ...rest, term: pattern, usePipeline: false };
    });
  const fuzzy = fc
    .record({ term: word, editDistance: fc.constantFrom(1, 2), fields, presence, boost })
    .map((c) => ({ ...c, usePipeline: true }));
  return fc.oneof({ weight: 5, arbitrary: plain }, { weight: 2, arbitrary: wildcard }, { weight: 2, arbitrary: fuzzy });
}

function stockQuery(stock: lunr.Index, clauses: LunrClause[]) {
  return stock
    .query((query) => {
      for (const { fields, ...clause } of clauses)
        query.clause({ ...clause, ...(fields ? { fields: [...fields] } : {}) } as lunr.Query.Clause);
    })
    .map(({ ref, score }) => ({ ref, score }));
}

describe.each([
  ['the fixture corpus', async () => fixture()],
  ['the real corpus', async () => loadCorpus(defaultCorpusDir)],
])('on %s, indexed by lunr.Builder and by buildIndex → saveIndex → loadIndex', (_name, corpusOf) => {
  it('answers every generated Lunr query with Lunr’s passages and scores', async () => {
    const corpus = await corpusOf();
    const { ours, stock } = bothWays(corpus);
    let nonEmpty = 0;
    fc.assert(
      fc.property(fc.array(clauseArbitrary(wordsOf(corpus)), { minLength: 1, maxLength: 4 }), (clauses) => {
        const theirs = stockQuery(stock, clauses);
        const mine = lunrQuery(ours, clauses);
        if (theirs.length > 0) nonEmpty += 1;
        expect(mine.map((r) => r.ref).sort()).toEqual(theirs.map((r) => r.ref).sort());
        const score = new Map(theirs.map((r) => [r.ref, r.score]));
        mine.forEach((result, i) => {
          expect(Math.abs(result.score - (score.get(result.ref) ?? NaN))).toBeLessThan(TOLERANCE);
          if (i > 0) expect(result.score).toBeLessThanOrEqual((mine[i - 1]?.score ?? Infinity) + TOLERANCE);
        });
      }),
      { numRuns: 300 },
    );
    // The generator must exercise matches, not only empty answers.
    expect(nonEmpty).toBeGreaterThan(150);
  });

  it('ranks plain words by Lunr’s score within its rules: more words matched (a passage opening with a pronoun counting those of the passage before), then matched in the text, then as typed in the text', async () => {
    const corpus = await corpusOf();
    const { ours, stock } = bothWays(corpus);
    const content = wordsOf(corpus).filter(
      (w) => !LIGHT_WORDS.has(termOf(scanWords(w)[0]?.fold ?? '')) && termOf(scanWords(w)[0]?.fold ?? '') !== '',
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...content), { minLength: 1, maxLength: 3, selector: (w) => termOf(scanWords(w)[0]!.fold) }),
        (words) => {
          const terms = words.map((w) => termOf(scanWords(w)[0]!.fold));
          // Verbatim asks Lunr for each word as typed, for its declared spellings, and for every form of each.
          // Two words the corpus also writes joined ask for the joined word too, on behalf of both.
          const indexed = (term: string) => term in (stock as unknown as { invertedIndex: object }).invertedIndex;
          const joined = terms.map((term, i) =>
            [terms[i - 1], terms[i + 1]].flatMap((other, side) => {
              if (other === undefined) return [];
              const word = side === 0 ? other + term : term + other;
              return indexed(word) ? [word] : [];
            }),
          );
          const asked = (term: string, i = terms.indexOf(term)) => {
            const spellings = [term, ...variantsOf(corpus, term).filter((s) => s !== term)];
            return [...new Set([...spellings, ...spellings.map(allForms), ...(joined[i] ?? [])])];
          };
          const results = stock.query((query) => {
            for (const term of terms) {
              const spellings = [term, ...variantsOf(corpus, term).filter((s) => s !== term)];
              for (const t of new Set([...spellings, ...spellings.map(allForms)])) query.term(t, { usePipeline: false });
            }
            for (const word of new Set(joined.flat())) query.term(word, { usePipeline: false, boost: 2 });
          });
          const metadata = new Map(results.map((r) => [r.ref, r.matchData.metadata as Record<string, Record<string, unknown>>]));
          const tiers = (ref: string) => {
            const matched = metadata.get(ref) ?? {};
            const has = (term: string, field?: string, where = matched) =>
              term in where && (field === undefined || field in (where[term] ?? {}));
            // A passage that opens by referring back counts the words of the passage before it.
            const passage = corpus.passages[Number(ref)]!;
            const before = corpus.passages[Number(ref) - 1];
            const previous =
              before?.document === passage.document && continuesPrevious(passage.text) ? (metadata.get(String(Number(ref) - 1)) ?? {}) : {};
            const any = terms.filter((t) => asked(t).some((a) => has(a) || has(a, undefined, previous))).length;
            const text = terms.filter((t) => asked(t).some((a) => has(a, 'text') || has(a, 'speaker'))).length;
            const exact = terms.filter((t) => has(t, 'text')).length;
            return [any, text, exact];
          };
          const expected = results
            .map((r) => ({ ref: r.ref, score: r.score, key: tiers(r.ref) }))
            .sort((a, b) => {
              for (let i = 0; i < 3; i++) if (a.key[i] !== b.key[i]) return (b.key[i] as number) - (a.key[i] as number);
              if (Math.abs(a.score - b.score) > TOLERANCE) return b.score - a.score;
              return Number(a.ref) - Number(b.ref);
            });
          const hits = searchPassages(ours, words.join(' '), { limit: 100 }).hits;
          expect(hits.map((h) => h.passage.id)).toEqual(expected.slice(0, 100).map((r) => corpus.passages[Number(r.ref)]?.id));
          hits.forEach((hit, i) => expect(Math.abs(hit.score - (expected[i]?.score ?? NaN))).toBeLessThan(TOLERANCE));
        },
      ),
      { numRuns: 200, examples: [[['neo', 'conservatives']], [['Saddam', 'regime']]] },
    );
  });
});
