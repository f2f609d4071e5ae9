// The Share button: posts a passage publicly where it was clicked, saying who shared it, and records it for moderators.
import type { Passage } from '../src/corpus/types.js';
import type { ButtonSpec } from '../src/render/buttons.js';
import { notice } from '../src/render/notice.js';
import { passageEmbeds } from '../src/render/passageEmbed.js';
import type { Answer, ButtonOwner, CommandContext } from './command.js';
import { withPassage } from './lookup.js';

export function shareButton(passageId: string, label = 'Share'): ButtonSpec {
  return { label, customId: `share:${passageId}`, style: 1 };
}

function sharePassage(passage: Passage, context: CommandContext): Answer {
  if (!context.publicAllowed) {
    return { reply: notice(`Sharing is turned off in this channel. The passage id is \`${passage.id}\`, for pasting into /quote where sharing is allowed.`) };
  }
  const where = context.channelId ? ` in <#${context.channelId}>` : '';
  return {
    reply: {
      content: `Shared by <@${context.userId}>`,
      embeds: passageEmbeds(context.index.corpus, [{ passage, options: { stamp: context.stamp } }]),
    },
    audit: { content: `<@${context.userId}> shared \`${passage.id}\` (corpus ${context.stamp})${where}.` },
  };
}

export const share: ButtonOwner = {
  buttons: { share: (passageId, ctx) => withPassage(ctx, passageId, (passage) => sharePassage(passage, ctx)) },
};
