// Brings corpus/aliases.txt up to date with a renumbering the manifest diff found: a line for each renumbered id,
// and existing lines pointed at where their words are now, so that every line names a passage holding its words.
import { readAliasLine } from '../../src/corpus/parseAliasTable.js';
import { describeChanges, type ManifestChange } from './diffManifest.js';
import { documentOf } from './manifestRows.js';

/** Written at the top of a table this creates. */
export const ALIASES_HEADER = [
  '# Passage ids that were renumbered, and where the words each one named are now: ids are shared in messages and',
  '# papers, so an old id keeps leading to its words. One "old-id => new-id" a line, with a comment saying when and why.',
  '# An old id may name a passage now (renumbering reuses ids): replies to it then also say where its former words are.',
  '# `npm run manifest:update` writes these lines.',
];

export interface AliasUpdate {
  content: string;
  /** What changed, one line each, to print. */
  report: string[];
}

/** Renumbered (or moved) passages: the id before → the id now. */
function renumberings(changes: ManifestChange[]): Map<string, string> {
  return new Map(changes.filter((c) => c.column === 'id' && c.before !== '' && c.after !== '').map((c) => [c.before, c.after]));
}

/** Why a document's passages were renumbered: the passages added or removed in it, else the renumbering itself. */
function reasons(changes: ManifestChange[]): Map<string, string> {
  const ids = changes.filter((c) => c.column === 'id');
  const documents = new Set(ids.filter((c) => c.before !== '' && c.after !== '').map((c) => documentOf(c.before)));
  return new Map(
    [...documents].map((document) => {
      const own = ids.filter((c) => documentOf(c.passage) === document);
      const causes = own.filter((c) => c.before === '' || c.after === '');
      return [document, describeChanges(causes.length > 0 ? causes : own).join('; ')];
    }),
  );
}

/** `content` (the table as it is, '' when there is none) with the renumbering of `date` recorded. */
export function updateAliases(content: string, changes: ManifestChange[], date: string): AliasUpdate {
  const moved = renumberings(changes);
  const removed = new Set(changes.filter((c) => c.column === 'id' && c.after === '').map((c) => c.before));
  const report: string[] = [];
  const listed = new Map<string, string>();
  const lines = content === '' ? [...ALIASES_HEADER] : content.replace(/\n$/u, '').split(/\r?\n/u);
  const kept = lines.flatMap((raw) => {
    const read = readAliasLine(raw);
    if (read === 'blank' || read === 'malformed') return [raw];
    if (removed.has(read.to)) {
      report.push(`dropped ${read.from} => ${read.to}: the words it led to were removed`);
      return [];
    }
    const to = moved.get(read.to);
    listed.set(read.from, to ?? read.to);
    if (to === undefined) return [raw];
    report.push(`rewrote ${read.from} => ${to} (was => ${read.to})`);
    return [raw.replace(/=>(\s*)\S+/u, `=>$1${to}`)];
  });
  const why = reasons(changes);
  const added = [...moved].flatMap(([from, to]) => {
    const earlier = listed.get(from);
    if (earlier !== undefined) {
      report.push(
        `not added ${from} => ${to}: the line ${from} => ${earlier} says what ${from} named before an earlier renumbering, and an id stands once`,
      );
      return [];
    }
    report.push(`added ${from} => ${to}`);
    return [`${from} => ${to}  # ${date} renumbered: ${why.get(documentOf(from))}`];
  });
  return { content: `${[...kept, ...added].join('\n')}\n`, report };
}
