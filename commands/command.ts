// What a command module is: its definition as Discord registers it, and handlers that turn plain input into a reply.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody, RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord.js';
import type { Corpus } from '../src/corpus/types.js';
import type { ReloadReport } from '../src/library/reloadReport.js';
import type { Reply } from '../src/render/reply.js';
import type { SearchIndex } from '../src/search/index.js';
import type { ResultsStore, SavedSearch, SavedVerification } from '../src/bot/resultsStore.js';
import type { TargetMessage } from './messageText.js';
import type { OptionValues } from './options.js';

/** What a handler may know about where and by whom it was used, and what it may use. */
export interface CommandContext {
  /** The index being served, read once per interaction so a reload half-way cannot mix two corpora. */
  index: SearchIndex;
  /** Short corpus version, shown on public quotes. */
  stamp: string;
  userId: string;
  channelId: string | null;
  /** False outside ALLOWED_CHANNEL_IDS: nothing may be posted publicly from here. */
  publicAllowed: boolean;
  /** Search parameters kept for the Previous/Next buttons. */
  results: ResultsStore<SavedSearch>;
  /** Verifications kept for their Share button. */
  verifications: ResultsStore<SavedVerification>;
  /** Reloads the corpus in every process serving this bot: one report per shard (one when not sharded). */
  reload(): Promise<ReloadReport[]>;
}

/** What a handler answers. */
export interface Answer {
  reply: Reply;
  /** Rewrites the message the button sits on instead of answering with a new one. */
  replaces?: boolean;
  /** Posted to AUDIT_CHANNEL_ID (when set) with a public reply: after it, or first when AUDIT_REQUIRED. */
  audit?: ShareRecord;
}

/** What the audit channel is told of a share, and the passages shared (named in the log when the record is lost). */
export interface ShareRecord {
  post: Reply;
  passages: readonly string[];
}

export interface CommandInput {
  options: OptionValues;
  /** The message a message command was used on. */
  targetMessage?: TargetMessage;
}

export interface Choice {
  name: string;
  value: string;
}

/** `message`: the message the button sits on, which dispatch always passes (its content can carry what the custom_id cannot). */
export type ButtonHandler = ((args: string, context: CommandContext, message?: TargetMessage) => Answer | Promise<Answer>) & {
  /** Posts in the channel (Share): rate-limited like a command, not like the buttons on one's own results. */
  readonly postsPublicly?: boolean;
};

/** Handlers for the buttons a module puts on its replies, by custom_id prefix (the text before the first `:`). */
export interface ButtonOwner {
  buttons?: Readonly<Record<string, ButtonHandler>>;
}

export interface Command extends ButtonOwner {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody | RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** Acknowledge at once with a private "thinking…", for work that may outlast Discord's 3 seconds. */
  defers?: boolean;
  run(input: CommandInput, context: CommandContext): Answer | Promise<Answer>;
  /** Suggestions for the option being typed; never more than Discord's 25. */
  autocomplete?(focused: { name: string; value: string }, context: CommandContext): Choice[];
  /** A usage line for /help, with an example taken from the corpus. */
  example?(corpus: Corpus): string;
}
