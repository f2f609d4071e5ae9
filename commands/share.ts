// The Share buttons: post a passage, or a checked quotation with every passage it spans, publicly where clicked,
// saying who shared it, and record it for moderators.
import { passageRef } from '../src/corpus/passageRef.js';
import type { Passage } from '../src/corpus/types.js';
import type { ButtonSpec } from '../src/render/buttons.js';
import { notice } from '../src/render/notice.js';
import { passageEmbeds } from '../src/render/passageEmbed.js';
import type { Reply } from '../src/render/reply.js';
import { verificationView } from '../src/render/verificationView.js';
import type { Answer, ButtonHandler, ButtonOwner, CommandContext } from './command.js';
import { withPassage } from './lookup.js';

const EXPIRED = 'This check has expired or the corpus was reloaded since — run /verify again to share it.';

export function shareButton(passage: Passage, label = 'Share'): ButtonSpec {
  return { label, customId: `share:${passageRef(passage)}`, style: 1 };
}

/** Share for a verification kept under `key` (see CommandContext.verifications). */
export function shareVerificationButton(key: string): ButtonSpec {
  return { label: 'Share', customId: `vshare:${key}`, style: 1 };
}

/** `ids` as shown in a refusal or an audit line. */
const listed = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');

/** The public post, with an audit line naming what was shared; refused privately where sharing is off. */
function sharePublicly(context: CommandContext, ids: readonly string[], what: string, post: Reply): Answer {
  if (!context.publicAllowed) {
    const named = ids.length > 1 ? `passage ids are ${listed(ids)}` : `passage id is ${listed(ids)}`;
    return { reply: notice(`Sharing is turned off in this channel. The ${named}, for pasting into /quote where sharing is allowed.`) };
  }
  const where = context.channelId ? ` in <#${context.channelId}>` : '';
  return {
    reply: post,
    audit: { post: { content: `<@${context.userId}> shared ${what} (corpus ${context.stamp})${where}.` }, passages: ids },
  };
}

function sharePassage(passage: Passage, context: CommandContext): Answer {
  return sharePublicly(context, [passage.id], `\`${passage.id}\``, {
    content: `Shared by <@${context.userId}>`,
    embeds: passageEmbeds(context.index.corpus, [{ passage, options: { stamp: context.stamp } }]),
  });
}

function shareVerification(key: string, context: CommandContext): Answer {
  const saved = context.verifications.get(key);
  const view =
    saved && saved.fingerprint === context.index.fingerprint
      ? verificationView(context.index.corpus, saved.verification, { stamp: context.stamp })
      : undefined;
  const ids = saved?.verification.matches[0]?.ids ?? [];
  if (!view) return { reply: notice(EXPIRED) };
  return sharePublicly(context, ids, `a check of a quotation in ${listed(ids)}`, {
    content: `Shared by <@${context.userId}>. ${view.content}`,
    embeds: view.embeds,
  });
}

const postsPublicly = (handler: ButtonHandler): ButtonHandler => Object.assign(handler, { postsPublicly: true });

export const share: ButtonOwner = {
  buttons: {
    share: postsPublicly((ref, ctx) => withPassage(ctx, ref, (passage) => sharePassage(passage, ctx))),
    vshare: postsPublicly((key, ctx) => shareVerification(key, ctx)),
  },
};
