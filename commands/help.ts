// /help: what each command does, with examples drawn from the corpus being served.
import { ApplicationCommandType, InteractionContextType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from './command.js';

/** Takes the command list lazily because /help is itself one of the commands it lists. */
export function helpCommand(listed: () => readonly Command[]): Command {
  return {
    data: {
      type: ApplicationCommandType.ChatInput,
      name: 'help',
      description: 'What each Verbatim command does, with examples (only you see it)',
      contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

    run(_input, ctx) {
      const { corpus } = ctx.index;
      const lines = listed().map((command) => {
        const { data } = command;
        const what =
          data.type === ApplicationCommandType.Message
            ? `**${data.name}** — on a message: right-click it, then Apps → ${data.name}`
            : `**/${data.name}** — ${'description' in data ? data.description : ''}`;
        const example = command.example?.(corpus);
        return `${what}${example ? `\n  e.g. \`${example.replace(/`/gu, "'")}\`` : ''}`;
      });
      return {
        reply: {
          ephemeral: true,
          embeds: [
            {
              title: 'Verbatim',
              description: [
                `Quotes ${corpus.documents.length} documents word for word, with their sources. Every passage has an id like \`${corpus.passages[0]?.id ?? 'document-id:1'}\` that /quote, /context and /cite accept.`,
                '',
                ...lines,
              ].join('\n'),
              footer: { text: `corpus ${ctx.stamp}` },
            },
          ],
        },
      };
    },
  };
}
