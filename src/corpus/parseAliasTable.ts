// Reads corpus/aliases.txt: passage ids that were renumbered, and the id each passage has now, so shared ids keep working.
import type { CorpusProblem } from './types.js';

const LINE = /^(\S+)\s*=>\s*(\S+)$/u;
const PASSAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:[1-9]\d*$/u;

/** Old id → the id of the same words now. */
export type AliasTable = Map<string, string>;

/**
 * One `old-id => new-id` a line; `#` starts a comment. The new id must be a passage of the corpus, and the old one
 * must not: an id is never reused for other words. An old id stands once; a renamed passage renamed again is
 * written old => newest, since a chain would make an old id's meaning depend on the order of lines.
 */
export function parseAliasTable(file: string, content: string, passageIds: ReadonlySet<string>, problems: CorpusProblem[]): AliasTable {
  const rows: { line: number; from: string; to: string }[] = [];
  content.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.replace(/#.*$/u, '').trim();
    if (text === '') return;
    const [, from = '', to = ''] = LINE.exec(text) ?? [];
    if (!PASSAGE_ID.test(from) || !PASSAGE_ID.test(to)) {
      problems.push({ file, line, message: `expected "old-document-id:N => document-id:N", got ${JSON.stringify(text.slice(0, 80))}` });
      return;
    }
    rows.push({ line, from, to });
  });
  const firstLine = new Map<string, number>();
  const table: AliasTable = new Map();
  for (const { line, from, to } of rows) {
    const seen = firstLine.get(from);
    const chained = rows.find((row) => row.from === to);
    if (seen !== undefined) {
      problems.push({ file, line, message: `${from} is already renamed on line ${seen}` });
    } else if (passageIds.has(from)) {
      problems.push({ file, line, message: `${from} is a passage of the corpus; an id is never reused for other words` });
    } else if (passageIds.has(to)) {
      table.set(from, to);
    } else if (chained !== undefined) {
      problems.push({ file, line, message: `${to} is itself renamed to ${chained.to} on line ${chained.line}: write ${from} => ${chained.to}` });
    } else {
      problems.push({ file, line, message: `${to} is not a passage of the corpus` });
    }
    firstLine.set(from, firstLine.get(from) ?? line);
  }
  return table;
}
