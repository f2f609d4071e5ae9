// Where a command was used comes from the interaction payload: threads and forum posts the bot never saw, voice
// channels' chat, DMs and user-installed contexts, with ALLOWED_CHANNEL_IDS set, on the real bot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buttonInteraction, chatInputInteraction, defaultUser, type InteractionContext } from '../../src/localDiscord/index.js';
import { startBotProcess, type BotProcess } from './botProcess.js';

const ALLOWED = '1250000000000000200';
const FORUM = '1250000000000000210';
const VOICE = '1250000000000000220';
const ELSEWHERE = '1250000000000000230';
const PASSAGE = 'rajavi-haboush-tapes:3';
const user = defaultUser('1250000000000000600');

type Message = { content?: string; flags?: number; components?: { components: { custom_id?: string }[] }[] };
const customIds = (message: Message) => (message.components ?? []).flatMap((row) => row.components.map((b) => b.custom_id ?? ''));

const places: Record<string, InteractionContext> = {
  'an unseen thread of an allowed channel': {
    channelId: '1250000000000000301',
    channel: { type: 11, parent_id: ALLOWED, name: 'a new thread' },
  },
  'a post in an allowed forum': { channelId: '1250000000000000302', channel: { type: 11, parent_id: FORUM, name: 'a forum post' } },
  "an allowed voice channel's chat": { channelId: VOICE, channel: { type: 2, name: 'voice' } },
};
const privatePlaces: Record<string, { ctx: InteractionContext; why: RegExp }> = {
  'an unseen thread of another channel': {
    ctx: { channelId: '1250000000000000303', channel: { type: 11, parent_id: ELSEWHERE } },
    why: /^Only you can see this: Verbatim posts publicly only in the channels this server allows, and their threads\.$/u,
  },
  "another voice channel's chat": {
    ctx: { channelId: '1250000000000000221', channel: { type: 2 } },
    why: /only in the channels this server allows/u,
  },
  'a DM with the bot': { ctx: { guildId: null, channelId: '1250000000000000304' }, why: /not in direct messages\.$/u },
  'a server that did not install Verbatim, through a user install': {
    ctx: { channelId: ELSEWHERE, integrationOwners: { '1': user.id } },
    why: /only in the channels allowed by the server that runs it\.$/u,
  },
};

describe('with ALLOWED_CHANNEL_IDS, wherever the bot has or has not seen the channel', () => {
  let bot: BotProcess;

  beforeAll(async () => {
    bot = await startBotProcess(
      { ALLOWED_CHANNEL_IDS: [ALLOWED, FORUM, VOICE].join(','), AUDIT_CHANNEL_ID: ALLOWED },
      { channelId: ALLOWED },
    );
  }, 30_000);

  afterAll(async () => {
    expect(await bot?.stop()).toBe(0);
  });

  async function send(payload: Parameters<BotProcess['discord']['sendInteraction']>[0]) {
    const handle = bot.discord.sendInteraction(payload);
    return { handle, message: ((await handle.waitForCallback()).data ?? {}) as Message };
  }

  for (const [where, ctx] of Object.entries(places)) {
    it(`posts publicly in ${where}, and offers and performs Share there`, async () => {
      const quoted = await send(chatInputInteraction('quote', { 'id-or-words': PASSAGE }, { user, ...ctx }));
      expect(quoted.message.flags).toBeUndefined();
      const kept = await send(chatInputInteraction('quote', { 'id-or-words': PASSAGE, private: true }, { user, ...ctx }));
      expect(customIds(kept.message)[0]).toMatch(/^share:/u);
      const shared = await send(buttonInteraction(customIds(kept.message)[0]!, { user, ...ctx }));
      expect(shared.message).toMatchObject({ content: `Shared by <@${user.id}>` });
      expect(shared.message.flags).toBeUndefined();
      await expect.poll(() => bot.discord.channelMessages.at(-1)?.content).toContain(`in <#${ctx.channelId}>.`);
    });
  }

  for (const [where, { ctx, why }] of Object.entries(privatePlaces)) {
    it(`keeps /quote private in ${where}, saying why, without Share`, async () => {
      const { message } = await send(chatInputInteraction('quote', { 'id-or-words': PASSAGE }, { user, ...ctx }));
      expect(message.flags).toBe(64);
      expect(message.content).toMatch(why);
      expect(message.content?.split('\n')).toHaveLength(1);
      expect(customIds(message).some((id) => id.startsWith('share:'))).toBe(false);
    });
  }

  it('says nothing more when the user asked for a private reply', async () => {
    const { message } = await send(
      chatInputInteraction('quote', { 'id-or-words': PASSAGE, private: true }, { user, ...privatePlaces['a DM with the bot']!.ctx }),
    );
    expect(message.flags).toBe(64);
    expect(message.content ?? '').toBe('');
  });
});
