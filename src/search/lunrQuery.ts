// lunr.Index#query over our arrays: clauses as Lunr's Query holds them, terms run through the search pipeline and
// expanded by Lunr's own TokenSet, scored by `evaluate`. Tests hold it equal to stock Lunr; Verbatim's ranking is
// built on the same evaluator.
import { indexData, type SearchIndex } from './build.js';
import { evaluate, OPTIONAL, REQUIRED, type Clause, type Presence } from './evaluate.js';
import { SEARCH_FIELDS, type SearchField } from './fields.js';
import { termsOfClause } from './lunr-view.js';
import { queryTerms } from './lunrPipeline.js';
import { termNumber } from './vocabulary.js';

/** A clause as lunr.Query#clause takes it. */
export interface LunrClause {
  term: string;
  fields?: readonly SearchField[];
  boost?: number;
  editDistance?: number;
  /** False for terms with wildcards, as Lunr's query parser sets it. */
  usePipeline?: boolean;
  presence?: Presence;
}

export interface LunrResult {
  /** The passage's ordinal as a string, as the saved index names passages. */
  ref: string;
  score: number;
}

/** What lunr.Index#query returns for these clauses (without match metadata), highest score first. */
export function lunrQuery(index: SearchIndex, clauses: readonly LunrClause[]): LunrResult[] {
  const data = indexData(index);
  const expanded: Clause[] = clauses.map((clause) => {
    const terms = clause.usePipeline === false ? [clause.term] : queryTerms(clause.term);
    const expansions: number[][] = [];
    for (const term of terms) {
      const found = termsOfClause(data.terms, term, clause.editDistance).map((t) => termNumber(data.vocabulary, t));
      expansions.push(found);
      if (found.length === 0 && clause.presence === REQUIRED) break;
    }
    return {
      expansions,
      fields: clause.fields ?? SEARCH_FIELDS,
      boost: clause.boost ?? 1,
      presence: clause.presence ?? OPTIONAL,
    };
  });
  const { matched, score } = evaluate(index, expanded);
  return Array.from(matched)
    .map((ordinal) => ({ ref: String(ordinal), score: score[ordinal] as number }))
    .sort((a, b) => b.score - a.score);
}
