// One Discord message as Discord draws it, from the message object the local Discord stored: author, the command it
// answers, content, embeds, buttons, and "Only you can see this" with Dismiss on a private reply.
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed, APIMessage, ComponentType } from 'discord.js';
import { avatarFor } from './avatars.js';
import { commandHeader } from './commandHeader.js';
import { element as el } from './dom.js';
import { renderMarkdown, type MentionNames } from './markdown.js';

// discord.js's values as numbers: importing them would bundle discord.js into the page.
const ACTION_ROW = 1 as ComponentType.ActionRow;
const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;
const BUTTON_STYLES: Record<number, string> = { 1: 'primary', 2: 'secondary', 3: 'success', 4: 'destructive' };

export interface MessageViewContext {
  names: MentionNames & { author(message: APIMessage): string };
  onClick(message: APIMessage, customId: string): void;
  onDismiss(message: APIMessage): void;
  onMenu(message: APIMessage, event: MouseEvent): void;
  /** Another message of the channel, for the header of a reply to a message command. */
  find(id: string): APIMessage | undefined;
}

/** An embed's title, with markdown as Discord renders it there (the component would show it as plain text, escapes and all). */
function titleView(embed: APIEmbed, names: MentionNames): HTMLElement {
  const words = renderMarkdown(embed.title!, 'heading', names);
  const linked = embed.url ? [el('a', { href: embed.url, target: '_blank', rel: 'noreferrer' }, words)] : words;
  // In the description's slot, which the component places right under the author line, where Discord puts the title.
  return el('div', { slot: 'description', class: 'embed-title' }, linked);
}

function embedView(embed: APIEmbed, names: MentionNames): HTMLElement {
  // Author and footer stay plain text: Discord renders no markdown there.
  const view = el('discord-embed', {
    slot: 'embeds',
    color: embed.color === undefined ? undefined : `#${embed.color.toString(16).padStart(6, '0')}`,
    'author-name': embed.author?.name,
  });
  if (embed.title) view.append(titleView(embed, names));
  if (embed.description)
    view.append(el('discord-embed-description', { slot: 'description' }, renderMarkdown(embed.description, 'embed', names)));
  if (embed.fields?.length) {
    let run = 0;
    view.append(
      el(
        'discord-embed-fields',
        { slot: 'fields' },
        embed.fields.map((field) => {
          // Discord lays consecutive inline fields out three to a row; the component is told each one's column.
          run = field.inline ? run + 1 : 0;
          const column = field.inline ? { inline: true, 'inline-index': String(((run - 1) % 3) + 1) } : {};
          return el('discord-embed-field', column, [
            el('div', { class: 'embed-field-name' }, renderMarkdown(field.name, 'heading', names)),
            ...renderMarkdown(field.value, 'embed', names),
          ]);
        }),
      ),
    );
  }
  if (embed.footer) view.append(el('discord-embed-footer', { slot: 'footer' }, [embed.footer.text]));
  return view;
}

function buttonsView(message: APIMessage, ctx: MessageViewContext): HTMLElement {
  const rows = (message.components ?? []).filter(
    (row): row is APIActionRowComponent<APIComponentInMessageActionRow> => row.type === ACTION_ROW,
  );
  return el(
    'discord-attachments',
    { slot: 'components' },
    rows.map((row) =>
      el(
        'discord-action-row',
        {},
        row.components.map((component) => {
          const button = component as { style?: number; label?: string; custom_id?: string; url?: string; disabled?: boolean };
          const view = el(
            'discord-button',
            { type: BUTTON_STYLES[button.style ?? 2] ?? 'secondary', url: button.url, disabled: button.disabled === true },
            [button.label ?? ''],
          );
          if (button.custom_id && !button.disabled) view.addEventListener('click', () => ctx.onClick(message, button.custom_id!));
          return view;
        }),
      ),
    ),
  );
}

export function messageView(message: APIMessage, ctx: MessageViewContext): HTMLElement {
  const author = ctx.names.author(message);
  const flags = message.flags ?? 0;
  const view = el('discord-message', {
    author,
    avatar: avatarFor(message.author.id, author),
    bot: message.author.bot === true,
    ephemeral: (flags & EPHEMERAL) !== 0,
    edited: message.edited_timestamp !== null,
    'data-message-id': message.id,
  });
  (view as HTMLElement & { timestamp: Date }).timestamp = new Date(message.timestamp);
  (view as HTMLElement & { dismissMessageClicked: () => void }).dismissMessageClicked = () => ctx.onDismiss(message);
  const header = commandHeader(message, ctx);
  if (header) view.append(header);
  if (flags & LOADING) view.append(el('em', { class: 'thinking' }, [`${author} is thinking…`]));
  else if (message.content) view.append(...renderMarkdown(message.content, 'content', ctx.names));
  view.append(...message.embeds.map((embed) => embedView(embed, ctx.names)));
  if (message.components?.length) view.append(buttonsView(message, ctx));
  view.addEventListener('contextmenu', (event) => ctx.onMenu(message, event));
  return view;
}
