// Compares the reviewed manifest with the corpus's and says what changed as a reviewer reads it: which passage,
// which column, old → new; passages added, removed, renumbered or moved into another document.
import { COLUMNS, documentOf, FIELD_SEPARATOR, gist, type Column, type ManifestRow } from './manifestRows.js';

export interface ManifestChange {
  /** The passage's id in the reviewed manifest, or in the corpus for a passage it did not have. */
  passage: string;
  /** `id` for a passage added (before is empty), removed (after is empty), renumbered or moved. */
  column: Column;
  before: string;
  after: string;
  /** For an added, removed or moved passage: its words in brief. */
  gist?: string;
}

interface Pair {
  before?: ManifestRow;
  after?: ManifestRow;
}

export function diffManifest(reviewed: ManifestRow[], current: ManifestRow[]): ManifestChange[] {
  const documents = [...new Set([...reviewed, ...current].map((row) => documentOf(row.id)))];
  const rowsOf = (rows: ManifestRow[], document: string) => rows.filter((row) => documentOf(row.id) === document);
  const pairs = documents.flatMap((document) => align(rowsOf(reviewed, document), rowsOf(current, document)));
  // Words that left one place and arrive at another were moved, e.g. across the boundary of two posts.
  const arrivals = new Set(pairs.filter((pair) => pair.before === undefined));
  const merged = new Set<Pair>();
  for (const pair of pairs) {
    if (pair.after !== undefined) continue;
    const arrival = [...arrivals].find((a) => textKey(a.after!) === textKey(pair.before!));
    if (arrival === undefined) continue;
    pair.after = arrival.after;
    arrivals.delete(arrival);
    merged.add(arrival);
  }
  return pairs.filter((pair) => !merged.has(pair)).flatMap(compare);
}

/** Passages with the same key hold the same words. */
function textKey(row: ManifestRow): string {
  return `${row.words}\t${row.first}\t${row.last}`;
}

/**
 * Pairs passages of one document in reading order: those with the same words by their longest common run, so that
 * a passage added or removed shows as such and the rest as renumbered; the others by position.
 */
function align(before: ManifestRow[], after: ManifestRow[]): Pair[] {
  const a = before.map(textKey);
  const b = after.map(textKey);
  // common[i][j]: the length of the longest common run of a[i…] and b[j…].
  const common = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      common[i]![j] = a[i] === b[j] ? common[i + 1]![j + 1]! + 1 : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
    }
  }
  const pairs: Pair[] = [];
  let gapBefore: ManifestRow[] = [];
  let gapAfter: ManifestRow[] = [];
  const closeGap = () => {
    for (let k = 0; k < Math.max(gapBefore.length, gapAfter.length); k += 1) {
      pairs.push({ ...(k < gapBefore.length ? { before: gapBefore[k] } : {}), ...(k < gapAfter.length ? { after: gapAfter[k] } : {}) });
    }
    gapBefore = [];
    gapAfter = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      closeGap();
      pairs.push({ before: before[i++]!, after: after[j++]! });
    } else if (j === b.length || (i < a.length && common[i + 1]![j]! >= common[i]![j + 1]!)) {
      gapBefore.push(before[i++]!);
    } else {
      gapAfter.push(after[j++]!);
    }
  }
  closeGap();
  return pairs;
}

function compare({ before, after }: Pair): ManifestChange[] {
  if (after === undefined) return [{ passage: before!.id, column: 'id', before: before!.id, after: '', gist: gist(before!) }];
  if (before === undefined) return [{ passage: after.id, column: 'id', before: '', after: after.id, gist: gist(after) }];
  const moved = documentOf(before.id) !== documentOf(after.id);
  // A passage renumbered or moved changes paragraph along with its id; the id line already says so.
  const renumbered = before.id !== after.id;
  return COLUMNS.filter((column) => before[column] !== after[column] && !(renumbered && column === 'paragraph')).map((column) => ({
    passage: before.id,
    column,
    before: before[column],
    after: after[column],
    ...(moved && column === 'id' ? { gist: gist(after) } : {}),
  }));
}

/** One line per change; changes alike in consecutive passages of a document (a new title, a renumbering) share one. */
export function describeChanges(changes: ManifestChange[]): string[] {
  // Grouped by document, then column, so that a document-wide change reads as one line even among renumberings.
  const documents = [...new Set(changes.map((change) => documentOf(change.passage)))];
  const order = (change: ManifestChange) => [documents.indexOf(documentOf(change.passage)), COLUMNS.indexOf(change.column)];
  const sorted = [...changes].sort((x, y) => order(x)[0]! - order(y)[0]! || order(x)[1]! - order(y)[1]!);
  const runs: ManifestChange[][] = [];
  for (const change of sorted) {
    const run = runs[runs.length - 1];
    if (run !== undefined && continues(run[run.length - 1]!, change)) run.push(change);
    else runs.push([change]);
  }
  return runs.map(describeRun);
}

function continues(previous: ManifestChange, next: ManifestChange): boolean {
  if (previous.column !== next.column || documentOf(previous.passage) !== documentOf(next.passage)) return false;
  if (numberOf(next.passage) !== numberOf(previous.passage) + 1) return false;
  if (next.column !== 'id') return previous.before === next.before && previous.after === next.after;
  if (previous.before === '' || next.before === '') return previous.before === next.before;
  if (previous.after === '' || next.after === '') return previous.after === next.after;
  return documentOf(previous.after) === documentOf(next.after) && numberOf(next.after) === numberOf(previous.after) + 1;
}

function describeRun(run: ManifestChange[]): string {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const passages = run.length === 1 ? first.passage : `${first.passage}–${numberOf(last.passage)} (${run.length} passages)`;
  if (first.column === 'attribution') return `${passages} attribution: ${fieldsShown(first.before, first.after)}`;
  if (first.column !== 'id') return `${passages} ${first.column}: ${shown(first.before, first.after)}`;
  const words = run.length === 1 && first.gist !== undefined ? `: ${first.gist}` : '';
  if (first.before === '') return `${passages} added${words}`;
  if (first.after === '') return `${passages} removed${words}`;
  const now = run.length === 1 ? first.after : `${first.after}–${numberOf(last.after)}`;
  const moved = documentOf(first.before) !== documentOf(first.after) ? ' (moved to another document)' : '';
  return `${passages} ${run.length === 1 ? 'is' : 'are'} now ${now}${moved}${words}`;
}

function numberOf(id: string): number {
  return Number(id.slice(id.lastIndexOf(':') + 1));
}

/** Values up to this length are shown whole; longer ones around what changed, with this many words either side. */
const SHORT = 60;
const CONTEXT_WORDS = 3;

/** The attribution's fields that changed, each `field: old → new`. */
function fieldsShown(before: string, after: string): string {
  const a = attributionFields(before);
  const b = attributionFields(after);
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((field) => a.get(field) !== b.get(field))
    .map((field) => `${field}: ${shown(a.get(field) ?? '', b.get(field) ?? '')}`)
    .join('; ');
}

function attributionFields(attribution: string): Map<string, string> {
  const fields = attribution.split(FIELD_SEPARATOR).map((part) => part.split(/(?<=^[a-z-]+): /u));
  return new Map(fields.map(([field, value]) => [field!, value ?? '']));
}

/** `old → new`; long values only around what changed. */
function shown(before: string, after: string): string {
  const value = (text: string) => (text === '' ? '(none)' : text);
  if (before.length <= SHORT && after.length <= SHORT) return `${value(before)} → ${value(after)}`;
  const a = before.split(' ');
  const b = after.split(' ');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const from = Math.max(0, start - CONTEXT_WORDS);
  const kept = Math.max(0, end - CONTEXT_WORDS);
  const cut = (words: string[]) => `${from > 0 ? '… ' : ''}${words.slice(from, words.length - kept).join(' ')}${kept > 0 ? ' …' : ''}`;
  return `${value(cut(a).trim())} → ${value(cut(b).trim())}`;
}
