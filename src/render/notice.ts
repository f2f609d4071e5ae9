// Short private messages to the user alone (their mistake, a refusal, a limit), and user input shown safely inside them.
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import type { Reply } from './reply.js';

export function notice(text: string): Reply {
  return { content: text, ephemeral: true };
}

/** What the user typed, quoted back: on one line, short, and unable to format or mention anything. */
export function echo(input: string, max = 80): string {
  return `“${fitText(input.replace(/\s+/gu, ' ').trim(), max, escapeMarkdown).text}”`;
}
