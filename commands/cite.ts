// /cite: a passage's citation in Chicago, APA and MLA, and its source as BibTeX, RIS and CSL-JSON for a reference
// manager, in code blocks ready to copy; also the Cite button.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { passageRef } from '../src/corpus/passageRef.js';
import type { Passage } from '../src/corpus/types.js';
import type { ButtonSpec } from '../src/render/buttons.js';
import { codeBlock } from '../src/render/codeBlock.js';
import { DISCORD_LIMITS } from '../src/render/discordLimits.js';
import { fitText } from '../src/render/fitText.js';
import { CITATION_STYLES, citePassage, type CitationStyle } from '../src/cite/index.js';
import type { Answer, Command, CommandContext } from './command.js';
import { answerFound, lookUpPassage, withPassage } from './lookup.js';
import { PASSAGE_ID_OPTION, textOption } from './options.js';
import { suggestPassages } from './suggest.js';

const STYLE_NAMES: Record<CitationStyle, string> = {
  chicago: 'Chicago',
  apa: 'APA',
  mla: 'MLA',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};
// Code-block languages Discord highlights; RIS has none.
const LANGUAGES: Partial<Record<CitationStyle, string>> = { bibtex: 'bibtex', 'csl-json': 'json' };
// Leaves room in the description for the line naming styles that did not fit.
const ROOM = DISCORD_LIMITS.embedDescription - 200;

export function citeButton(passage: Passage): ButtonSpec {
  return { label: 'Cite', customId: `cite:${passageRef(passage)}` };
}

function citeAnswer(passage: Passage, styles: readonly CitationStyle[], context: CommandContext): Answer {
  const blocks: string[] = [];
  const left: CitationStyle[] = [];
  for (const style of styles) {
    const citation = citePassage(context.index.corpus, passage.id, style) ?? '';
    const block = `**${STYLE_NAMES[style]}**\n${codeBlock(fitText(citation, ROOM - 40).text, LANGUAGES[style])}`;
    if (blocks.join('\n').length + block.length < ROOM) blocks.push(block);
    else left.push(style);
  }
  const rest = left.map((style) => `\`/cite id:${passage.id} style:${style}\``).join(', ');
  return {
    reply: {
      ephemeral: true,
      embeds: [{ title: `Citation of ${passage.id}`, description: [...blocks, ...(rest ? [`Also: ${rest}`] : [])].join('\n') }],
    },
  };
}

export const cite: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'cite',
    description: 'A citation for a passage, ready to copy (only you see it)',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      PASSAGE_ID_OPTION,
      {
        type: ApplicationCommandOptionType.String,
        name: 'style',
        description: 'One style or export format (default: all)',
        choices: CITATION_STYLES.map((style) => ({ name: STYLE_NAMES[style], value: style })),
      },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const found = lookUpPassage(ctx.index.corpus, textOption(options, 'id'));
    if ('reply' in found) return found;
    const style = CITATION_STYLES.find((s) => s === textOption(options, 'style').toLowerCase());
    return answerFound(found, (passage) => citeAnswer(passage, style ? [style] : CITATION_STYLES, ctx));
  },

  autocomplete: (focused, ctx) => suggestPassages(ctx.index, focused.value),

  example: (corpus) => `/cite id:${corpus.passages.at(-1)?.id ?? 'document-id:1'} style:apa`,

  buttons: {
    cite: (ref, ctx) => withPassage(ctx, ref, (passage) => citeAnswer(passage, CITATION_STYLES, ctx)),
  },
};
