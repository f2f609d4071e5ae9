// /verify: is this quotation in the corpus? Exact (perhaps with omissions), near (with the differences) or not found,
// privately, with every passage it spans and a Share button for the whole check.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { buttonRows } from '../src/render/buttons.js';
import { echo, notice } from '../src/render/notice.js';
import { verificationView } from '../src/render/verificationView.js';
import { verifyQuotation } from '../src/verify/index.js';
import type { Answer, Command, CommandContext } from './command.js';
import { MAX_INPUT } from './options.js';
import { shareVerificationButton } from './share.js';

/** The check behind /verify and the Verify quote message command. */
export function verificationAnswer(quotation: string, context: CommandContext): Answer {
  const text = quotation.trim();
  if (text === '') return { reply: notice('Give the quotation to check, e.g. `/verify text:"…"`.') };
  if (text.length > MAX_INPUT) {
    return {
      reply: notice(
        `That quotation is ${text.length.toLocaleString('en')} characters long; a check takes up to ${MAX_INPUT.toLocaleString('en')}, a few sentences.`,
      ),
    };
  }
  const verification = verifyQuotation(context.index, text);
  const view = verificationView(context.index.corpus, verification);
  if (!view) return { reply: notice(`**Not found**: nothing in the corpus matches ${echo(text)} word for word or closely.`) };
  const share = context.publicAllowed
    ? [shareVerificationButton(context.verifications.save({ verification, fingerprint: context.index.fingerprint }))]
    : [];
  return { reply: { ephemeral: true, content: view.content, embeds: view.embeds, components: buttonRows([share]) } };
}

export const verify: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'verify',
    description: 'Check whether a quotation is in the corpus, word for word (only you see it)',
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'text',
        description: 'The quotation to check',
        required: true,
        max_length: MAX_INPUT,
      },
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  // Read whole, not through textOption: cutting a quotation short would check different words.
  run: ({ options }, ctx) => verificationAnswer(typeof options.text === 'string' ? options.text : '', ctx),

  example(corpus) {
    const words =
      corpus.passages
        .find((p) => p.text.split(' ').length >= 8)
        ?.text.split(' ')
        .slice(0, 8)
        .join(' ') ?? 'a few words';
    return `/verify text:${words}`;
  },
};
