// The one builder of every Discord message payload: it enforces Discord's limits and never lets a reply ping.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { DISCORD_LIMITS as L } from './discordLimits.js';
import { fitMarkdown } from './fitMarkdown.js';

/** What a command answers, before it becomes a payload. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** Only the caller sees it. */
  ephemeral?: boolean;
}

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: number;
  allowed_mentions: { parse: [] };
}

const EPHEMERAL = 1 << 6;

export function toMessagePayload(reply: Reply): MessagePayload {
  const embeds = (reply.embeds ?? []).slice(0, L.embeds).map(clampEmbed);
  shrinkToTotal(embeds);
  const components = (reply.components ?? []).slice(0, L.actionRows).map((row) => ({
    ...row,
    components: row.components.slice(0, L.buttonsPerRow).map(clampButton),
  }));
  return {
    ...(reply.content !== undefined ? { content: fitMarkdown(reply.content, L.content) } : {}),
    embeds,
    components,
    ...(reply.ephemeral ? { flags: EPHEMERAL } : {}),
    allowed_mentions: { parse: [] },
  };
}

function clampEmbed(embed: APIEmbed): APIEmbed {
  return {
    ...embed,
    ...(embed.title !== undefined ? { title: fitMarkdown(embed.title, L.embedTitle) } : {}),
    ...(embed.description !== undefined ? { description: fitMarkdown(embed.description, L.embedDescription) } : {}),
    ...(embed.footer ? { footer: { ...embed.footer, text: fitMarkdown(embed.footer.text, L.embedFooter) } } : {}),
    ...(embed.author ? { author: { ...embed.author, name: fitMarkdown(embed.author.name, L.embedAuthorName) } } : {}),
    ...(embed.fields
      ? {
          fields: embed.fields.slice(0, L.embedFields).map((field) => ({
            ...field,
            name: fitMarkdown(field.name, L.embedFieldName),
            value: fitMarkdown(field.value, L.embedFieldValue),
          })),
        }
      : {}),
  };
}

function clampButton(button: APIButtonComponent): APIButtonComponent {
  const clamped = { ...button };
  if ('label' in clamped && clamped.label !== undefined) clamped.label = fitMarkdown(clamped.label, L.buttonLabel);
  if ('custom_id' in clamped && clamped.custom_id.length > L.customId) {
    // A custom_id is data, not text: cutting it would route the click somewhere else.
    throw new Error(`custom_id longer than ${L.customId} characters: ${clamped.custom_id.slice(0, 40)}…`);
  }
  return clamped;
}

export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}

// Discord counts all embeds of a message together; the longest descriptions give way first.
function shrinkToTotal(embeds: APIEmbed[]): void {
  let total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  while (total > L.embedTotal) {
    const longest = embeds.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const description = longest.description ?? '';
    if (description.length === 0) break;
    const target = Math.max(0, description.length - (total - L.embedTotal));
    const shorter = fitMarkdown(description, target);
    longest.description = shorter.length < description.length ? shorter : '';
    total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  }
}
