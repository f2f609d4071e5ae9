// A discord.js message as the plain data a message command (or a button on it) reads: content, embeds and forwarded messages.
import type { Message } from 'discord.js';
import type { TargetMessage } from '../../commands/messageText.js';

type Embeds = Message['embeds'];

const embedTexts = (embeds: Embeds): TargetMessage['embeds'] =>
  embeds.map(({ description, fields, footer }) => ({ ...(description ? { description } : {}), fields, ...(footer ? { footer } : {}) }));

export function targetMessageOf(message: Pick<Message, 'content' | 'embeds' | 'messageSnapshots'>): TargetMessage {
  return {
    content: message.content,
    embeds: embedTexts(message.embeds),
    forwarded: [...message.messageSnapshots.values()].map((snapshot) => ({
      content: snapshot.content ?? '',
      embeds: embedTexts(snapshot.embeds ?? []),
    })),
  };
}
