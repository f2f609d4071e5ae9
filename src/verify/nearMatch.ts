// A near match: where a quotation lines up best with a stretch of the document, how similar the two are, and each
// difference with its place. A heading the quoted words run across is one of the differences.
import { align, type EditOp, type Step } from './align.js';
import { wordsBefore, wordsFrom, type QuoteToken } from './quoteTokens.js';
import { located, type Stretch } from './stretch.js';
import type { DiffOp, DiffPlace, QuoteMatch } from './types.js';

const MAX_ALIGNMENT_CELLS = 4_000_000;
/** Words of the document shown either side of a difference. */
const CONTEXT_WORDS = 3;

export function nearMatch(quotation: string, quote: QuoteToken[], stretch: Stretch): QuoteMatch | null {
  if ((quote.length + 1) * (stretch.tokens.length + 1) > MAX_ALIGNMENT_CELLS) return null;
  const keys = quote.map((token) => token.key);
  const { start, end, steps } = align(
    keys,
    stretch.tokens.map((token) => token.key),
  );
  if (start >= end) return null;
  const chars = (tokens: { key: string }[]) => tokens.reduce((sum, token) => sum + token.key.length, 0);
  const shared = chars(steps.flatMap((step) => (step.op === 'equal' ? (quote[step.quote] ?? []) : [])));
  const diff = diffOf(quotation, quote, stretch, steps, start);
  // A heading between the words is the document's, and the quotation lacks it.
  const headings = diff.reduce((sum, op) => sum + (op.op === 'heading' ? op.text.replace(/\s/gu, '').length : 0), 0);
  const similarity = (2 * shared) / (chars(quote) + chars(stretch.tokens.slice(start, end)) + headings);
  return { ...located(stretch, [[start, end]]), similarity, diff };
}

/**
 * Runs of one kind of step, each as the quotation's text (`delete`) or the document's (`equal`, `insert`), with a
 * `heading` op where the document's words the steps run over cross into another section.
 */
function diffOf(quotation: string, quote: QuoteToken[], stretch: Stretch, steps: Step[], start: number): DiffOp[] {
  const ops: DiffOp[] = [];
  let run: { op: EditOp; first: Step; last: Step } | undefined;
  const flush = () => {
    if (run) ops.push(opOf(quotation, quote, stretch, run, start));
    run = undefined;
  };
  let part: number | undefined;
  for (const step of steps) {
    const stepPart = step.op === 'delete' ? undefined : stretch.tokens[step.doc]?.part;
    if (stepPart !== undefined) {
      for (let p = (part ?? stepPart) + 1; p <= stepPart; p++) {
        const heading = stretch.headings[p];
        if (heading === undefined) continue;
        flush();
        const opening = stretch.tokens.findIndex((token) => token.part === p);
        ops.push({ op: 'heading', text: heading, place: placeOf(stretch, p, opening, opening) });
      }
      part = stepPart;
    }
    if (run?.op === step.op) run.last = step;
    else {
      flush();
      run = { op: step.op, first: step, last: step };
    }
  }
  flush();
  return ops;
}

function opOf(
  quotation: string,
  quote: QuoteToken[],
  stretch: Stretch,
  { op, first, last }: { op: EditOp; first: Step; last: Step },
  start: number,
): DiffOp {
  if (op === 'delete') {
    // Between document tokens: placed in the passage of the token before it, or at the match's start the one after.
    const at = first.doc;
    const anchor = at > start ? at - 1 : at;
    const text = quotation.slice(quote[first.quote]?.start ?? 0, quote[last.quote]?.end ?? 0);
    return { op, text, place: placeOf(stretch, stretch.tokens[anchor]?.part ?? 0, at, at) };
  }
  const { text } = located(stretch, [[first.doc, last.doc + 1]]);
  if (op === 'equal') return { op, text };
  return { op, text, place: placeOf(stretch, stretch.tokens[first.doc]?.part ?? 0, first.doc, last.doc + 1) };
}

/** Passage `part`'s id, and its words before token `from` and from token `to` on, a few each. */
function placeOf(stretch: Stretch, part: number, from: number, to: number): DiffPlace {
  const { tokens } = stretch;
  const first = tokens.findIndex((token) => token.part === part);
  let end = first;
  while (end < tokens.length && tokens[end]!.part === part) end++;
  const words = (a: number, b: number) => (a < b ? (stretch.passages[part]?.text.slice(tokens[a]!.start, tokens[b - 1]!.end) ?? '') : '');
  const [start, stop] = [Math.max(from, first), Math.min(to, end)];
  return {
    id: stretch.passages[part]?.id ?? '',
    before: words(wordsBefore(tokens, start, CONTEXT_WORDS, first), start),
    after: words(stop, wordsFrom(tokens, stop, CONTEXT_WORDS, end)),
  };
}
