// /reload: for server managers, reads the corpus from disk again and swaps it in; a broken corpus leaves the old one serving.
import path from 'node:path';
import { ApplicationCommandType, InteractionContextType, PermissionFlagsBits, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { CorpusError } from '../src/corpus/loadCorpus.js';
import { codeBlock } from '../src/render/codeBlock.js';
import { fitText } from '../src/render/fitText.js';
import type { Command } from './command.js';

// Room for the problem list inside a code block in one message.
const PROBLEMS_ROOM = 1700;

export const reload: Command = {
  data: {
    type: ApplicationCommandType.ChatInput,
    name: 'reload',
    description: 'Reload the corpus from disk (server managers)',
    contexts: [InteractionContextType.Guild],
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  defers: true,

  async run(_input, ctx) {
    const outcome = await ctx.reload();
    const before = ctx.stamp;
    if (outcome.ok) {
      const { corpus, fingerprint } = outcome.index;
      const after = fingerprint.slice(0, 8);
      const change = after === before ? `unchanged (corpus ${after})` : `corpus ${before} → ${after}`;
      return { reply: { ephemeral: true, content: `Reloaded: ${corpus.documents.length} documents, ${corpus.passages.length} passages; ${change}.` } };
    }
    return {
      reply: {
        ephemeral: true,
        content: `The corpus on disk has problems, so Verbatim keeps serving corpus ${before}. Fix these and run /reload again:\n${codeBlock(fitLines(describeFailure(outcome.error)))}`,
      },
    };
  },
};

/** Each problem as `file:line: message`; only the corpus's own file names, never the server's folders. */
function describeFailure(error: Error): string[] {
  if (!(error instanceof CorpusError)) return ['the corpus could not be read; the bot’s log says why'];
  return error.problems.map((p) => `${path.isAbsolute(p.file) ? path.basename(p.file) : p.file}:${p.line}: ${p.message}`);
}

/** As many lines as fit in one message, then how many were left out. */
function fitLines(lines: string[]): string {
  const shown: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const fitted = fitText(line, 300).text;
    if (used + fitted.length > PROBLEMS_ROOM) {
      shown.push(`…and ${lines.length - i} more`);
      break;
    }
    shown.push(fitted);
    used += fitted.length + 1;
  }
  return shown.join('\n');
}
