// placeQuoted against a brute force over small documents: the same answer whenever one exists, the shortest span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeQuoted } from '../../src/verify/placeQuoted.js';

/** Every placement of the runs, in order, inside one group; the shortest span, then the earliest start. */
function bruteForce(quote: string[], runs: [number, number][], doc: string[], groups: number[]): number[] | null {
  let best: number[] | null = null;
  const spanOf = (starts: number[]) => starts[starts.length - 1]! + runs[runs.length - 1]![1] - runs[runs.length - 1]![0] - starts[0]!;
  const place = (r: number, from: number, starts: number[]) => {
    if (r === runs.length) {
      if (!best || spanOf(starts) < spanOf(best) || (spanOf(starts) === spanOf(best) && starts[0]! < best[0]!)) best = [...starts];
      return;
    }
    const [qFrom, qTo] = runs[r]!;
    for (let at = from; at + qTo - qFrom <= doc.length; at++) {
      const inGroup = (i: number) => groups[i] === groups[starts[0] ?? at];
      const fits = quote.slice(qFrom, qTo).every((key, k) => doc[at + k] === key && inGroup(at + k));
      if (fits) place(r + 1, at + qTo - qFrom, [...starts, at]);
    }
  };
  place(0, 0, []);
  return best;
}

describe('placeQuoted', () => {
  it('finds a placement exactly when one exists, spanning as few document tokens as any', () => {
    const letter = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.array(fc.array(letter, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(letter, fc.boolean()), { maxLength: 24 }),
        (pieces, docSpec) => {
          const quote = pieces.flat();
          const runs = pieces.map((piece, i): [number, number] => {
            const from = pieces.slice(0, i).flat().length;
            return [from, from + piece.length];
          });
          const doc = docSpec.map(([key]) => key);
          const groups = docSpec.reduce<number[]>((acc, [, newGroup], i) => [...acc, i > 0 && !newGroup ? acc[i - 1]! : i], []);
          const found = placeQuoted(quote, runs, doc, (i) => groups[i]!);
          const expected = bruteForce(quote, runs, doc, groups);
          expect(found === null).toBe(expected === null);
          if (found && expected) {
            const span = (starts: number[]) =>
              starts[starts.length - 1]! + runs[runs.length - 1]![1] - runs[runs.length - 1]![0] - starts[0]!;
            expect(span(found)).toBe(span(expected));
            runs.forEach(([from, to], r) => expect(doc.slice(found[r], found[r]! + to - from)).toEqual(quote.slice(from, to)));
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
