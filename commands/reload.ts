// /reload: for server managers, reads the corpus from disk again and swaps it in, in every shard, saying how each went;
// a broken corpus leaves the old one serving.
import {
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { ReloadReport } from '../src/library/reloadReport.js';
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
    const reports = await ctx.reload();
    const failed = reports.find((report) => !report.ok);
    // Every shard reads the same disk, so one list of problems stands for all.
    const fix =
      failed && !failed.ok
        ? `${reports.length > 1 ? '\n' : ' '}Fix these and run /reload again:\n${codeBlock(fitLines(failed.problems))}`
        : '';
    return { reply: { ephemeral: true, content: `${reports.map(describeReport).join('\n')}${fix}` } };
  },
};

/** One process's reload, prefixed with its shard when the bot runs several. */
function describeReport(report: ReloadReport): string {
  const shard = report.shard === undefined ? '' : `Shard ${report.shard}: `;
  if (!report.ok) return `${shard}The corpus on disk has problems, so Verbatim keeps serving corpus ${report.before}.`;
  const change = report.after === report.before ? `unchanged (corpus ${report.after})` : `corpus ${report.before} → ${report.after}`;
  const replica = report.replica ? ' This replica only: the others serve their corpus until they restart (roll them one by one).' : '';
  return `${shard}Reloaded: ${report.documents} documents, ${report.passages} passages; ${change}.${replica}`;
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
