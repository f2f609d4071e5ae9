// `start:http` with Discord's signed webhooks: PING, every command and button answered in the HTTP response and
// through REST where they follow up, forged or stale requests refused unprocessed, and paging across two replicas.
import type { APIEmbed, APIInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buttonInteraction,
  chatInputInteraction,
  messageContextInteraction,
  startDiscordStandin,
  type DiscordStandin,
} from '../../src/localDiscord/index.js';
import { MAX_BODY_BYTES } from '../../src/discord/http/interactionServer.js';
import { keyPair, registerWithStandin, roundRobin, signedHeaders, startReplica, type Replica } from './httpReplicas.js';

type Message = { content?: string; embeds?: APIEmbed[]; components?: { components: { custom_id?: string }[] }[]; flags?: number };

const keys = keyPair();
let discord: DiscordStandin;
let replicas: Replica[];
let proxy: Awaited<ReturnType<typeof roundRobin>>;

beforeAll(async () => {
  discord = await startDiscordStandin();
  await registerWithStandin(discord);
  const audit = { AUDIT_CHANNEL_ID: discord.ids.channelId };
  replicas = await Promise.all([startReplica(discord, keys.publicKeyHex, audit), startReplica(discord, keys.publicKeyHex, audit)]);
  proxy = await roundRobin(replicas);
}, 30_000);

afterAll(async () => {
  await proxy?.close();
  await Promise.all(replicas?.map((replica) => replica.stop()) ?? []);
  await discord?.close();
});

const post = (url: string, body: string, headers: Record<string, string>) =>
  fetch(`${url}/interactions`, { method: 'POST', body, headers });

/** Discord's side: the interaction made known to the stand-in, posted signed, the HTTP response recorded as its callback. */
async function send(payload: APIInteraction, url = proxy.url) {
  const handle = discord.createHttpInteraction(payload);
  const body = JSON.stringify(handle.payload);
  const response = await post(url, body, signedHeaders(body, keys.privateKey));
  handle.recordHttpResponse(response.status, await response.json());
  const callback = await handle.waitForCallback();
  return { handle, callback, message: (callback.data ?? {}) as Message };
}

const ids = (message: Message) => (message.components ?? []).flatMap((row) => row.components.map((c) => c.custom_id ?? ''));
const command = (name: string, options: Record<string, string | number | boolean> = {}) => send(chatInputInteraction(name, options));

describe('HTTP interactions mode', () => {
  it('answers PING with PONG, and the health check with 200', async () => {
    const ping = JSON.stringify({ id: '1', application_id: discord.ids.applicationId, type: 1, token: 'ping', version: 1 });
    const response = await post(proxy.url, ping, signedHeaders(ping, keys.privateKey));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 1 });
    expect((await fetch(`${replicas[0]!.url}/healthz`)).status).toBe(200);
  });

  it('answers every command in the HTTP response', async () => {
    const search = await command('search', { query: 'proverb' });
    expect(search.callback.type).toBe(4);
    expect(search.message.flags).toBe(64);
    expect(search.message.embeds![0]!.description).toMatch(/\*\*proverb\*\*/iu);
    expect((await command('quote', { 'id-or-words': 'rajavi-haboush-tapes:3' })).message.embeds![0]!.footer!.text).toMatch(
      /^rajavi-haboush-tapes:3\b/u,
    );
    const context = await command('context', { id: 'rajavi-haboush-tapes:10', before: 1, after: 1 });
    expect(context.message.embeds![0]!.description).toContain('rajavi-haboush-tapes:11');
    expect((await command('verify', { text: 'Saddam`s regime' })).callback.type).toBe(4);
    expect((await command('cite', { id: 'rajavi-haboush-tapes:3', style: 'bibtex' })).message.embeds![0]!.description).toMatch(/@\w+\{/u);
    expect((await command('sources')).message.embeds!.length).toBeGreaterThan(0);
    expect((await command('help')).message.embeds!.length).toBeGreaterThan(0);
    const words = (await command('quote', { 'id-or-words': 'rajavi-haboush-tapes:3' })).message.embeds![0]!.description!;
    const checked = await send(messageContextInteraction('Verify quote', { content: `> ${words.replace(/\*\*/gu, '')}` }));
    expect(checked.callback.type).toBe(4);
    expect(discord.unexpectedRequests()).toEqual([]);
  });

  it('defers /reload in the HTTP response and gives its report through REST', async () => {
    const { handle, callback } = await command('reload');
    expect(callback).toEqual({ type: 5, data: { flags: 64 } });
    await handle.waitForRequests(2);
    expect(handle.requests[1]).toMatchObject({ method: 'PATCH', path: expect.stringMatching(/\/messages\/@original$/u), status: 200 });
    expect(handle.originalMessage()!.content).toMatch(
      /Reloaded: \d+ documents.* This replica only: the others serve their corpus until they restart/u,
    );
  });

  it('turns pages with Next and Previous whichever replica each click reaches', async () => {
    const before = [...proxy.served];
    const first = await command('search', { query: 'Rajavi', limit: 2 });
    const second = await send(buttonInteraction(ids(first.message).at(-1)!, { message: first.handle.originalMessage()! }));
    expect(second.callback.type).toBe(7);
    expect(second.message.content).toMatch(/page 2 of \d+$/u);
    const back = await send(buttonInteraction(ids(second.message).at(-2)!, { message: second.handle.originalMessage()! }));
    expect(back.message.embeds!.map((e) => e.footer?.text)).toEqual(first.message.embeds!.map((e) => e.footer?.text));
    // Three requests, alternating: both replicas served this search.
    expect(proxy.served.map((n, i) => n - before[i]!).sort()).toEqual([1, 2]);
  });

  it('turns the pages of a search too long for a custom_id on either replica, from what its message carries', async () => {
    const before = [...proxy.served];
    const query = `Rajavi, Saddam and the inspectors — 100% | *regime* ${'proverb arabic social '.repeat(11)}`.slice(0, 250);
    const first = await command('search', { query, type: 'transcript', limit: 1 });
    expect(ids(first.message).at(-1)).toMatch(/^page:/u);
    const second = await send(buttonInteraction(ids(first.message).at(-1)!, { message: first.handle.originalMessage()! }));
    const third = await send(buttonInteraction(ids(second.message).at(-1)!, { message: second.handle.originalMessage()! }));
    const back = await send(buttonInteraction(ids(third.message).at(-2)!, { message: third.handle.originalMessage()! }));
    expect([second, third, back].map(({ message }) => /page (\d+) of/u.exec(message.content!)?.[1])).toEqual(['2', '3', '2']);
    expect(back.message.embeds!.map((e) => e.footer?.text)).toEqual(second.message.embeds!.map((e) => e.footer?.text));
    // Four requests, alternating: each replica turned pages of a search the other ran.
    expect(proxy.served.map((n, i) => n - before[i]!)).toEqual([2, 2]);
  });

  it('answers Context, Cite and Share, posting the share’s record to the audit channel through REST', async () => {
    const found = await command('search', { query: 'proverb' });
    const id = found.message.embeds![0]!.footer!.text;
    const on = { message: found.handle.originalMessage()! };
    const button = (prefix: string) => ids(found.message).find((id) => id.startsWith(`${prefix}:`))!;
    const opened = await send(buttonInteraction(button('ctx'), on));
    expect(opened.message.embeds![0]!.description).toContain(`▶ \`${id}\``);
    const walked = await send(buttonInteraction(ids(opened.message)[1]!, { message: opened.handle.originalMessage()! }));
    expect(walked.callback.type).toBe(7);
    // A search result's passage, cited as the Cite button under a quote cites it.
    const cite = `cite:${button('share').slice('share:'.length)}`;
    expect((await send(buttonInteraction(cite, on))).message.embeds![0]!.description).toMatch(/^\*\*Chicago\*\*$/mu);
    const shared = await send(buttonInteraction(button('share'), on));
    expect(shared.callback.type).toBe(4);
    expect(shared.message.flags ?? 0).toBe(0);
    const record = await discord.waitForRequest((r) => r.method === 'POST' && r.path === `/channels/${discord.ids.channelId}/messages`);
    expect(record.status).toBe(200);
  });

  describe('refuses with 401 and never processes', () => {
    const forged = () => {
      const handle = discord.createHttpInteraction(chatInputInteraction('search', { query: 'proverb' }));
      return { handle, body: JSON.stringify(handle.payload) };
    };
    const refusedUnprocessed = async (url: string, body: string, headers: Record<string, string>, id: string) => {
      const requests = discord.requests.length;
      expect((await post(url, body, headers)).status).toBe(401);
      expect(discord.requests.length).toBe(requests);
      expect(replicas.flatMap((r) => r.logs).filter((line) => line.interaction === id)).toEqual([]);
    };

    it('a tampered body, a wrong key, missing headers and a stale timestamp', async () => {
      const { handle, body } = forged();
      const headers = signedHeaders(body, keys.privateKey);
      await refusedUnprocessed(proxy.url, body.replace('proverb', 'Rajavi!'), headers, handle.id);
      await refusedUnprocessed(proxy.url, body, signedHeaders(body, keyPair().privateKey), handle.id);
      await refusedUnprocessed(proxy.url, body, { 'content-type': 'application/json' }, handle.id);
      const { 'x-signature-ed25519': _signature, ...unsigned } = headers;
      await refusedUnprocessed(proxy.url, body, unsigned, handle.id);
      const stale = signedHeaders(body, keys.privateKey, Math.floor(Date.now() / 1000) - 600);
      await refusedUnprocessed(proxy.url, body, stale, handle.id);
    });
  });

  it('refuses an oversized body with 413, other methods with 405 and other paths with 404', async () => {
    const big = JSON.stringify({ type: 2, padding: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await post(replicas[0]!.url, big, signedHeaders(big, keys.privateKey))).status).toBe(413);
    expect((await fetch(`${replicas[0]!.url}/interactions`)).status).toBe(405);
    expect((await fetch(`${replicas[0]!.url}/`, { method: 'POST', body: '{}' })).status).toBe(404);
  });
});
