// The one error path and shutdown, at the dispatch level: handlers that throw, before and after acknowledging.
import { Events, type Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../commands/command.js';
import { RateLimiter } from '../../src/bot/rateLimiter.js';
import { createLogger } from '../../src/bot/createLogger.js';
import { createDispatcher, type Dispatcher } from '../../src/discord/dispatch.js';
import { watchPlaces } from '../../src/discord/interactionPlace.js';
import { registerCommands } from '../../src/discord/registerCommands.js';
import { ResultsStore } from '../../src/bot/resultsStore.js';
import { buildIndex } from '../../src/search/index.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  startDiscordStandin,
  type DiscordStandin,
} from '../../src/localDiscord/index.js';
import { fixtureCorpus } from '../helpers/fixtureCorpus.js';
import { logIn, standinClient } from '../helpers/standinClient.js';

const failing = (name: string, defers: boolean): Command => ({
  data: { name, description: 'Fails', options: [{ type: 3, name: 'text', description: 'Anything', autocomplete: true }] },
  defers,
  run: () => {
    throw new Error(`${name} broke`);
  },
  autocomplete: () => {
    throw new Error('suggestions broke');
  },
});

let discord: DiscordStandin;
let client: Client;
let dispatcher: Dispatcher;
const logs: string[] = [];
const logged = () => logs.map((line) => JSON.parse(line) as { msg: string; ref?: string; err?: { stack: string } });

beforeAll(async () => {
  discord = await startDiscordStandin();
  const commands = [failing('boom', false), failing('later', true)];
  await registerCommands(
    { token: discord.token, clientId: discord.ids.applicationId, guildId: discord.ids.guildId, apiUrl: discord.apiUrl },
    commands.map((c) => c.data),
  );
  const index = buildIndex(fixtureCorpus);
  client = standinClient(discord);
  dispatcher = createDispatcher({
    commands,
    buttons: new Map([['explode', () => Promise.reject(new Error('button broke'))]]),
    library: { current: index },
    reload: async () => [],
    limits: { commands: new RateLimiter({ burst: 100, perMinute: 100 }), buttons: new RateLimiter({ burst: 100, perMinute: 100 }) },
    results: new ResultsStore(),
    verifications: new ResultsStore(),
    placeOf: watchPlaces(client),
    allowedChannelIds: [],
    log: createLogger({ level: 'info', secrets: [discord.token], destination: { write: (line: string) => void logs.push(line) } }),
  });
  client.on(Events.InteractionCreate, (interaction) => void dispatcher.dispatch(interaction));
  await logIn(client, discord);
}, 20_000);

afterAll(async () => {
  await client?.destroy();
  await discord?.close();
});

const REF = /^Something went wrong \(ref ([0-9A-F]{6})\)\. It has been logged; please try again\.$/u;

/** The reference the user was given is the one logged with the stack. */
function expectLoggedWithStack(content: string, message: string): void {
  const ref = REF.exec(content)?.[1];
  expect(ref).toBeDefined();
  expect(logged().find((line) => line.ref === ref)).toMatchObject({
    msg: 'interaction failed',
    err: { stack: expect.stringContaining(message) },
  });
}

describe('a handler that throws', () => {
  it('before acknowledging: the user gets a private reply with a reference', async () => {
    const handle = discord.sendInteraction(chatInputInteraction('boom', { text: 'x' }));
    const callback = await handle.waitForCallback();
    expect(callback).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expectLoggedWithStack(callback.data!.content as string, 'boom broke');
  });

  it('after deferring: the "thinking…" message becomes the private error', async () => {
    const handle = discord.sendInteraction(chatInputInteraction('later', { text: 'x' }));
    const [deferral, followUp] = await handle.waitForRequests(2);
    expect(deferral!.body).toEqual({ type: 5, data: { flags: 64 } });
    expectLoggedWithStack((followUp!.body as { content: string }).content, 'later broke');
    expect(handle.originalMessage()).toMatchObject({ flags: 64, content: expect.stringMatching(REF) });
  });

  it('on a button: the same private message', async () => {
    const callback = await discord.sendInteraction(buttonInteraction('explode:1')).waitForCallback();
    expect(callback.data).toMatchObject({ flags: 64 });
    expectLoggedWithStack(callback.data!.content as string, 'button broke');
  });

  it('while suggesting: an empty list, so the user can still type', async () => {
    const callback = await discord.sendInteraction(autocompleteInteraction('boom', { text: 'x' })).waitForCallback();
    expect(callback).toEqual({ type: 8, data: { choices: [] } });
    expect(logged().some((line) => line.err?.stack.includes('suggestions broke'))).toBe(true);
  });
});

describe('stopping', () => {
  it('answers what arrives after stop() with a private "restarting" message', async () => {
    await dispatcher.stop(100);
    const callback = await discord.sendInteraction(chatInputInteraction('boom', { text: 'x' })).waitForCallback();
    expect(callback.data).toMatchObject({ flags: 64, content: 'Verbatim is restarting; try again in a minute.' });
    expect(discord.unexpectedRequests()).toEqual([]);
  });
});
