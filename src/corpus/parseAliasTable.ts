// Reads corpus/aliases.txt: for each passage id that was renumbered, the id its words have now, so shared ids keep
// bringing back the words they named.
import type { Alias, AliasTable, CorpusProblem } from './types.js';

const LINE = /^(\S+)\s*=>\s*(\S+)$/u;
const PASSAGE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*:[1-9]\d*$/u;
// `npm run manifest:update` opens each comment with the day of the renumbering, which replies then name.
const DATED_COMMENT = /^#\s*(\d{4}-\d{2}-\d{2})\b/u;

/** One line of the table: nothing but blanks and comments, an alias, or something else. */
export type AliasLine = 'blank' | 'malformed' | ({ from: string } & Alias);

export function readAliasLine(raw: string): AliasLine {
  const comment = raw.indexOf('#');
  const text = (comment < 0 ? raw : raw.slice(0, comment)).trim();
  if (text === '') return 'blank';
  const [, from = '', to = ''] = LINE.exec(text) ?? [];
  if (!PASSAGE_ID.test(from) || !PASSAGE_ID.test(to)) return 'malformed';
  const since = comment < 0 ? undefined : DATED_COMMENT.exec(raw.slice(comment))?.[1];
  return { from, to, ...(since === undefined ? {} : { since }) };
}

/**
 * One `old-id => new-id` a line; `#` starts a comment. The new id must be a passage of the corpus. The old one may
 * be one too: renumbering gives later passages the ids of earlier ones, and the line records what the id named
 * before. Each line's new id is where the words are now (`npm run manifest:update` rewrites lines whose target
 * moves), so lookups never follow one line to another: `a => b` and `b => c` say that a's words are at b and b's
 * at c. An old id stands once.
 */
export function parseAliasTable(file: string, content: string, passageIds: ReadonlySet<string>, problems: CorpusProblem[]): AliasTable {
  const rows: ({ line: number; from: string } & Alias)[] = [];
  content.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const read = readAliasLine(raw);
    if (read === 'malformed') {
      const text = raw.replace(/#.*$/u, '').trim();
      problems.push({ file, line, message: `expected "old-document-id:N => document-id:N", got ${JSON.stringify(text.slice(0, 80))}` });
    } else if (read !== 'blank') {
      rows.push({ line, ...read });
    }
  });
  const firstLine = new Map<string, number>();
  const table: AliasTable = new Map();
  for (const { line, from, ...alias } of rows) {
    const seen = firstLine.get(from);
    const renamed = rows.find((row) => row.from === alias.to);
    if (seen !== undefined) {
      problems.push({ file, line, message: `${from} is already renamed on line ${seen}` });
    } else if (from === alias.to) {
      problems.push({ file, line, message: `${from} is renamed to itself` });
    } else if (passageIds.has(alias.to)) {
      table.set(from, alias);
    } else if (renamed !== undefined) {
      problems.push({ file, line, message: `${alias.to} is not a passage but is itself renamed to ${renamed.to} on line ${renamed.line}: write ${from} => ${renamed.to}` });
    } else {
      problems.push({ file, line, message: `${alias.to} is not a passage of the corpus` });
    }
    firstLine.set(from, firstLine.get(from) ?? line);
  }
  return table;
}
