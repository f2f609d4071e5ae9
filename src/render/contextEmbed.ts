// The passages around one as a single embed: each with its id and speaker, the target marked, every cut pointed to /quote.
import type { APIEmbed } from 'discord.js';
import type { PassageContext } from '../corpus/passageContext.js';
import { passageSource } from '../corpus/passageSource.js';
import type { Corpus, Passage } from '../corpus/types.js';
import { DISCORD_LIMITS } from './discordLimits.js';
import { escapeMarkdown } from './escapeMarkdown.js';
import { fitText } from './fitText.js';
import { sourceFields } from './passageEmbed.js';

export const TARGET_MARK = '▶';
// Each block starts with its id, so the pointer need not repeat it.
const SHORTENED = '*(shortened: /quote its id for all of it)*';
// Room left in the description for headings and separators around the passages.
const DESCRIPTION_ROOM = DISCORD_LIMITS.embedDescription - 300;

export function contextEmbed(corpus: Corpus, context: PassageContext, stamp?: string): APIEmbed {
  const passages = [...context.before, context.target, ...context.after];
  const source = passageSource(corpus, context.target);
  const share = Math.floor(DESCRIPTION_ROOM / passages.length);
  const blocks = passages.map((passage, i) => {
    const section = passage.location.section;
    const newSection = section !== undefined && section !== passages[i - 1]?.location.section;
    return [
      ...(newSection ? [`__${fitText(section, 200, escapeMarkdown).text}__`] : []),
      passageBlock(passage, passage === context.target, share),
    ].join('\n');
  });
  return {
    title: fitText(source.title, DISCORD_LIMITS.embedTitle, escapeMarkdown).text,
    description: blocks.join('\n\n'),
    fields: sourceFields(source),
    footer: { text: [`${TARGET_MARK} ${context.target.id}`, stamp ? `corpus ${stamp}` : undefined].filter(Boolean).join(' · ') },
  };
}

function passageBlock(passage: Passage, isTarget: boolean, budget: number): string {
  const speaker = passage.location.speaker ? ` · ${fitText(passage.location.speaker, 100, escapeMarkdown).text}` : '';
  const head = `${isTarget ? `${TARGET_MARK} ` : ''}\`${passage.id}\`${speaker}`;
  const quote = fitText(passage.text, Math.max(40, budget - head.length - SHORTENED.length - 2), escapeMarkdown);
  return `${head}\n${quote.text}${quote.cut ? ` ${SHORTENED}` : ''}`;
}
