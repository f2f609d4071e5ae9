// The passages around one as a single embed: each with its id and speaker, the target marked, every cut pointed to /quote.
import type { APIEmbed } from 'discord.js';
import { MAX_CONTEXT, type PassageContext } from '../corpus/passageContext.js';
import { passageSource, speakerLine } from '../corpus/passageSource.js';
import type { Corpus, Passage } from '../corpus/types.js';
import { shareRoom } from './allotRoom.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { fitFields, namesLength } from './embedParts.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import { markdownStyle, sourceFields } from './passageEmbed.js';

export const TARGET_MARK = '▶';
// Each block starts with its id, so the pointer need not repeat it.
const SHORTENED = '*(shortened: /quote its id for all of it)*';
// Room left in the description once the blank lines between passages are counted.
const DESCRIPTION_ROOM = DISCORD_LIMITS.embedDescription - 2 * (2 * MAX_CONTEXT + 1);

export function contextEmbed(corpus: Corpus, context: PassageContext, stamp?: string): APIEmbed {
  const passages = [...context.before, context.target, ...context.after];
  const source = passageSource(corpus, context.target);
  const heads = passages.map((passage, i) => blockHead(passage, source.title, passage === context.target, passages[i - 1]));
  const room = shareRoom(
    passages.map((passage, i) => heads[i]!.length + 1 + escapeMarkdown(passage.text).length),
    DESCRIPTION_ROOM,
  );
  const blocks = passages.map((passage, i) => `${heads[i]}\n${passageText(passage, room[i]! - heads[i]!.length - 1)}`);
  const title = fitText(source.title, DISCORD_LIMITS.embedTitle, escapeMarkdown).text;
  const description = blocks.join('\n\n');
  const footer = [`${TARGET_MARK} ${context.target.id}`, stamp ? `corpus ${stamp}` : undefined].filter(Boolean).join(' · ');
  // The passages come first; what their document states shares what is left of the message.
  const fields = sourceFields(source);
  const left = DISCORD_LIMITS.embedTotal - title.length - description.length - footer.length - namesLength(fields);
  return { title, description, fields: fitFields(fields, left), footer: { text: footer } };
}

/** The passage's id and speaker (or quoted statement's attribution), under its section's name where it changes. */
function blockHead(passage: Passage, title: string, isTarget: boolean, previous: Passage | undefined): string {
  const { section } = passage.location;
  const speaker = speakerLine(passage.location, title, markdownStyle(100));
  const heading =
    section !== undefined && section !== previous?.location.section ? `__${fitText(section, 100, escapeMarkdown).text}__\n` : '';
  return `${heading}${isTarget ? `${TARGET_MARK} ` : ''}\`${passage.id}\`${speaker ? ` · ${speaker}` : ''}`;
}

function passageText(passage: Passage, budget: number): string {
  const whole = escapeMarkdown(passage.text);
  if (whole.length <= budget) return whole;
  const quote = fitText(passage.text, Math.max(40, budget - SHORTENED.length - 1), escapeMarkdown);
  return `${quote.text} ${SHORTENED}`;
}
