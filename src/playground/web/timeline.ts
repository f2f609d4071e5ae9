// The channel's messages on the page, redrawn only where a message changed, with the page's own private notices.
import type { APIMessage } from 'discord.js';
import { messageView, type MessageViewContext } from './messageView.js';

export class Timeline {
  #messages: APIMessage[] = [];
  readonly #notices: APIMessage[] = [];
  readonly #dismissed = new Set<string>();
  readonly #drawn = new Map<string, { json: string; view: HTMLElement }>();
  #noticeCount = 0;
  #shownCount = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly ctx: Omit<MessageViewContext, 'onDismiss' | 'find'>,
    private readonly channelId: () => string,
  ) {}

  set messages(messages: APIMessage[]) {
    this.#messages = messages;
    this.draw();
  }

  /** A private message from Discord itself (an action it refused, an application that did not answer). */
  notice(text: string, author: APIMessage['author']): void {
    const id = `notice-${++this.#noticeCount}`;
    const last = this.#messages.at(-1)?.id ?? '0';
    // Sorted after the messages present now, as Discord shows such notices where you are.
    this.#notices.push({
      id,
      channel_id: this.channelId(),
      author,
      content: text,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 64,
      embeds: [],
      components: [],
      after: last,
    } as unknown as Notice);
    this.draw();
  }

  draw(): void {
    const channel = this.channelId();
    const shown = [...this.#messages, ...this.#notices]
      .filter((m) => m.channel_id === channel && !this.#dismissed.has(m.id))
      .sort(byPosition);
    // Follow the conversation as Discord does: stay at the bottom, and go there when a message arrives.
    const follow =
      shown.length > this.#shownCount || this.container.scrollHeight - this.container.scrollTop - this.container.clientHeight < 80;
    this.#shownCount = shown.length;
    const views = shown.map((message) => {
      const json = JSON.stringify(message);
      const drawn = this.#drawn.get(message.id);
      if (drawn?.json === json) return drawn.view;
      const view = messageView(message, {
        ...this.ctx,
        find: (id) => this.#messages.find((m) => m.id === id),
        onDismiss: (m) => this.dismiss(m.id),
      });
      this.#drawn.set(message.id, { json, view });
      return view;
    });
    this.container.replaceChildren(...views);
    // The components draw themselves after this task; scroll once they have their height.
    if (follow) requestAnimationFrame(() => (this.container.scrollTop = this.container.scrollHeight));
  }

  dismiss(id: string): void {
    this.#dismissed.add(id);
    this.draw();
  }
}

type Notice = APIMessage & { after: string };

// A notice sorts just after the message that was last when it appeared (and, being stable, after earlier notices there).
function byPosition(a: APIMessage, b: APIMessage): number {
  const at = (m: APIMessage) => BigInt((m as Partial<Notice>).after ?? m.id);
  if (at(a) !== at(b)) return at(a) < at(b) ? -1 : 1;
  return Number('after' in a) - Number('after' in b);
}
