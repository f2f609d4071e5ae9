// The text a message command can check in a message: its content, else the messages it forwards, else its embeds;
// of Verbatim's own shares only the quoted words, never their attribution or "Shared by" lines.
import type { APIEmbed } from 'discord.js';

type EmbedText = Pick<APIEmbed, 'description' | 'fields' | 'footer'>;

/** What a message command reads of the message it was used on (a button handler, of the one it sits on), as plain data. */
export interface TargetMessage {
  content: string;
  embeds: readonly EmbedText[];
  /** Forwarded messages (Discord: `message_snapshots`), each with its own content and embeds. */
  forwarded: ReadonlyArray<{ content: string; embeds: readonly EmbedText[] }>;
}

/** Where messageText looks, in order, as a reply names them. */
export const PLACES = 'its content, forwarded messages and embeds';

/** The line Verbatim puts above a share: `Shared by <@id>`, perhaps followed by the verdict of a check. */
const SHARED_BY = /^Shared by <@\d+>/u;
/** The footer of Verbatim's passage embed: the passage id, perhaps with the corpus stamp. */
const PASSAGE_FOOTER = /^[^\s:]+:\d+(?: · corpus \S+)?$/u;
/** Verbatim's own lines around a quote (a preface, the "shortened" pointer) are whole lines in italics. */
const OWN_LINE = /^\*[^*].*\*$/u;

/** Verbatim's own shared check: `Shared by <@id>. **Near** …`, whose embeds show the document's words, not the
 * quotation that was checked. */
const SHARED_CHECK = /^Shared by <@\d+>\. \*\*/u;

/** Whether the message (or the one it forwards) is a check Verbatim shared: checking its embeds again would check the
 * document against itself. */
export function isSharedCheck(message: TargetMessage): boolean {
  return [message.content, ...message.forwarded.map((forwarded) => forwarded.content)].some((content) => SHARED_CHECK.test(content));
}

/** The text of the first place that has any, or '' when none does. */
export function messageText(message: TargetMessage): string {
  const places = [
    ownLinesOut(message.content),
    message.forwarded.map((forwarded) => `${ownLinesOut(forwarded.content)}\n${embedText(forwarded.embeds)}`).join('\n'),
    embedText(message.embeds),
  ];
  return places.map((text) => text.trim()).find((text) => text !== '') ?? '';
}

function ownLinesOut(content: string): string {
  return content
    .split('\n')
    .filter((line) => !SHARED_BY.test(line))
    .join('\n');
}

/** Descriptions and field values; of Verbatim's passage embeds, where any are, only the quoted words. */
function embedText(embeds: readonly EmbedText[]): string {
  const passages = embeds.filter((embed) => PASSAGE_FOOTER.test(embed.footer?.text ?? ''));
  if (passages.length > 0) return passages.map((embed) => quotedWords(embed.description ?? '')).join(' ');
  return embeds.flatMap((embed) => [embed.description ?? '', ...(embed.fields ?? []).map((field) => field.value)]).join('\n');
}

/** The words of Verbatim's quote as the document has them: its own lines left out, bold and escapes removed. */
function quotedWords(description: string): string {
  const words = description
    .split('\n')
    .filter((line) => !OWN_LINE.test(line))
    .join('\n');
  return words.replace(/\*\*/gu, '').replace(/\\([^0-9A-Za-z\s])/gu, '$1');
}
