// Turns a document's numbered footnotes into display strings, resolving "Ibid." to the note it repeats.
import type { CorpusProblem } from './types.js';

export interface NoteDefinition {
  marker: number;
  text: string;
  line: number;
}

const IBID = /^ibid\b\.?,?\s*(.*?)\.?$/iu;
// "…”, pp.13-14." → the work, and its own locator.
const LOCATOR = /^(.*?),\s*((?:pp?\.\s*)?\d[\d\s\-–,]*?)\.?$/u;

/**
 * Marker → `[N] text`; an Ibid. note reads `[N] Ibid, 15. = <the work it repeats>, 15.`:
 * the words as written first, then the resolution, with the note's own page where it gives one.
 */
export function resolveNotes(file: string, notes: NoteDefinition[], problems: CorpusProblem[]): Map<number, string> {
  const display = new Map<number, string>();
  let previous: string | undefined;
  for (const note of notes) {
    if (display.has(note.marker)) {
      problems.push({ file, line: note.line, message: `footnote [${note.marker}] is defined twice` });
      continue;
    }
    if (note.text === '') {
      problems.push({ file, line: note.line, message: `footnote [${note.marker}] has no text` });
      continue;
    }
    const ibid = IBID.exec(note.text);
    if (!ibid) {
      previous = note.text;
      display.set(note.marker, `[${note.marker}] ${note.text}`);
      continue;
    }
    if (previous === undefined) {
      problems.push({ file, line: note.line, message: `footnote [${note.marker}] says "Ibid." but no note precedes it` });
      continue;
    }
    const ownLocator = ibid[1]?.trim() ?? '';
    const resolved = ownLocator === '' ? previous : `${workOf(previous)}, ${ownLocator}.`;
    display.set(note.marker, `[${note.marker}] ${note.text} = ${resolved}`);
    previous = resolved;
  }
  return display;
}

/**
 * A note as its document writes it, without the resolution an "Ibid." note was given: `[2] Ibid.` of
 * `[2] Ibid. = Nyabati Bijan; …`; any other note whole. The resolution's words are Verbatim's, not the document's.
 */
export function writtenNote(note: string): string {
  const at = IBID_DISPLAY.exec(note);
  return at ? note.slice(0, at[0].length) : note;
}

/** The written part of a displayed Ibid. note: its marker and own words up to the ` = ` `resolveNotes` puts after them. */
const IBID_DISPLAY = /^\[\d+\] ibid\b.*?(?= = )/iu;

/** The marker a resolved note opens with, e.g. `[2]`. */
export function noteMarker(note: string): string {
  return /^\[\d+\]/u.exec(note)?.[0] ?? '[?]';
}

function workOf(note: string): string {
  const match = LOCATOR.exec(note);
  return match?.[1] ?? note.replace(/\.$/u, '');
}
