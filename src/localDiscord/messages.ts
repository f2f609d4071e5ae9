// Turns message create/edit bodies into the message objects Discord would return and store.
import type { APIAttachment, APIEmbed, APIMessage, APIUser } from 'discord.js';
import type { RecordedFile } from './body.js';
import { messageObject } from './fixtures.js';
import { snowflake } from './ids.js';
import { MessageFlag } from './validate-message.js';

type Body = Record<string, unknown>;

const asBody = (b: unknown): Body => (typeof b === 'object' && b !== null ? (b as Body) : {});

// Only these flags can be chosen by a sender; Discord silently drops the rest.
const SETTABLE_FLAGS = MessageFlag.SuppressEmbeds | MessageFlag.Ephemeral | MessageFlag.SuppressNotifications | MessageFlag.IsComponentsV2;

function embeds(raw: unknown): APIEmbed[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((e) => ({ type: 'rich', ...(e as APIEmbed) }) as APIEmbed);
}

function attachments(channelId: string, files: RecordedFile[], described: unknown, kept: APIAttachment[] = []): APIAttachment[] {
  const descriptions = Array.isArray(described) ? (described as Body[]) : [];
  const uploaded = files.map((file, index) => {
    const id = snowflake();
    const meta = descriptions.find((d) => String(d.id) === String(index)) ?? {};
    const filename = (meta.filename as string | undefined) ?? file.filename;
    return {
      id,
      filename,
      size: file.size,
      url: `https://cdn.discordapp.com/attachments/${channelId}/${id}/${filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${channelId}/${id}/${filename}`,
      content_type: file.contentType,
      ...(meta.description ? { description: meta.description as string } : {}),
    };
  });
  return [...kept, ...uploaded];
}

export interface NewMessageContext {
  channelId: string;
  author: APIUser;
  type: number;
  files: RecordedFile[];
  extra?: Partial<APIMessage>;
}

export function createMessage(rawBody: unknown, ctx: NewMessageContext): APIMessage {
  const body = asBody(rawBody);
  return messageObject({
    channel_id: ctx.channelId,
    author: ctx.author,
    type: ctx.type,
    content: typeof body.content === 'string' ? body.content : '',
    tts: body.tts === true,
    embeds: embeds(body.embeds),
    components: Array.isArray(body.components) ? (body.components as APIMessage['components']) : [],
    flags: (typeof body.flags === 'number' ? body.flags : 0) & SETTABLE_FLAGS,
    attachments: attachments(ctx.channelId, ctx.files, body.attachments),
    ...(body.poll ? { poll: body.poll as APIMessage['poll'] } : {}),
    ...ctx.extra,
  });
}

/** PATCH semantics: only fields present in the body change; the loading flag of a deferred reply clears. */
export function editMessage(message: APIMessage, rawBody: unknown, files: RecordedFile[]): APIMessage {
  const body = asBody(rawBody);
  const wasLoading = ((message.flags ?? 0) & MessageFlag.Loading) !== 0;
  // Resolving a deferred "thinking" reply shows as a fresh message, not an edit.
  const next: APIMessage = { ...message, edited_timestamp: wasLoading ? null : new Date().toISOString() };
  if ('content' in body) next.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) next.embeds = embeds(body.embeds);
  if ('components' in body) next.components = Array.isArray(body.components) ? (body.components as APIMessage['components']) : [];
  const keepEphemeral = (message.flags ?? 0) & MessageFlag.Ephemeral;
  let flags = (message.flags ?? 0) & ~MessageFlag.Loading;
  if (typeof body.flags === 'number') flags = (body.flags & (MessageFlag.SuppressEmbeds | MessageFlag.IsComponentsV2)) | keepEphemeral;
  next.flags = flags;
  if ('attachments' in body || files.length) {
    const keepIds = Array.isArray(body.attachments) ? (body.attachments as Body[]).map((a) => String(a.id)) : null;
    const kept = keepIds ? message.attachments.filter((a) => keepIds.includes(a.id)) : message.attachments;
    next.attachments = attachments(message.channel_id, files, body.attachments, kept);
  }
  return next;
}
