// Proves the Discord stand-in is faithful enough for the real discord.js Client: login, interactions, replies, REST.
import { once } from 'node:events';
import zlib from 'node:zlib';
import {
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type Interaction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  messageContextInteraction,
  modalSubmitInteraction,
  startDiscordStandin,
  type DiscordStandin,
  type StandinOptions,
} from '../src/localDiscord/index.js';

let discord: DiscordStandin | null = null;
const clients: Client[] = [];

async function standin(options: StandinOptions = {}): Promise<DiscordStandin> {
  discord = await startDiscordStandin(options);
  return discord;
}

/** Starts a real discord.js client against the stand-in; handler failures are collected so tests can assert on them. */
async function startBot(d: DiscordStandin, onInteraction: (interaction: Interaction) => Promise<unknown> = async () => {}) {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: d.apiUrl } });
  clients.push(client);
  const errors: unknown[] = [];
  client.on(Events.InteractionCreate, (interaction) => {
    onInteraction(interaction).catch((error: unknown) => errors.push(error));
  });
  const ready = once(client, Events.ClientReady);
  await client.login(d.token);
  await ready;
  return { client, errors };
}

beforeEach(() => {
  discord = null;
});

afterEach(async () => {
  for (const client of clients.splice(0)) await client.destroy();
  await discord?.close();
});

describe('discord.js against the stand-in', () => {
  it('logs in over REST + gateway and sees the guild, channel and itself', async () => {
    const d = await standin();
    const { client } = await startBot(d);
    const session = await d.waitForReady();

    expect(client.user?.id).toBe(d.ids.botUserId);
    expect(client.application?.id).toBe(d.ids.applicationId);
    const guild = client.guilds.cache.get(d.ids.guildId);
    expect(guild?.available).toBe(true);
    expect(guild?.roles.everyone.id).toBe(d.ids.guildId);
    expect(guild?.members.me?.id).toBe(d.ids.botUserId);
    expect(client.channels.cache.get(d.ids.channelId)?.isTextBased()).toBe(true);

    const identify = d.gateway.received.find((p) => p.op === 2)?.d as { intents: number; token: string };
    expect(identify).toMatchObject({ intents: GatewayIntentBits.Guilds, token: d.token });
    expect(session.identify).toBe(identify);
    const gatewayBot = d.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${d.token}`);
    expect(d.unexpectedRequests()).toEqual([]);
  });

  it('rejects login with a bad token instead of hanging', async () => {
    const d = await standin();
    const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: d.apiUrl } });
    clients.push(client);
    await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(d.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /gateway/bot 401']);
    expect(d.gateway.readyCount).toBe(0);
  });

  it('slash command: ephemeral reply with allowed_mentions parse []', async () => {
    const d = await standin();
    const { errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({
        content: `results for ${i.options.getString('query', true)} (limit ${i.options.getInteger('limit')})`,
        flags: MessageFlags.Ephemeral,
        allowedMentions: { parse: [] },
      });
    });

    const handle = d.sendInteraction(chatInputInteraction('search', { query: 'tides', limit: 3 }));
    const callback = await handle.waitForCallback();

    expect(callback).toEqual({
      type: 4,
      data: expect.objectContaining({
        content: 'results for tides (limit 3)',
        flags: MessageFlags.Ephemeral,
        allowed_mentions: { parse: [] },
      }),
    });
    expect(handle.requests[0]?.query).toEqual({ with_response: 'false' });
    expect(handle.requests[0]?.status).toBe(204);
    expect(handle.requests[0]?.headers.authorization).toBeUndefined();
    expect(handle.originalMessage()?.flags).toBe(MessageFlags.Ephemeral);
    expect(errors).toEqual([]);
    expect(d.unexpectedRequests()).toEqual([]);
  });

  it('deferReply then editReply edits the deferred @original message', async () => {
    const d = await standin();
    let edited: Message | undefined;
    const { errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      edited = await i.editReply({ content: 'done', embeds: [{ title: 'Passage', description: 'verbatim text' }] });
    });

    const handle = d.sendInteraction(chatInputInteraction('search', { query: 'x' }));
    const [defer, edit] = await handle.waitForRequests(2);

    expect(defer?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit?.method).toBe('PATCH');
    expect(edit?.path).toBe(`/webhooks/${d.ids.applicationId}/${handle.token}/messages/@original`);
    expect(edit?.body).toMatchObject({ content: 'done', embeds: [{ title: 'Passage', description: 'verbatim text' }] });
    await expect.poll(() => edited).toBeDefined();
    expect(edited?.content).toBe('done');
    expect(edited?.embeds[0]?.title).toBe('Passage');
    expect(edited?.id).toBe(handle.originalMessage()?.id);
    expect(handle.originalMessage()?.flags).toBe(0);
    expect(errors).toEqual([]);
    expect(d.unexpectedRequests()).toEqual([]);
  });

  it('followUp posts a new webhook message after the reply', async () => {
    const d = await standin();
    let followUp: Message | undefined;
    const { errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply('first');
      followUp = await i.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
    });

    const handle = d.sendInteraction(chatInputInteraction('search'));
    const [, post] = await handle.waitForRequests(2);

    expect(post?.method).toBe('POST');
    expect(post?.path).toBe(`/webhooks/${d.ids.applicationId}/${handle.token}`);
    expect(post?.query.wait).toBe('true');
    expect(post?.body).toMatchObject({ content: 'second', flags: MessageFlags.Ephemeral });
    await expect.poll(() => followUp).toBeDefined();
    expect(followUp?.content).toBe('second');
    expect(followUp?.flags.has(MessageFlags.Ephemeral)).toBe(true);
    expect(followUp?.id).not.toBe(handle.originalMessage()?.id);
    expect(errors).toEqual([]);
  });

  it('button: update() rewrites the message the button is on', async () => {
    const d = await standin();
    let seen = '';
    const { errors } = await startBot(d, async (i) => {
      if (!i.isButton()) return;
      seen = `${i.customId}|${i.message.content}`;
      await i.update({ content: 'page 2', components: [] });
    });

    const handle = d.sendInteraction(buttonInteraction('page:2', { message: { content: 'page 1' } }));
    const callback = await handle.waitForCallback();

    expect(seen).toBe('page:2|page 1');
    expect(callback).toEqual({ type: 7, data: expect.objectContaining({ content: 'page 2', components: [] }) });
    const updated = d.messages.get(handle.payload.message!.id);
    expect(updated?.content).toBe('page 2');
    expect(updated?.components).toEqual([]);
    expect(errors).toEqual([]);
    expect(d.unexpectedRequests()).toEqual([]);
  });

  it('autocomplete: respond() sends choices for the focused option', async () => {
    const d = await standin();
    const { errors } = await startBot(d, async (i) => {
      if (!i.isAutocomplete()) return;
      const focused = i.options.getFocused(true);
      await i.respond([{ name: `${focused.name}: ${focused.value}…`, value: `${focused.value}-1` }]);
    });

    const handle = d.sendInteraction(autocompleteInteraction('search', { query: 'tid', limit: 2 }));
    const callback = await handle.waitForCallback();

    expect(callback).toEqual({ type: 8, data: { choices: [{ name: 'query: tid…', value: 'tid-1' }] } });
    expect(errors).toEqual([]);
  });

  it('message context menu: the bot reads targetMessage.content', async () => {
    const d = await standin();
    const { errors } = await startBot(d, async (i) => {
      if (!i.isMessageContextMenuCommand()) return;
      await i.reply({
        content: `quoted: ${i.targetMessage.content} by ${i.targetMessage.author.username}`,
        allowedMentions: { parse: [] },
      });
    });

    const handle = d.sendInteraction(messageContextInteraction('Find source', { content: 'to be or not to be' }));
    const callback = await handle.waitForCallback();

    expect(callback.data?.content).toBe('quoted: to be or not to be by tester');
    expect(handle.originalMessage()?.type).toBe(23);
    expect(errors).toEqual([]);
  });

  it('channel.send posts to /channels/:id/messages', async () => {
    const d = await standin();
    const { client } = await startBot(d);
    const channel = (await client.channels.fetch(d.ids.channelId)) as TextChannel;
    const sent = await channel.send({ content: 'hello channel', allowedMentions: { parse: [] } });

    expect(d.channelMessages).toHaveLength(1);
    expect(d.channelMessages[0]).toMatchObject({ id: sent.id, content: 'hello channel', channel_id: d.ids.channelId });
    expect(sent.author.id).toBe(d.ids.botUserId);
    const request = d.requests.find((r) => r.path === `/channels/${d.ids.channelId}/messages`);
    expect(request?.body).toMatchObject({ content: 'hello channel', allowed_mentions: { parse: [] } });
    expect(d.unexpectedRequests()).toEqual([]);
  });
});

describe('stand-in fidelity', () => {
  it('withResponse returns an InteractionCallbackResponse with the message', async () => {
    const d = await standin();
    let content: string | undefined;
    const { errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      const response = await i.reply({ content: 'with response', withResponse: true });
      content = response.resource?.message?.content;
    });

    const handle = d.sendInteraction(chatInputInteraction('search'));
    await handle.waitForCallback();

    expect(handle.requests[0]?.query).toEqual({ with_response: 'true' });
    await expect.poll(() => content).toBe('with response');
    expect(errors).toEqual([]);
  });

  it('multipart replies (files) are parsed: payload_json as body, files listed, attachments on the message', async () => {
    const d = await standin();
    const { errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: 'see file', files: [{ attachment: Buffer.from('hello'), name: 'passage.txt' }] });
    });

    const handle = d.sendInteraction(chatInputInteraction('export'));
    const callback = await handle.waitForCallback();

    expect(handle.requests[0]?.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(callback).toMatchObject({ type: 4, data: { content: 'see file', attachments: [{ id: '0' }] } });
    expect(handle.requests[0]?.files).toEqual([{ field: 'files[0]', filename: 'passage.txt', contentType: expect.any(String), size: 5 }]);
    expect(handle.originalMessage()?.attachments).toMatchObject([{ filename: 'passage.txt', size: 5 }]);
    expect(errors).toEqual([]);
  });

  it('DM interactions carry a user and DM channel instead of a member', async () => {
    const d = await standin();
    let where = '';
    const { errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      where = `${i.inGuild()}|${i.channelId}|${i.user.username}|${i.member === null ? 'null' : 'member'}`;
      await i.reply('dm ok');
    });

    const handle = d.sendInteraction(chatInputInteraction('search', {}, { guildId: null, channelId: '1250000000000000999' }));
    expect((await handle.waitForCallback()).data?.content).toBe('dm ok');
    expect(where).toBe('false|1250000000000000999|tester|null');
    expect(errors).toEqual([]);
  });

  it('refuses what Discord refuses: over-long content, double acknowledgement', async () => {
    const d = await standin();
    const { errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      if (i.commandName === 'long') await i.reply('x'.repeat(2001));
      else {
        await i.reply('once');
        await i.reply({ content: 'twice' }).catch((error: unknown) => errors.push(error));
      }
    });

    const long = d.sendInteraction(chatInputInteraction('long'));
    await expect(long.waitForCallback()).rejects.toThrow(/rejected with 400.*BASE_TYPE_MAX_LENGTH/);

    const twice = d.sendInteraction(chatInputInteraction('twice'));
    const requests = await twice.waitForRequests(1);
    expect(requests[0]?.status).toBe(204);
    await expect.poll(() => errors.length).toBe(2);
    expect(errors[0]).toBeInstanceOf(DiscordAPIError);
    expect((errors[0] as DiscordAPIError).code).toBe(50035);
    // discord.js refuses the second reply itself before it reaches the API.
    expect((errors[1] as { code?: string }).code).toBe('InteractionAlreadyReplied');
  });

  it('registered commands: ids and declared option types flow into interactions', async () => {
    const d = await standin();
    let value: number | null = null;
    const { client, errors } = await startBot(d, async (i) => {
      if (!i.isChatInputCommand()) return;
      value = i.options.getNumber('weight');
      await i.reply({ content: `${i.commandId}`, flags: MessageFlags.Ephemeral });
    });

    await client.application!.commands.set([
      { name: 'weigh', description: 'Weigh something', options: [{ type: 10, name: 'weight', description: 'kg' }] },
      { name: 'Find source', type: 3 },
    ]);
    expect(d.commands.global.map((c) => c.name)).toEqual(['weigh', 'Find source']);
    await client.application!.commands.set([{ name: 'local', description: 'Guild only' }], d.ids.guildId);
    expect(d.commands.guilds[d.ids.guildId]?.map((c) => c.name)).toEqual(['local']);

    expect(() => d.sendInteraction(chatInputInteraction('nope'))).toThrow(/registered no slash command named "nope"/);
    const handle = d.sendInteraction(chatInputInteraction('weigh', { weight: 3 }));
    const callback = await handle.waitForCallback();
    expect(value).toBe(3);
    expect(callback.data?.content).toBe(d.commands.global[0]?.id);
    await expect(client.application!.commands.set([{ name: 'Bad Name', description: 'x' }])).rejects.toMatchObject({ code: 50035 });
    expect(errors).toEqual([]);
  });

  it('showModal, then the modal submit is answered with deferReply + followUp', async () => {
    const d = await standin();
    const { errors } = await startBot(d, async (i) => {
      if (i.isButton()) {
        await i.showModal({
          customId: 'feedback',
          title: 'Feedback',
          components: [{ type: 1, components: [{ type: 4, customId: 'text', label: 'Text', style: 1 }] }],
        });
      } else if (i.isModalSubmit()) {
        await i.deferReply({ flags: MessageFlags.Ephemeral });
        await i.followUp(`thanks: ${i.fields.getTextInputValue('text')}`);
      }
    });

    const button = d.sendInteraction(buttonInteraction('open'));
    expect(await button.waitForCallback()).toMatchObject({ type: 9, data: { custom_id: 'feedback', title: 'Feedback' } });

    const submit = d.sendInteraction(modalSubmitInteraction('feedback', { text: 'great' }));
    const [defer, follow] = await submit.waitForRequests(2);
    expect(defer?.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    expect(follow?.body).toMatchObject({ content: 'thanks: great' });
    // The first follow-up after a defer resolves the "thinking" message instead of adding another.
    expect(submit.originalMessage()).toMatchObject({ content: 'thanks: great', flags: MessageFlags.Ephemeral });
    expect(errors).toEqual([]);
  });

  it('an interaction nobody answers within the deadline is unknown to the callback route', async () => {
    const d = await standin({ interactionDeadlineMs: 50 });
    const { errors } = await startBot(d, async (i) => {
      await new Promise((resolve) => setTimeout(resolve, 120));
      if (i.isChatInputCommand()) await i.reply('too late');
    });
    const handle = d.sendInteraction(chatInputInteraction('slow'));
    await expect(handle.waitForCallback()).rejects.toThrow(/404.*10062/);
    await expect.poll(() => errors.length).toBe(1);
    expect((errors[0] as DiscordAPIError).code).toBe(10062);
  });

  it('survives a bot restart and a gateway-requested RESUME', async () => {
    const d = await standin();
    const first = await startBot(d);
    await first.client.destroy();
    const second = await startBot(d, async (i) => {
      if (i.isChatInputCommand()) await i.reply('after resume');
    });
    expect((await d.waitForReady({ nth: 2 })).readyNumber).toBe(2);

    const resumed = once(second.client, Events.ShardResume);
    d.gateway.requestReconnect();
    await resumed;
    expect(d.gateway.received.filter((p) => p.op === 6)).toHaveLength(1);

    const handle = d.sendInteraction(chatInputInteraction('search'));
    expect((await handle.waitForCallback()).data?.content).toBe('after resume');
    expect(second.errors).toEqual([]);
  });
});

describe('raw gateway protocol', () => {
  type Frame = { op: number; d: unknown; s: number | null; t: string | null };

  function connect(d: DiscordStandin, query = 'v=10&encoding=json') {
    const ws = new WebSocket(`${d.gatewayUrl}?${query}`);
    const frames: Frame[] = [];
    const stats = { binaryFrames: 0 };
    const inflate = zlib.createInflate();
    let pending = '';
    inflate.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      try {
        frames.push(JSON.parse(pending) as Frame);
        pending = '';
      } catch {
        // zlib-stream frames may split a payload; wait for the rest.
      }
    });
    ws.on('message', (data: Buffer, isBinary) => {
      if (isBinary) {
        stats.binaryFrames++;
        inflate.write(data);
      } else frames.push(JSON.parse(data.toString()) as Frame);
    });
    const next = async (predicate: (f: Frame) => boolean) => {
      await expect.poll(() => frames.find(predicate), { timeout: 2000 }).toBeDefined();
      return frames.find(predicate)!;
    };
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    const send = async (payload: object) => {
      if (ws.readyState !== ws.OPEN) await once(ws, 'open');
      ws.send(JSON.stringify(payload));
    };
    const close = () => {
      inflate.close();
      ws.terminate();
    };
    return { frames, stats, next, closed, send, close };
  }

  it('acks heartbeats, sequences dispatches and replays from the client seq on RESUME', async () => {
    const d = await standin({ heartbeatIntervalMs: 1000 });
    const a = connect(d);
    expect((await a.next((f) => f.op === 10)).d).toMatchObject({ heartbeat_interval: 1000 });
    await a.send({ op: 1, d: null });
    await a.next((f) => f.op === 11);
    await a.send({ op: 2, d: { token: d.token, intents: 1, properties: {}, shard: [0, 1] } });
    const ready = await a.next((f) => f.t === 'READY');
    const guildCreate = await a.next((f) => f.t === 'GUILD_CREATE');
    expect([ready.s, guildCreate.s]).toEqual([1, 2]);
    const { session_id } = ready.d as { session_id: string };

    a.close();
    await a.closed;

    const b = connect(d);
    await b.next((f) => f.op === 10);
    await b.send({ op: 6, d: { token: d.token, session_id, seq: 1 } });
    expect((await b.next((f) => f.t === 'GUILD_CREATE')).s).toBe(2);
    expect((await b.next((f) => f.t === 'RESUMED')).s).toBe(3);
    b.close();
  });

  it('speaks zlib-stream when asked and closes 4004 on a bad token', async () => {
    const d = await standin();
    const a = connect(d, 'v=10&encoding=json&compress=zlib-stream');
    expect((await a.next((f) => f.op === 10)).op).toBe(10);
    expect(a.stats.binaryFrames).toBe(1);
    await a.send({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } });
    expect(await a.closed).toBe(4004);
    a.close();

    const b = connect(d, 'v=9&encoding=json');
    expect(await b.closed).toBe(4012);
    b.close();
  });
});
