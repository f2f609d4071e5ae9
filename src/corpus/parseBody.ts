// Cuts a curated document's body into headings, paragraphs, footnote definitions and fence lines, keeping line numbers.
import { normalizeWhitespace } from './normalizeWhitespace.js';

export type Block =
  | { kind: 'heading'; level: number; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'note'; marker: number; text: string; line: number }
  /** A `:::` line: `info` is what follows it (`statement speaker="…"` opens a quoted statement; empty closes one). */
  | { kind: 'fence'; info: string; line: number };

// Body syntax: blocks are separated by blank lines; "# ", "## ", "### " start headings of
// levels 1-3; "[^N]: " defines footnote N; a line opening with ":::" is a fence of its own.
const HEADING = /^(#{1,3})\s+(.*)$/su;
const NOTE = /^\[\^(\d+)\]:\s*(.*)$/su;
const FENCE = /^:::\s*(.*)$/u;

/** `lines` are the whole file's lines; `start` is the 0-based index of the first body line. */
export function parseBody(lines: string[], start: number): Block[] {
  const blocks: Block[] = [];
  let buffer: string[] = [];
  let bufferLine = 0;
  const flush = () => {
    if (buffer.length === 0) return;
    const raw = buffer.join('\n');
    buffer = [];
    const heading = HEADING.exec(raw);
    const note = NOTE.exec(raw);
    const line = bufferLine;
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length, text: normalizeWhitespace(heading[2] ?? ''), line });
    else if (note) blocks.push({ kind: 'note', marker: Number(note[1]), text: normalizeWhitespace(note[2] ?? ''), line });
    else blocks.push({ kind: 'paragraph', text: normalizeWhitespace(raw), line });
  };
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line.trim());
    if (fence) {
      flush();
      blocks.push({ kind: 'fence', info: fence[1]!.trim(), line: i + 1 });
    } else if (line.trim() === '') {
      flush();
    } else {
      if (buffer.length === 0) bufferLine = i + 1;
      buffer.push(line);
    }
  }
  flush();
  return blocks;
}
