// Every command and button the bot answers: the one list both dispatch and `deploy-commands` read, so they cannot drift.
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import type { ButtonHandler, Command } from './command.js';
import { cite } from './cite.js';
import { context } from './context.js';
import { helpCommand } from './help.js';
import { quote } from './quote.js';
import { reload } from './reload.js';
import { search } from './search.js';
import { share } from './share.js';
import { sources } from './sources.js';
import { verify } from './verify.js';
import { verifyQuote } from './verifyQuote.js';

export const commands: readonly Command[] = [
  search,
  quote,
  context,
  verify,
  verifyQuote,
  cite,
  sources,
  helpCommand(() => commands),
  reload,
];

export const commandDefinitions: RESTPostAPIApplicationCommandsJSONBody[] = commands.map((command) => command.data);

/** Button handlers by custom_id prefix; two modules claiming one prefix is a mistake caught at start-up. */
export const buttonHandlers: ReadonlyMap<string, ButtonHandler> = (() => {
  const handlers = new Map<string, ButtonHandler>();
  for (const owner of [...commands, share]) {
    for (const [prefix, handler] of Object.entries(owner.buttons ?? {})) {
      if (handlers.has(prefix)) throw new Error(`two modules answer buttons with the prefix "${prefix}"`);
      handlers.set(prefix, handler);
    }
  }
  return handlers;
})();
