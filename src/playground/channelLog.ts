// The messages of the playground's channels: what the bot sent through the local Discord, and what you posted yourself.
import type { APIMessage, APIUser } from 'discord.js';
import { messageObject, type DiscordStandin } from './localDiscord.js';

/** Discord's limit for a message's content, in characters. */
const MAX_CONTENT = 2000;

const byId = (a: APIMessage, b: APIMessage) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0);

export class ChannelLog {
  readonly #posted = new Map<string, APIMessage>();
  readonly #waiters = new Set<() => void>();

  constructor(
    private readonly standin: DiscordStandin,
    private readonly channelIds: readonly string[],
  ) {}

  /** Grows with every request the bot makes and every message posted: a page seeing a larger number has something new. */
  get version(): number {
    return this.standin.requests.length + this.#posted.size;
  }

  /** Every message of the playground's channels, oldest first (ephemeral ones included: the page has one user). */
  messages(): APIMessage[] {
    const fromBot = [...this.standin.messages.values()].filter((m) => this.channelIds.includes(m.channel_id));
    return [...fromBot, ...this.#posted.values()].sort(byId);
  }

  /** A message by id, posted or sent by the bot. */
  find(id: string): APIMessage | undefined {
    return this.#posted.get(id) ?? this.standin.messages.get(id);
  }

  /** Posts `content` as `author`; refuses, as Discord does, an unknown channel and empty or over-long content. */
  post(channelId: string, content: string, author: APIUser): APIMessage {
    if (!this.channelIds.includes(channelId)) throw new Error(`Unknown channel ${channelId}`);
    if (content.trim() === '') throw new Error('Cannot send an empty message');
    if (content.length > MAX_CONTENT) throw new Error(`Must be ${MAX_CONTENT} or fewer in length.`);
    const message = messageObject({ channel_id: channelId, author, content });
    this.#posted.set(message.id, message);
    for (const wake of this.#waiters) wake();
    return message;
  }

  /** Resolves with the version once it exceeds `since`, or after at most `timeoutMs` (ms) with the current one. */
  async waitForChange(since: number, timeoutMs: number): Promise<number> {
    if (this.version > since) return this.version;
    let wake = () => {};
    const posted = new Promise<void>((resolve) => (wake = resolve));
    this.#waiters.add(wake);
    // The bot changes messages only through its requests; the stand-in times out or closes with an error, which ends the wait too.
    const requested = this.standin.waitForRequest(() => this.version > since, timeoutMs).catch(() => undefined);
    await Promise.race([posted, requested]);
    this.#waiters.delete(wake);
    return this.version;
  }
}
