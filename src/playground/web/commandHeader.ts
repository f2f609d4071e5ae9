// The line above a reply to a command, as Discord draws it: "<who> used /search", or "<who> used Verify quote ›" with
// the message it was used on.
import { DiscordCommand } from '@skyra/discord-components-core';
import type { APIMessage } from 'discord.js';
import { avatarFor } from './avatars.js';
import { element } from './dom.js';
import type { MessageViewContext } from './messageView.js';

// The library's header sets the target's author name flush against the target's words ("ResearcherAs the transcript
// says"); Discord leaves a gap there. Lit takes native style sheets beside its own.
const gap = new CSSStyleSheet();
gap.replaceSync('.discord-context-user { margin-right: 4px; }');

class CommandHeader extends DiscordCommand {
  static override styles = [...DiscordCommand.styles, gap as unknown as (typeof DiscordCommand.styles)[number]];
}
customElements.define('verbatim-command', CommandHeader);

export function commandHeader(message: APIMessage, ctx: Pick<MessageViewContext, 'names' | 'find'>): HTMLElement | undefined {
  const used = message.interaction_metadata as
    { user: { id: string }; name?: string; command_type?: number; target_message_id?: string } | undefined;
  if (!used?.name) return undefined;
  const who = ctx.names.user(used.user.id);
  const slash = used.command_type === 1;
  const target = used.target_message_id ? ctx.find(used.target_message_id) : undefined;
  const targetAuthor = target && ctx.names.author(target);
  return element('verbatim-command', {
    'context-user-name': targetAuthor,
    'context-user-image': target && avatarFor(target.author.id, targetAuthor),
    'context-message-reply': target?.content.slice(0, 100),
    slot: 'reply',
    author: who,
    avatar: avatarFor(used.user.id, who),
    command: slash ? `/${used.name}` : used.name,
    type: slash ? 'slash_command' : 'message_command',
  });
}
