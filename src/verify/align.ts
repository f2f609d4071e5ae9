// Where a quotation sits best inside a stretch of document tokens, and how it differs: an edit alignment that may
// start and end anywhere in the document but must account for every quoted token.

export type EditOp = 'equal' | 'delete' | 'insert';

export interface Step {
  op: EditOp;
  /** Quotation token, for `equal` and `delete`. */
  quote: number;
  /** Document token, for `equal` and `insert`. */
  doc: number;
}

export interface Alignment {
  /** Document tokens [start, end) the quotation lines up with. */
  start: number;
  end: number;
  /** In order. `delete`: a quoted token the document lacks; `insert`: a document token the quotation lacks. */
  steps: Step[];
}

/** Costs (quote.length + 1) × (doc.length + 1) cells; callers bound both. */
export function align(quote: readonly string[], doc: readonly string[]): Alignment {
  const width = doc.length + 1;
  const cost = new Int32Array((quote.length + 1) * width);
  const at = (i: number, j: number) => cost[i * width + j] as number;
  for (let i = 1; i <= quote.length; i++) {
    cost[i * width] = i;
    for (let j = 1; j <= doc.length; j++) {
      const same = quote[i - 1] === doc[j - 1] ? at(i - 1, j - 1) : Infinity;
      cost[i * width + j] = Math.min(same, at(i - 1, j) + 1, at(i, j - 1) + 1);
    }
  }
  let end = 0;
  for (let j = 1; j <= doc.length; j++) if (at(quote.length, j) < at(quote.length, end)) end = j;
  const steps: Step[] = [];
  let i = quote.length;
  let j = end;
  while (i > 0) {
    if (j > 0 && quote[i - 1] === doc[j - 1] && at(i, j) === at(i - 1, j - 1)) {
      steps.push({ op: 'equal', quote: --i, doc: --j });
    } else if (j > 0 && at(i, j) === at(i, j - 1) + 1) {
      steps.push({ op: 'insert', quote: i, doc: --j });
    } else {
      steps.push({ op: 'delete', quote: --i, doc: j });
    }
  }
  return { start: j, end, steps: steps.reverse() };
}
