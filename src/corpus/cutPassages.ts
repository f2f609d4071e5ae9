// Cuts one parsed document into passages: a paragraph or speaker turn each, long ones split by sentence.
import type { Block } from './parseBody.js';
import type { SpeakerTable } from './parseSpeakerTable.js';
import { resolveNotes } from './resolveNotes.js';
import { splitLongParagraph } from './splitLongParagraph.js';
import type { CorpusProblem, DocumentMeta, Passage, PassageLocation } from './types.js';

/** Document types whose paragraphs open with a speaker label ("Rajavi: …"). */
const SPOKEN_TYPES = new Set(['transcript', 'interview']);
const SPEAKER_LABEL = /^([^:]{1,40}):\s+(.+)$/su;
const MARKER = /\[(\d+)\]/gu;
export const SECTION_SEPARATOR = ' › ';

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
  for (const block of blocks) {
    if (block.kind === 'heading') {
      open = undefined;
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
    for (const piece of splitLongParagraph(text)) {
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
        location: { ...location },
        ...(pieceNotes.length > 0 ? { notes: pieceNotes } : {}),
      });
    }
    if (!turn) open?.unlabelled.push(...passages.slice(first).map((passage) => passage.location));
  }
  const last = headings[headings.length - 1];
  if (!textSinceHeading && last) problems.push({ file, line: last.line, message: `heading "${last.text}" has no text under it` });
  for (const block of blocks) {
    if (block.kind === 'note' && notes.has(block.marker) && !cited.has(block.marker)) {
      problems.push({ file, line: block.line, message: `footnote [^${block.marker}] is never cited in the text` });
    }
  }
  return passages;
}
