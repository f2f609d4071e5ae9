// /quote: one passage word for word, with its source, resolved footnotes and id; public unless asked to be private.
// Its Notes button pages through all of the notes, however many the quote had room for.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { parsePassageId } from '../src/corpus/findPassage.js';
import { passageRef } from '../src/corpus/passageRef.js';
import { buttonRows, type ButtonSpec } from '../src/render/buttons.js';
import { echo, notice } from '../src/render/notice.js';
import { notesPage } from '../src/render/notesEmbed.js';
import { NOTES_BUTTON, passageEmbed } from '../src/render/passageEmbed.js';
import type { Passage } from '../src/corpus/types.js';
import { searchPassages, type Range, type SearchIndex } from '../src/search/index.js';
import { isQuoteMark } from '../src/text/normalize.js';
import { citeButton } from './cite.js';
import type { Answer, Command } from './command.js';
import { contextButton } from './context.js';
import { flagOption, textOption } from './options.js';
import { answerFound, lookUpPassage, withPassage, type Lookup } from './lookup.js';
import { shareButton } from './share.js';
import { suggestPassages } from './suggest.js';

const INPUT = 'id-or-words';

/** Opens the passage's notes from the `first` (counting from 0): all of them, whatever the quote had room for. */
function notesButton(passage: Passage, first = 0, label = NOTES_BUTTON): ButtonSpec {
  return { label, customId: `notes:${first}:${passageRef(passage)}` };
}

function notesAnswer(passage: Passage, first: number, replaces: boolean): Answer {
  const { embed, next } = notesPage(passage, first);
  return {
    replaces,
    reply: {
      ephemeral: true,
      embeds: [embed],
      components: buttonRows([next === undefined ? [] : [notesButton(passage, next, 'More notes ▶')]]),
    },
  };
}

/**
 * The passage that best matches the words, with them in bold, saying so when it is one of several. Words typed
 * without quotation marks are first looked for as they stand, so a quotation of common words finds its passage.
 */
function bestMatch(index: SearchIndex, words: string): Lookup & { highlights?: Range[]; preface?: string } {
  const asPhrase = [...words].some(isQuoteMark) ? undefined : searchPassages(index, `"${words}"`, { limit: 1 });
  const result = asPhrase && asPhrase.total > 0 ? asPhrase : searchPassages(index, words, { limit: 1 });
  const [hit] = result.hits;
  if (!hit) return { reply: notice(`No passage matches ${echo(words)}. /search shows what partial matches there are.`) };
  const preface = result.total > 1 ? `*Best of ${result.total} matches for ${echo(words, 60)}; /search lists them all.*` : undefined;
  return { passage: hit.passage, highlights: hit.highlights, ...(preface ? { preface } : {}) };
}

export const quote: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'quote',
    description: 'One passage, word for word, with its source',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: INPUT,
        description: 'A passage id like document-id:3, or words from the passage',
        required: true,
        autocomplete: true,
        max_length: 300,
      },
      { type: ApplicationCommandOptionType.Boolean, name: 'private', description: 'Only you see it (default: posted in the channel)' },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  run({ options }, ctx) {
    const input = textOption(options, INPUT);
    const found =
      input === '' || parsePassageId(input) !== undefined ? lookUpPassage(ctx.index.corpus, input) : bestMatch(ctx.index, input);
    if ('reply' in found) return found;
    const { highlights, preface } = { highlights: [], preface: undefined, ...found };
    const ephemeral = flagOption(options, 'private') === true;
    return answerFound(found, (passage) => ({
      reply: {
        ephemeral,
        embeds: [passageEmbed(ctx.index.corpus, passage, { stamp: ctx.stamp, withNotes: true, highlights, preface })],
        components: buttonRows([
          [
            ...(ephemeral && ctx.publicAllowed ? [shareButton(passage)] : []),
            contextButton(passage),
            citeButton(passage),
            ...(passage.notes?.length ? [notesButton(passage)] : []),
          ],
        ]),
      },
    }));
  },

  autocomplete: (focused, ctx) => suggestPassages(ctx.index, focused.value),

  example: (corpus) => `/quote id-or-words:${corpus.passages[0]?.id ?? 'document-id:1'}`,

  buttons: {
    notes(args, ctx) {
      const [, first = '0', passageId = ''] = /^(\d+):(.+)$/u.exec(args) ?? [];
      return withPassage(ctx, passageId, (passage) => notesAnswer(passage, Number(first), first !== '0'));
    },
  },
};
