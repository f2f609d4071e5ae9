// Splits a paragraph longer than the passage limit at sentence boundaries, never changing a character.

export const MAX_PASSAGE_LENGTH = 1000;

// Words after which a full stop does not end a sentence ("Mr. Straw", "U.S. forces", "George H. W. Bush").
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|No|Nos|vol|p|pp|hon|cf|etc|e\.g|i\.e|a\.k\.a|U\.S|U\.K|[A-Z])\.$/u;
const SENTENCE_END = /[.!?…]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

/** Pieces of `text` (already whitespace-normalized), each at most `max` characters, joined by single spaces. */
export function splitLongParagraph(text: string, max = MAX_PASSAGE_LENGTH): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const sentence of sentences(text)) {
    const joined = current === '' ? sentence : `${current} ${sentence}`;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current !== '') pieces.push(current);
    current = sentence;
    while (current.length > max) {
      const cut = current.lastIndexOf(' ', max);
      const at = cut > 0 ? cut : max;
      pieces.push(current.slice(0, at));
      current = current.slice(at).trimStart();
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

function sentences(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = (match.index ?? 0) + match[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    result.push(text.slice(start, end));
    start = end + 1;
  }
  result.push(text.slice(start));
  return result.filter((sentence) => sentence !== '');
}
