// Shortens text to a length budget at a word boundary, with an ellipsis: never mid-word, never silently.

export const ELLIPSIS = '…';

/**
 * The longest prefix of `text` that ends at a word boundary and whose rendering (`render`, e.g. escaping)
 * plus `suffix` fits in `max`. Returns the text unchanged when it fits, and whether it was cut.
 */
export function fitText(
  text: string,
  max: number,
  render: (text: string) => string = (t) => t,
  suffix = ELLIPSIS,
): { text: string; cut: boolean } {
  if (render(text).length <= max) return { text: render(text), cut: false };
  // Rendering never shortens text, so the cut point is at most `max` characters in.
  for (let end = lastWordBoundary(text, Math.min(text.length, max)); end > 0; end = lastWordBoundary(text, end - 1)) {
    const candidate = `${render(text.slice(0, end).trimEnd())}${suffix}`;
    if (candidate.length <= max) return { text: candidate, cut: true };
  }
  // A single word longer than the budget: cut it, since an empty answer would say less.
  const hard = text.slice(0, Math.max(0, max - suffix.length));
  let length = hard.length;
  while (length > 0 && render(hard.slice(0, length)).length + suffix.length > max) length -= 1;
  return { text: `${render(hard.slice(0, length))}${suffix}`, cut: true };
}

function lastWordBoundary(text: string, end: number): number {
  if (end >= text.length) return text.length;
  if (/\s/u.test(text[end] ?? '')) return end;
  return text.lastIndexOf(' ', end);
}
