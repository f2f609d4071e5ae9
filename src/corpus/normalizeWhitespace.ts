// The one normalization a quoted passage may undergo: runs of whitespace become one space.

export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
