// The one builder of every Discord message payload: it enforces Discord's limits and never lets a reply ping.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { DISCORD_LIMITS as L } from './discordLimits.js';
import { cutText } from '../text/graphemes.js';
import { allotRoom } from './allotRoom.js';
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
  const embeds = shrinkToTotal((reply.embeds ?? []).slice(0, L.embeds).map(clampEmbed));
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
    throw new Error(`custom_id longer than ${L.customId} characters: ${cutText(clamped.custom_id, 40)}…`);
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

/** How the texts of an embed give way in a last resort: tier by tier, each keeping its least while others must. */
const LAST_RESORT = {
  description: { tier: 0, least: 200 },
  title: { tier: 0, least: 60 },
  value: { tier: 1, least: 40 },
  label: { tier: 2, least: 20 },
};

// Discord counts all embeds of a message together. Every view fits its own embeds by priority; should one not, its
// fields give way before descriptions and titles, and names and footers last, each shortened with an ellipsis and
// none emptied.
function shrinkToTotal(embeds: APIEmbed[]): APIEmbed[] {
  if (embeds.reduce((sum, embed) => sum + embedLength(embed), 0) <= L.embedTotal) return embeds;
  const texts = embeds.flatMap((embed) => [
    { ...LAST_RESORT.description, text: embed.description },
    { ...LAST_RESORT.title, text: embed.title },
    { ...LAST_RESORT.label, text: embed.footer?.text },
    { ...LAST_RESORT.label, text: embed.author?.name },
    ...(embed.fields ?? []).flatMap((field) => [
      { ...LAST_RESORT.label, text: field.name },
      { ...LAST_RESORT.value, text: field.value },
    ]),
  ]);
  const rooms = allotRoom(
    texts.map(({ text, ...claim }) => ({ ...claim, wants: text?.length ?? 0 })),
    L.embedTotal,
  );
  let next = 0;
  const fit = (text: string | undefined) => {
    const room = rooms[next++]!;
    return text === undefined || text.length <= room ? text : fitMarkdown(text, Math.max(2, room));
  };
  return embeds.map((embed) => {
    const [description, title, footer, author] = [embed.description, embed.title, embed.footer?.text, embed.author?.name].map(fit);
    const fields = embed.fields?.map((field) => ({ ...field, name: fit(field.name)!, value: fit(field.value)! }));
    return {
      ...embed,
      ...(description !== undefined ? { description } : {}),
      ...(title !== undefined ? { title } : {}),
      ...(embed.footer ? { footer: { ...embed.footer, text: footer! } } : {}),
      ...(embed.author ? { author: { ...embed.author, name: author! } } : {}),
      ...(fields ? { fields } : {}),
    };
  });
}
