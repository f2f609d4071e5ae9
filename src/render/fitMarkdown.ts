// Last-resort shortening of markdown we rendered ourselves: at a space (else between two characters), with bold and
// escapes kept balanced, and as well-formed Unicode whatever it was given.
import { graphemeEnds } from '../text/graphemes.js';
import { ELLIPSIS } from './fitText.js';

/** `markdown` within `max` UTF-16 code units; a lone surrogate becomes U+FFFD, since Discord refuses one. */
export function fitMarkdown(markdown: string, max: number): string {
  const text = markdown.toWellFormed();
  if (text.length <= max) return text;
  // Room for the ellipsis and a closing "**".
  const ends = graphemeEnds(text, Math.max(0, max - ELLIPSIS.length - 2));
  const atSpace = ends.filter((end) => text[end] === ' ').at(-1);
  let head = text.slice(0, atSpace ?? ends.at(-1) ?? 0);
  // An odd run of trailing backslashes would escape our ellipsis; drop the dangling one.
  const trailing = /\\+$/u.exec(head)?.[0].length ?? 0;
  if (trailing % 2 === 1) head = head.slice(0, -1);
  const bolds = (head.replace(/\\./gu, '').match(/\*\*/gu) ?? []).length;
  return `${head}${bolds % 2 === 1 ? '**' : ''}${ELLIPSIS}`;
}
