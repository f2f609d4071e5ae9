// The "Verify quote" message command: checks the quotation in a message someone posted, forwarded or shared.
import { ApplicationCommandType, InteractionContextType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import { notice } from '../src/render/notice.js';
import type { Command } from './command.js';
import { isSharedCheck, messageText, PLACES } from './messageText.js';
import { verificationAnswer } from './verify.js';

const SHARED_CHECK_ANSWER =
  'That message is a check Verbatim already made: its verdict is in the message, and its quotes are the document’s own words. To check the quotation again, use /verify with its words.';

const QUOTED = /“([^”]+)”|"([^"]+)"|«([^»]+)»|„([^“”]+)[“”]/gu;

/** The quotation in a message: its `>` quoted lines, else the longest text in quote marks, else the whole message. */
export function quotationIn(message: string): string {
  const lines = message.split('\n');
  const blockStart = lines.findIndex((line) => line.startsWith('>>> '));
  const quotedLines = [
    ...lines
      .slice(0, blockStart === -1 ? lines.length : blockStart)
      .filter((line) => /^> /u.test(line))
      .map((line) => line.slice(2)),
    ...(blockStart === -1 ? [] : [lines[blockStart]!.slice(4), ...lines.slice(blockStart + 1)]),
  ];
  if (quotedLines.some((line) => line.trim() !== '')) return quotedLines.join(' ').trim();
  const marked = [...message.matchAll(QUOTED)].map((match) =>
    match
      .slice(1)
      .find((group) => group !== undefined)!
      .trim(),
  );
  const longest = marked.reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest !== '' ? longest : message.trim();
}

export const verifyQuote: Command = {
  data: {
    type: ApplicationCommandType.Message,
    name: 'Verify quote',
    contexts: [InteractionContextType.Guild],
  } satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,

  run({ targetMessage }, ctx) {
    if (targetMessage && isSharedCheck(targetMessage)) {
      return { reply: notice(SHARED_CHECK_ANSWER) };
    }
    const quotation = quotationIn(targetMessage ? messageText(targetMessage) : '');
    return quotation === ''
      ? { reply: notice(`That message has no text to check: Verbatim looked in ${PLACES}.`) }
      : verificationAnswer(quotation, ctx);
  },
};
