// `verify "<text>"`: is this quotation in the corpus — exactly (perhaps with an editor's omissions and insertions),
// nearly (with the differences), or not at all? Every passage a match spans is named and shown with its speaker; words
// from a footnote are shown as the note's, beside the passage that carries it.
import { noteMarker } from '../../corpus/resolveNotes.js';
import type { Corpus } from '../../corpus/types.js';
import { gapLine, matchedNote, matchPlace, noteVerdict, verdictName, type TextStyle } from '../../render/verificationText.js';
import { verifyQuotation, type QuoteMatch, type Verdict } from '../../verify/index.js';
import type { CliCommand, CliIo } from '../cliCommand.js';
import { formatPassage } from '../formatPassage.js';
import { UsageError } from '../usageError.js';

const PLAIN: TextStyle = { id: (id) => id, words: (text) => text };
/** Stands for the document's words a quotation leaves out, where a passage is shown. */
const LEFT_OUT = '[…]';

export const verifyCommand: CliCommand = {
  name: 'verify',
  usage: 'verify "<quotation>" [--json]',
  options: {},
  async run({ positionals, values }, { corpus, io, searchIndex }) {
    const quotation = positionals.join(' ');
    if (quotation.trim() === '') throw new UsageError('verify needs the quotation to check, e.g. verify "the best defence is an attack"');
    const { verdict, matches } = verifyQuotation(await searchIndex(), quotation);
    if (values.json) {
      io.write(`${JSON.stringify({ verdict, matches: matches.map((match) => matchJson(corpus, match)) })}\n`);
      return;
    }
    if (verdict === 'not_found') {
      io.write('Not found: no passage of the corpus reads like this quotation.\n');
      return;
    }
    for (const match of matches) writeMatch(io, corpus, verdict, match);
  },
};

function matchJson(corpus: Corpus, match: QuoteMatch) {
  const { id, ids, quoted, similarity, text, diff, gaps } = match;
  const note = matchedNote(corpus, match);
  const passages = ids.map((passageId, i) => {
    const passage = corpus.passageById.get(passageId);
    const speaker = passage?.location.speaker;
    const words = note ?? passage?.text ?? '';
    return { id: passageId, ...(speaker !== undefined ? { speaker } : {}), quoted: (quoted[i] ?? []).map(([start, end]) => words.slice(start, end)) };
  });
  // `quoted` and `text` are then the note's words, never the passage's.
  const inNote = note === undefined ? {} : { note: { marker: noteMarker(note), text: note } };
  return { id, ids, passages, similarity, text, ...inNote, ...(diff ? { diff } : {}), ...(gaps ? { gaps } : {}) };
}

function writeMatch(io: CliIo, corpus: Corpus, verdict: Verdict, match: QuoteMatch): void {
  const place = matchPlace(corpus, match, PLAIN);
  const name = verdictName(verdict, match);
  const note = matchedNote(corpus, match);
  if (note !== undefined) {
    const carrier = corpus.passageById.get(match.id);
    io.write(`${noteVerdict(corpus, match, name, PLAIN)}\n`);
    io.write(`  note ${noteMarker(note)} ${quotedWords(note, match.quoted[0] ?? [])}\n`);
    if (carrier) io.write(`The passage that carries the note:\n${formatPassage(corpus, carrier)}\n`);
    io.write('\n');
    return;
  }
  if (verdict === 'exact') io.write(`${name}: the corpus has these words, ${place}.\n`);
  else if (verdict === 'exact_edited') io.write(`${name}: the quotation's own words are the corpus's, in order, ${place}.\n${lines(match.gaps?.map((gap) => gapLine(gap, PLAIN)))}`);
  else io.write(`${name} (${Math.round(match.similarity * 100)}% similar), ${place}. Differences:\n${lines(describeDiff(match.diff ?? []))}`);
  match.ids.forEach((id, i) => {
    const passage = corpus.passageById.get(id);
    if (passage) io.write(`${formatPassage(corpus, passage, quotedWords(passage.text, match.quoted[i] ?? []))}\n`);
  });
  io.write('\n');
}

/** The quoted ranges of a passage's text, and between them `[…]` for the document's words left out, spaced as written. */
function quotedWords(text: string, ranges: readonly [number, number][]): string {
  if (ranges.length === 0) return LEFT_OUT;
  return ranges
    .map(([start, end], i) => {
      const between = i > 0 ? text.slice(ranges[i - 1]![1], start) : '';
      return (between.trim() === '' ? between : between.replace(/^(\s*)[^]*?(\s*)$/u, `$1${LEFT_OUT}$2`)) + text.slice(start, end);
    })
    .join('');
}

function lines(items: string[] = []): string {
  return items.map((item) => `  ${item}\n`).join('');
}

function describeDiff(diff: { op: string; text: string }[]): string[] {
  return diff
    .filter((part) => part.op !== 'equal')
    .map((part) => (part.op === 'delete' ? `quotation has: “${part.text}”` : `document has: “${part.text}”`));
}
