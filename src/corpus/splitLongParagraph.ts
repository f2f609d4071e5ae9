// Splits a paragraph longer than the passage limit at sentence boundaries, never changing a character.

export const MAX_PASSAGE_LENGTH = 1000;

// Words after which a full stop does not end a sentence ("Mr. Straw", "U.S. forces", "George H. W. Bush").
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:Mr|Mrs|Ms|Dr|St|Sr|Jr|No|Nos|vol|p|pp|hon|cf|etc|e\.g|i\.e|a\.k\.a|U\.S|U\.K|[A-Z])\.$/u;
// Cuts in order of preference: a full stop (not the dots of an ellipsis), question or exclamation mark; then an
// ellipsis, which a speaker often uses to trail off mid-sentence ("that we meet … Sied Al Nayeb and your messenger").
const BOUNDARIES = [
  /(?:[!?]+|(?<!\. ?)\.(?! ?\.))["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu,
  /[.!?…]+["”’)\]]*(?=\s+["“‘([]?[\p{Lu}\p{N}])/gu,
];

/**
 * Pieces of `text` (already whitespace-normalized), each at most `max` characters, joined by single spaces. Pieces end
 * at a full stop, question or exclamation mark; failing those, at an ellipsis; only a sentence longer than `max` with
 * neither is cut between two words.
 */
export function splitLongParagraph(text: string, max = MAX_PASSAGE_LENGTH): string[] {
  return text.length <= max ? [text] : split(text, max, 0);
}

function split(text: string, max: number, level: number): string[] {
  const boundary = BOUNDARIES[level];
  if (boundary === undefined) return cutAtWords(text, max);
  const units = sentences(text, boundary).flatMap((unit) => (unit.length <= max ? [unit] : split(unit, max, level + 1)));
  const pieces: string[] = [];
  let current = '';
  for (const unit of units) {
    const joined = current === '' ? unit : `${current} ${unit}`;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current !== '') pieces.push(current);
    current = unit;
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

function cutAtWords(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(' ', max);
    const at = cut > 0 ? cut : max;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  return rest === '' ? pieces : [...pieces, rest];
}

function sentences(text: string, boundary: RegExp): string[] {
  const result: string[] = [];
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    if (ABBREVIATION.test(text.slice(Math.max(start, end - 12), end))) continue;
    result.push(text.slice(start, end));
    start = end + 1;
  }
  result.push(text.slice(start));
  return result.filter((sentence) => sentence !== '');
}
