// Cuts one parsed document into passages: a paragraph or speaker turn each, long ones split by sentence.
import type { Block } from './parseBody.js';
import type { SpeakerTable } from './parseSpeakerTable.js';
import { parseStatementFence, type StatementFence, unstatedAttributes } from './quotedStatement.js';
import { resolveNotes } from './resolveNotes.js';
import { splitLongParagraph } from './splitLongParagraph.js';
import type { CorpusProblem, DocumentMeta, Passage, PassageLocation } from './types.js';

/** Document types whose paragraphs open with a speaker label ("Rajavi: …"). */
const SPOKEN_TYPES = new Set(['transcript', 'interview']);
const SPEAKER_LABEL = /^([^:]{1,40}):\s+(.+)$/su;
const MARKER = /\[(\d+)\]/gu;
export const SECTION_SEPARATOR = ' › ';

/** The last paragraph outside a statement: what a fence after it is checked against. */
interface Introduction {
  text: string;
  /** Id of its (last) passage. */
  passage: string;
  line: number;
}

/** A `::: statement` fence being read: `introduction` is unset when the fence was refused (already reported). */
interface OpenStatement {
  fence: StatementFence;
  line: number;
  introduction: Introduction | undefined;
  passages: Passage[];
}

export function cutPassages(
  file: string,
  meta: DocumentMeta,
  blocks: Block[],
  speakers: SpeakerTable,
  problems: CorpusProblem[],
): Passage[] {
  const noteBlocks = blocks.flatMap((block) => (block.kind === 'note' ? [block] : []));
  const notes = resolveNotes(file, noteBlocks, problems);
  const cited = new Set<number>();
  const passages: Passage[] = [];
  // Open headings by level; a passage's section is the path of those above it.
  const headings: Extract<Block, { kind: 'heading' }>[] = [];
  let textSinceHeading = true;
  let paragraph = 0;
  // The open labelled turn and the unlabelled paragraphs since. They continue it only if the exchange goes on (another
  // labelled turn before any heading), so a title, a participant list or a closing tape note stays unattributed.
  let open: { speaker: string; unlabelled: PassageLocation[] } | undefined;
  // The last paragraph outside any quoted statement since the last heading: what introduces a statement fence.
  let introduction: Introduction | undefined;
  let statement: OpenStatement | undefined;
  for (const block of blocks) {
    if (block.kind === 'fence') {
      if (block.info === '') {
        if (statement) closeStatement(file, statement, problems);
        else problems.push({ file, line: block.line, message: 'closing ":::" without an opening "::: statement"' });
        statement = undefined;
        continue;
      }
      if (statement) {
        problems.push({ file, line: statement.line, message: `statement opened here is not closed before the fence at line ${block.line}` });
      }
      const parsed = parseStatementFence(block.info);
      if ('problem' in parsed) problems.push({ file, line: block.line, message: parsed.problem });
      else if (!introduction) problems.push({ file, line: block.line, message: 'a statement needs a paragraph introducing it, after the last heading' });
      // A refused fence still opens, so that its closing line is not reported as well.
      const valid = 'fence' in parsed && introduction !== undefined;
      statement = { fence: valid ? parsed.fence : {}, line: block.line, introduction: valid ? introduction : undefined, passages: [] };
      continue;
    }
    if (block.kind === 'heading') {
      open = undefined;
      introduction = undefined;
      const parent = headings[headings.length - 1];
      if (!textSinceHeading && parent && block.level <= parent.level) {
        problems.push({ file, line: parent.line, message: `heading "${parent.text}" has no text under it` });
      }
      headings.splice(block.level - 1, Infinity, block);
      textSinceHeading = false;
    }
    if (block.kind !== 'paragraph') continue;
    textSinceHeading = true;
    paragraph += 1;
    const location: PassageLocation = { paragraph };
    const path = headings.map((heading) => heading.text);
    if (path.length > 0) location.section = path.join(SECTION_SEPARATOR);
    if (statement?.introduction) {
      location.statement = { ...statement.fence, introduction: statement.introduction.passage };
      if (statement.fence.speaker !== undefined) {
        location.speaker = statement.fence.speaker;
        location.speakerFrom = 'statement';
      }
    }
    let text = block.text;
    const turn = SPOKEN_TYPES.has(meta.type) ? SPEAKER_LABEL.exec(text) : null;
    const speaker = turn ? speakers.get(turn[1]!.trim()) : undefined;
    if (turn && speaker !== undefined) {
      location.speaker = speaker;
      text = turn[2]!;
      if (open) {
        for (const continued of open.unlabelled) {
          continued.speaker = open.speaker;
          continued.speakerFrom = 'turn';
        }
      }
    }
    // A label not in the table may be another voice, so it closes the turn rather than continuing it.
    if (turn) open = speaker === undefined ? undefined : { speaker, unlabelled: [] };
    const first = passages.length;
    const pieces = splitLongParagraph(text);
    for (const [i, piece] of pieces.entries()) {
      const markers = [...piece.matchAll(MARKER)].map((match) => Number(match[1]));
      const pieceNotes: string[] = [];
      for (const marker of markers) {
        const note = notes.get(marker);
        if (note !== undefined) {
          pieceNotes.push(note);
          cited.add(marker);
        } else if (noteBlocks.length > 0) {
          problems.push({ file, line: block.line, message: `footnote marker [${marker}] has no "[^${marker}]:" definition` });
        }
      }
      const number = passages.length + 1;
      passages.push({
        id: `${meta.id}:${number}`,
        document: meta.id,
        number,
        text: piece,
        location: pieces.length > 1 ? { ...location, part: { part: i + 1, parts: pieces.length } } : { ...location },
        ...(pieceNotes.length > 0 ? { notes: pieceNotes } : {}),
      });
    }
    if (!turn) open?.unlabelled.push(...passages.slice(first).map((passage) => passage.location));
    statement?.passages.push(...passages.slice(first));
    // The introducing sentence ends the paragraph, so a split paragraph introduces from its last part.
    if (!statement) introduction = { text: block.text, passage: passages[passages.length - 1]!.id, line: block.line };
  }
  if (statement) problems.push({ file, line: statement.line, message: 'statement opened here is never closed (":::")' });
  const last = headings[headings.length - 1];
  if (!textSinceHeading && last) problems.push({ file, line: last.line, message: `heading "${last.text}" has no text under it` });
  for (const block of blocks) {
    if (block.kind === 'note' && notes.has(block.marker) && !cited.has(block.marker)) {
      problems.push({ file, line: block.line, message: `footnote [^${block.marker}] is never cited in the text` });
    }
  }
  return passages;
}

/** Refuses an empty statement, and a name, date or work its introduction (or the quotation's footnotes) does not state. */
function closeStatement(file: string, statement: OpenStatement, problems: CorpusProblem[]): void {
  if (statement.passages.length === 0) {
    problems.push({ file, line: statement.line, message: 'statement has no paragraph inside it' });
    return;
  }
  if (!statement.introduction) return;
  const notes = statement.passages.flatMap((passage) => passage.notes ?? []);
  const unstated = unstatedAttributes(statement.fence, statement.introduction.text, notes);
  if (unstated.length > 0) {
    problems.push({
      file,
      line: statement.line,
      message: `statement ${unstated.join(', ')} not stated by the paragraph introducing it (line ${statement.introduction.line}) or by a footnote the quotation carries`,
    });
  }
}
