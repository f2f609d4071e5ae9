// /context: the passages around one in reading order, the target marked, with buttons to walk through the document.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { MAX_CONTEXT, passageContext } from '../src/corpus/passageContext.js';
import { passageRef } from '../src/corpus/passageRef.js';
import type { Passage } from '../src/corpus/types.js';
import { buttonRows, type ButtonSpec } from '../src/render/buttons.js';
import { contextEmbed } from '../src/render/contextEmbed.js';
import type { Answer, Command, CommandContext } from './command.js';
import { countOption, PASSAGE_ID_OPTION, textOption } from './options.js';
import { answerFound, lookUpPassage, withPassage } from './lookup.js';
import { suggestPassages } from './suggest.js';

const DEFAULT_AROUND = 2;

export function contextButton(passage: Passage, label = 'Context'): ButtonSpec {
  return { label, customId: `ctx:${passageRef(passage)}` };
}

function walkButton(label: string, passage: Passage | undefined, before: number, after: number, side: string): ButtonSpec {
  // A disabled button still needs an id of its own; `side` keeps the two ends apart.
  return passage === undefined
    ? { label, customId: `walk:${side}`, disabled: true }
    : { label, customId: `walk:${before}:${after}:${passageRef(passage)}` };
}

function contextAnswer(passage: Passage, before: number, after: number, context: CommandContext, replaces = false): Answer {
  const { corpus } = context.index;
  const ids = corpus.documentById.get(passage.document)?.passageIds ?? [];
  const at = ids.indexOf(passage.id);
  const neighbour = (offset: number) => corpus.passageById.get(ids[at + offset] ?? '');
  return {
    replaces,
    reply: {
      ephemeral: true,
      embeds: [contextEmbed(corpus, passageContext(corpus, passage, before, after), context.stamp)],
      components: buttonRows([
        [
          walkButton('◀ Previous passage', neighbour(-1), before, after, 'start'),
          walkButton('Next passage ▶', neighbour(1), before, after, 'end'),
        ],
      ]),
    },
  };
}

const around = (fallback: number) => ({ min: 0, max: MAX_CONTEXT, fallback });

export const context: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'context',
    description: 'The passages around one, in reading order (only you see it)',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      PASSAGE_ID_OPTION,
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'before',
        description: `Passages before it (0-${MAX_CONTEXT}, default ${DEFAULT_AROUND})`,
        min_value: 0,
        max_value: MAX_CONTEXT,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'after',
        description: `Passages after it (0-${MAX_CONTEXT}, default ${DEFAULT_AROUND})`,
        min_value: 0,
        max_value: MAX_CONTEXT,
      },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const found = lookUpPassage(ctx.index.corpus, textOption(options, 'id'));
    if ('reply' in found) return found;
    return answerFound(found, (passage) =>
      contextAnswer(
        passage,
        countOption(options, 'before', around(DEFAULT_AROUND)),
        countOption(options, 'after', around(DEFAULT_AROUND)),
        ctx,
      ),
    );
  },

  autocomplete: (focused, ctx) => suggestPassages(ctx.index, focused.value),

  example: (corpus) => `/context id:${corpus.passages[1]?.id ?? 'document-id:2'} before:1 after:3`,

  buttons: {
    ctx: (ref, ctx) => withPassage(ctx, ref, (passage) => contextAnswer(passage, DEFAULT_AROUND, DEFAULT_AROUND, ctx)),
    walk(args, ctx) {
      const [, before = '', after = '', ref = ''] = /^(\d+):(\d+):(.+)$/u.exec(args) ?? [];
      const count = (text: string) => countOption({ n: text }, 'n', around(DEFAULT_AROUND));
      return withPassage(ctx, ref, (passage) => contextAnswer(passage, count(before), count(after), ctx, true));
    },
  },
};
