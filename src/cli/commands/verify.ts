// `verify "<text>"`: is this quotation in the corpus — exactly (perhaps with an editor's omissions and insertions),
// nearly (with the differences), or not at all? Every passage a match spans is named and shown with its speaker; words
// from a footnote are shown as the note's, beside the passage that carries it.
import { noteMarker } from '../../corpus/resolveNotes.js';
import type { Corpus } from '../../corpus/types.js';
import {
  differenceLines,
  gapLines,
  headingSplit,
  matchedNote,
  matchPlace,
  noteVerdict,
  placesFound,
  verdictName,
  type TextStyle,
} from '../../render/verificationText.js';
import { verifyQuotation, type EditorialGap, type QuoteMatch, type Verdict } from '../../verify/index.js';
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
    const found = placesFound({ verdict, matches }, matches.length);
    if (found !== '') io.write(`${found}\n\n`);
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
    return {
      id: passageId,
      ...(speaker !== undefined ? { speaker } : {}),
      quoted: (quoted[i] ?? []).map(([start, end]) => words.slice(start, end)),
    };
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
  const gaps = lines(gapLines(match.gaps ?? [], PLAIN));
  if (verdict === 'exact') io.write(`${name}: the corpus has these words, ${place}.\n${gaps}`);
  else if (verdict === 'exact_edited') io.write(`${name}: the quotation's own words are the corpus's, in order, ${place}.\n${gaps}`);
  else {
    const split = headingSplit(match, PLAIN);
    io.write(
      `${name} (${Math.round(match.similarity * 100)}% similar), ${place}.${split === '' ? '' : ` ${split}`} Differences:\n${lines(differenceLines(match.diff ?? [], PLAIN))}`,
    );
  }
  match.ids.forEach((id, i) => {
    const passage = corpus.passageById.get(id);
    const inserted = (match.gaps ?? []).filter((gap) => gap.kind === 'insertion' && gap.ids.length === 1 && gap.ids[0] === id);
    if (passage) io.write(`${formatPassage(corpus, passage, quotedWords(passage.text, match.quoted[i] ?? [], inserted))}\n`);
  });
  io.write('\n');
}

/**
 * The quoted ranges of a passage's text, spaced as written, and between them `[…]` for the document's words left out,
 * or `{they → [the MEK]}` for the document's words an insertion (of `inserted`, in this passage) stands in for.
 */
function quotedWords(text: string, ranges: readonly [number, number][], inserted: readonly EditorialGap[] = []): string {
  if (ranges.length === 0) return LEFT_OUT;
  return ranges
    .map(([start, end], i) => {
      const between = i > 0 ? text.slice(ranges[i - 1]![1], start) : '';
      const from = i > 0 ? ranges[i - 1]![1] : start;
      const insertion = inserted.find(({ offsets: [[at, to] = [-1, -1]] }) => at >= from && to <= start);
      const shown = insertion ? `{${text.slice(insertion.offsets[0]![0], insertion.offsets[0]![1])} → ${insertion.mark}}` : LEFT_OUT;
      return (between.trim() === '' ? between : between.replace(/^(\s*)[^]*?(\s*)$/u, `$1${shown}$2`)) + text.slice(start, end);
    })
    .join('');
}

function lines(items: string[] = []): string {
  return items.map((item) => `  ${item}\n`).join('');
}
