// Last-resort shortening of markdown we rendered ourselves: at a space, with bold and escapes kept balanced.
import { ELLIPSIS } from './fitText.js';

export function fitMarkdown(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  // Room for the ellipsis and a closing "**".
  const budget = Math.max(0, max - ELLIPSIS.length - 2);
  let cut = markdown.lastIndexOf(' ', budget);
  if (cut <= 0) cut = budget;
  let head = markdown.slice(0, cut);
  // An odd run of trailing backslashes would escape our ellipsis; drop the dangling one.
  const trailing = /\\+$/u.exec(head)?.[0].length ?? 0;
  if (trailing % 2 === 1) head = head.slice(0, -1);
  const bolds = (head.replace(/\\./gu, '').match(/\*\*/gu) ?? []).length;
  return `${head}${bolds % 2 === 1 ? '**' : ''}${ELLIPSIS}`;
}
