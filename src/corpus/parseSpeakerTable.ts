// Reads corpus/speakers.txt: the speaker labels transcripts use, and the name each is attributed to.
import { normalizeWhitespace } from './normalizeWhitespace.js';
import type { CorpusProblem } from './types.js';

/** Label as written → normalized speaker name. */
export type SpeakerTable = Map<string, string>;

export function parseSpeakerTable(file: string, content: string, problems: CorpusProblem[]): SpeakerTable {
  const table: SpeakerTable = new Map();
  const firstLine = new Map<string, number>();
  content.split(/\r?\n/u).forEach((raw, index) => {
    const line = index + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const parts = text.split('=>').map(normalizeWhitespace);
    const [label = '', name = label] = parts;
    if (parts.length > 2 || label === '' || name === '' || label.includes(':')) {
      problems.push({ file, line, message: `expected "Name" or "Label as written => Name", got ${JSON.stringify(text.slice(0, 80))}` });
      return;
    }
    const seen = firstLine.get(label);
    if (seen !== undefined) {
      problems.push({ file, line, message: `speaker label "${label}" is listed twice (first on line ${seen})` });
      return;
    }
    firstLine.set(label, line);
    table.set(label, name);
  });
  return table;
}
