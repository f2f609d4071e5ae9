// The real bot, started as `npm start` starts it, driven through every command, suggestion and button.
import type { APIEmbed, APIMessage } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphLocator } from '../../src/corpus/passageSource.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { passageRef } from '../../src/corpus/passageRef.js';
import type { Corpus } from '../../src/corpus/types.js';
import { defaultCorpusDir } from '../../src/paths.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  messageContextInteraction,
  type InteractionCallbackBody,
} from '../../src/localDiscord/index.js';
import { startBotProcess, type BotProcess } from './botProcess.js';
import { expectEveryMessageSafe } from './sentMessages.js';

let bot: BotProcess;
let corpus: Corpus;
/** What the buttons for passage `id` carry. */
const ref = (id: string) => passageRef(corpus.passageById.get(id)!);

beforeAll(async () => {
  [bot, corpus] = await Promise.all([startBotProcess(), loadCorpus(defaultCorpusDir)]);
}, 30_000);

afterAll(async () => {
  expect(await bot?.stop()).toBe(0);
});

type Message = {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components: { custom_id?: string; label?: string; disabled?: boolean }[] }[];
  flags?: number;
};

/** What Discord shows for our markdown: bold markers and escaping backslashes gone. */
const shown = (markdown = '') => markdown.replace(/\*\*/gu, '').replace(/\\([^0-9A-Za-z\s])/gu, '$1');
const ids = (message: Message) => (message.components ?? []).flatMap((row) => row.components.map((button) => button.custom_id ?? ''));

async function command(name: string, options: Record<string, string | number | boolean> = {}) {
  const handle = bot.discord.sendInteraction(chatInputInteraction(name, options));
  const callback = await handle.waitForCallback();
  return { handle, callback, message: (callback.data ?? {}) as Message };
}

/** Clicks a button on the message an interaction answered with. */
async function click(customId: string, on: APIMessage | undefined) {
  const handle = bot.discord.sendInteraction(buttonInteraction(customId, { message: on ?? {} }));
  const callback: InteractionCallbackBody = await handle.waitForCallback();
  return { handle, callback, message: (callback.data ?? {}) as Message };
}

describe('/search', () => {
  it('answers privately with passages word for word, matched words in bold, and buttons for each', async () => {
    const { callback, message } = await command('search', { query: 'proverb' });
    expect(callback.type).toBe(4);
    expect(message.flags).toBe(64);
    const [embed] = message.embeds!;
    const id = embed!.footer!.text;
    expect(shown(embed!.description)).toBe(corpus.passageById.get(id)!.text);
    expect(embed!.description).toMatch(/\*\*proverb\*\*/iu);
    expect(ids(message).slice(0, 2)).toEqual([`share:${ref(id)}`, `ctx:${ref(id)}`]);
  });

  it('pages with Next and Previous, rewriting the same private message', async () => {
    const first = await command('search', { query: 'Rajavi', limit: 2 });
    const next = ids(first.message).at(-1)!;
    expect(next).toMatch(/^pg:2:2:[0-9a-f]{8}:Rajavi$/u);
    const second = await click(next, first.handle.originalMessage());
    expect(second.callback.type).toBe(7);
    expect(second.message.content).toMatch(/page 2 of \d+$/u);
    expect(second.message.embeds!.map((e) => e.author?.name)).toEqual([
      expect.stringMatching(/^Result 3 of/u),
      expect.stringMatching(/^Result 4 of/u),
    ]);
    const back = await click(ids(second.message).at(-2)!, second.handle.originalMessage());
    expect(back.message.embeds!.map((e) => e.footer?.text)).toEqual(first.message.embeds!.map((e) => e.footer?.text));
  });

  it('answers a page button whose search neither this process nor its message holds with a clear private message', async () => {
    const { callback, message } = await click('page:gone1234:2', undefined);
    expect(callback.type).toBe(4);
    expect(message).toMatchObject({
      flags: 64,
      content:
        'This page was served by another Verbatim process, which alone kept its search (too long for these buttons) — run /search again.',
    });
  });

  it('suggests passages as the query is typed, and documents, speakers, authors and types by name', async () => {
    const suggest = async (options: Record<string, string>, focused: string) =>
      (
        (await bot.discord.sendInteraction(autocompleteInteraction('search', options, { focused })).waitForCallback()).data as {
          choices: { name: string; value: string }[];
        }
      ).choices;
    const passages = await suggest({ query: 'brothers hardship' }, 'query');
    expect(passages.length).toBeGreaterThan(0);
    for (const choice of passages) {
      expect(corpus.passageById.has(choice.value)).toBe(true);
      expect(choice.name.length).toBeLessThanOrEqual(100);
    }
    expect((await suggest({ query: 'x', document: 'diplomacy' }, 'document')).map((c) => c.value)).toEqual([
      'revolutionary-diplomacy-costs-achievements',
    ]);
    expect((await suggest({ query: 'x', speaker: 'saber' }, 'speaker')).map((c) => c.value)).toEqual(['General Saber']);
    expect((await suggest({ query: 'x', author: 'irani' }, 'author')).map((c) => c.value)).toEqual(['Bahar Irani']);
    expect((await suggest({ query: 'x', type: 'trans' }, 'type')).map((c) => c.value)).toEqual(['transcript']);
    const many = await suggest({ query: 'the '.repeat(2500) }, 'query');
    expect(many.length).toBeLessThanOrEqual(25);
  });
});

describe('buttons on results', () => {
  it('Share posts the passage publicly, naming the sharer without a ping, with its id and corpus stamp', async () => {
    const results = await command('search', { query: 'proverb' });
    const { callback, message } = await click(ids(results.message)[0]!, results.handle.originalMessage());
    const id = results.message.embeds![0]!.footer!.text;
    expect(callback.type).toBe(4);
    expect(message.flags ?? 0).toBe(0);
    expect(message.content).toBe(`Shared by <@${bot.discord.ids.userId}>`);
    expect(message.embeds![0]!.footer!.text).toMatch(new RegExp(`^${id} · corpus [0-9a-f]{8}$`, 'u'));
    expect(shown(message.embeds![0]!.description)).toBe(corpus.passageById.get(id)!.text);
  });

  it('Context opens the neighbours privately; walking rewrites that message', async () => {
    const opened = await click('ctx:rajavi-haboush-tapes:5', undefined);
    expect(opened.callback.type).toBe(4);
    expect(opened.message.flags).toBe(64);
    const text = shown(opened.message.embeds![0]!.description);
    for (const n of [3, 4, 5, 6, 7]) expect(text).toContain(`rajavi-haboush-tapes:${n}`);
    expect(text).toContain('▶ `rajavi-haboush-tapes:5`');
    const walked = await click(ids(opened.message)[1]!, opened.handle.originalMessage());
    expect(walked.callback.type).toBe(7);
    expect(shown(walked.message.embeds![0]!.description)).toContain('▶ `rajavi-haboush-tapes:6`');
  });
});

describe('what researchers type, through Discord', () => {
  const footers = (message: Message) => (message.embeds ?? []).map((embed) => embed.footer?.text ?? '');

  it('/search finds other word forms, spellings and compounds, and says why a result matched', async () => {
    expect(shown((await command('search', { query: 'negotiation' })).message.embeds![0]!.description)).toMatch(/negotiation/iu);
    const compound = await command('search', { query: 'co-operation', limit: 4 });
    for (const embed of compound.message.embeds!) expect(shown(embed.description)).toMatch(/co-?operat/iu);
    const author = await command('search', { query: 'Linaelin' });
    expect(author.message.embeds![0]!.description).toMatch(/^\*Matched in its author\.\*/u);
    expect(footers((await command('search', { query: 'rajavi-haboush-tapes:46' })).message)[0]).toBe('rajavi-haboush-tapes:46');
  });

  it('/search reads a surname filter and dates, and /quote and /verify find a quotation of common words', async () => {
    const filtered = await command('search', { query: 'Rajavi', author: 'Irani', from: '2006', to: '2006-12' });
    expect(filtered.message.content).toMatch(/author “Irani” read as Bahar Irani/u);
    expect(footers(filtered.message).every((id) => id.startsWith('revolutionary-diplomacy-costs-achievements:'))).toBe(true);
    const quoted = await command('quote', { 'id-or-words': 'we are with you and will be with you' });
    expect(footers(quoted.message)[0]).toMatch(/^rajavi-haboush-tapes:59/u);
    const verified = await command('verify', { text: 'Saddam`s regime' });
    expect(verified.message.content).toMatch(/^\*\*Exact\*\*/u);
  });
});

describe('/quote, /context, /sources, /help', () => {
  it('/quote posts one passage publicly with its resolved footnote and id', async () => {
    const id = 'revolutionary-diplomacy-costs-achievements:12';
    const { message } = await command('quote', { 'id-or-words': id });
    const [embed] = message.embeds!;
    expect(message.flags ?? 0).toBe(0);
    expect(shown(embed!.description)).toBe(corpus.passageById.get(id)!.text);
    expect(embed!.fields!.filter((f) => f.name === 'Note').map((f) => shown(f.value))).toEqual(corpus.passageById.get(id)!.notes);
    expect(embed!.fields!.map((f) => f.name)).toEqual(expect.arrayContaining(['Author', 'Publisher', 'Date']));
    expect(ids(message)).toEqual([`ctx:${ref(id)}`, `cite:${ref(id)}`, `notes:0:${ref(id)}`]);
  });

  it('/quote private:true answers privately with a Share button', async () => {
    const { message } = await command('quote', { 'id-or-words': 'rajavi-haboush-tapes:3', private: true });
    expect(message.flags).toBe(64);
    expect(ids(message)[0]).toBe(`share:${ref('rajavi-haboush-tapes:3')}`);
  });

  it('/context shows the asked-for neighbours with the target marked', async () => {
    const { message } = await command('context', { id: 'rajavi-haboush-tapes:10', before: 1, after: 3 });
    const text = shown(message.embeds![0]!.description);
    expect(text.match(/`rajavi-haboush-tapes:\d+`/gu)).toEqual([9, 10, 11, 12, 13].map((n) => `\`rajavi-haboush-tapes:${n}\``));
    expect(text).toContain('▶ `rajavi-haboush-tapes:10`');
  });

  it('/sources lists every document with its passage count, and shows one in full', async () => {
    const list = await command('sources');
    const fields = list.message.embeds![0]!.fields!;
    expect(fields).toHaveLength(Math.min(10, corpus.documents.length));
    expect(shown(fields[0]!.value)).toContain(`${corpus.documents[0]!.passageIds.length} passages`);
    const pages = ids(list.message);
    const second = await click(pages[1]!, list.handle.originalMessage());
    expect(second.message.embeds![0]!.fields).toHaveLength(corpus.documents.length - 10);
    const one = await command('sources', { document: 'revolutionary-diplomacy-costs-achievements' });
    expect(one.message.embeds![0]!.fields!.find((f) => f.name === 'Author')?.value).toBe('Bahar Irani');
  });

  it('/help lists every command with examples from the corpus', async () => {
    const { message } = await command('help');
    const text = message.embeds![0]!.description!;
    for (const registered of bot.discord.commands.guilds[bot.discord.ids.guildId]!) expect(text).toContain(registered.name);
    expect(text).toContain(`/quote id-or-words:${corpus.passages[0]!.id}`);
  });
});

describe('/verify, Verify quote and /cite', () => {
  const id = 'rajavi-haboush-tapes:37';
  const words = () => corpus.passageById.get(id)!.text.split(' ').slice(2, 14).join(' ');

  it('/verify finds a quotation word for word and offers to share the check', async () => {
    const { message } = await command('verify', { text: `“${words()}”` });
    expect(message.flags).toBe(64);
    expect(message.content).toBe(`**Exact**: these are the corpus's own words, in \`${id}\` (General Saber).`);
    expect(message.embeds![0]!.description).toContain(`**${words()}**`);
    expect(ids(message)).toEqual([expect.stringMatching(/^vshare:[\w-]{8}$/u)]);
  });

  const twoSpeakers = 'The military say the best defence is an attack. Their best attack is a defence.';
  const bothNamed =
    "**Exact**: these are the corpus's own words, across 2 passages: `rajavi-haboush-tapes:46` (General Saber) and `rajavi-haboush-tapes:47` (Abrishamchi).";

  it('/verify names both passages and speakers of a quotation of two speakers, and Share posts the whole check', async () => {
    const verified = await command('verify', { text: twoSpeakers });
    expect(verified.message.content).toBe(bothNamed);
    const embeds = verified.message.embeds!;
    expect(embeds.map((embed) => [embed.footer?.text, embed.fields?.find((field) => field.name === 'Speaker')?.value])).toEqual([
      ['rajavi-haboush-tapes:46', 'General Saber'],
      ['rajavi-haboush-tapes:47', 'Abrishamchi'],
    ]);
    expect(embeds.map((embed) => embed.description)).toEqual([
      '**The military say the best defence is an attack.**',
      '**Their best attack is a defence.**',
    ]);
    const shared = await click(ids(verified.message)[0]!, verified.handle.originalMessage());
    expect(shared.message.flags).toBeUndefined();
    expect(shared.message.content).toBe(`Shared by <@${bot.discord.ids.userId}>. ${bothNamed}`);
    expect(shared.message.embeds!.map((embed) => embed.footer?.text)).toEqual([
      expect.stringMatching(/^rajavi-haboush-tapes:46 · corpus \w{8}$/u),
      expect.stringMatching(/^rajavi-haboush-tapes:47 · corpus \w{8}$/u),
    ]);
  });

  it('/verify calls a quotation with an ellipsis exact, with omissions, and shows what it leaves out', async () => {
    const { message } = await command('verify', { text: 'Mr President has honoured all of them … it encourages me.' });
    expect(message.content).toBe(
      "**Exact, with omissions**: the quotation's own words are the corpus's, in order, in `rajavi-haboush-tapes:27` (Rajavi).",
    );
    expect(message.embeds![0]!.description).toContain(
      '**Mr President has honoured all of them** and this is something for me to be proud of and **it encourages me.**',
    );
    expect(message.embeds![1]).toMatchObject({
      title: 'Omissions',
      description: expect.stringMatching(/^• … leaves out “and this is something for me to be proud of and”\n/u),
    });
  });

  it('/verify shows how a near quotation differs', async () => {
    const changed = words().replace('rest', 'be');
    const { message } = await command('verify', { text: changed });
    expect(message.content).toMatch(new RegExp(`^\\*\\*Near\\*\\*: .*\`${id}\` \\(General Saber\\), is \\d+% similar`, 'u'));
    expect(message.embeds!.at(-1)).toMatchObject({ title: 'Differences', description: expect.stringContaining('~~be~~') });
  });

  it('Verify quote checks the quoted lines of a message someone posted', async () => {
    const handle = bot.discord.sendInteraction(messageContextInteraction('Verify quote', { content: `Is this real?\n> ${words()}` }));
    const callback = await handle.waitForCallback();
    expect(callback.data).toMatchObject({ flags: 64, content: expect.stringContaining(`**Exact**`) });
  });

  it('Verify quote reads a forwarded message, and an embed-only message, when the content has no text', async () => {
    const verifyMessage = async (message: object) =>
      (await bot.discord.sendInteraction(messageContextInteraction('Verify quote', message)).waitForCallback()).data as Message;
    const snapshot = {
      message: {
        type: 0,
        content: `Is this real?\n> ${words()}`,
        embeds: [],
        attachments: [],
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        flags: 0,
        mentions: [],
        mention_roles: [],
      },
    };
    // Discord marks a forward with a reference of type 1 to the message forwarded.
    const reference = { type: 1, channel_id: '1250000000000000201', message_id: '1250000000000000202', guild_id: '1250000000000000100' };
    expect((await verifyMessage({ content: '', message_reference: reference, message_snapshots: [snapshot] })).content).toMatch(
      /^\*\*Exact\*\*/u,
    );
    expect((await verifyMessage({ content: '', embeds: [{ description: words() }] })).content).toMatch(/^\*\*Exact\*\*/u);
  });

  it('Verify quote names both speakers of a quotation of two, and reads an ellipsis as an omission', async () => {
    const verifyMessage = async (content: string) =>
      (await bot.discord.sendInteraction(messageContextInteraction('Verify quote', { content })).waitForCallback()).data as Message;
    const across = await verifyMessage(`Saber said “${twoSpeakers}” — really?`);
    expect(across.content).toBe(bothNamed);
    expect(across.embeds!.map((embed) => embed.footer?.text)).toEqual(['rajavi-haboush-tapes:46', 'rajavi-haboush-tapes:47']);
    const edited = await verifyMessage('> Mr President has honoured all of them ... it encourages me.');
    expect(edited.content).toMatch(/^\*\*Exact, with omissions\*\*: .* in `rajavi-haboush-tapes:27` \(Rajavi\)\.$/u);
    expect(edited.embeds!.at(-1)?.title).toBe('Omissions');
  });

  it('/cite gives a citation in a code block; the Cite button gives every style, RIS and CSL-JSON', async () => {
    const { message } = await command('cite', { id, style: 'bibtex' });
    expect(message.embeds![0]!.description).toMatch(
      new RegExp(`^\\*\\*BibTeX\\*\\*\n\`\`\`bibtex\n@misc\\{rajavi-haboush-tapes_37,\n[^]*\n\`\`\`$`, 'u'),
    );
    const { location } = corpus.passageById.get(id)!;
    const where = `${paragraphLocator(location)}; ${location.speaker!}`;
    const ris = await command('cite', { id, style: 'ris' });
    expect(ris.message.embeds![0]!.description).toMatch(
      new RegExp(`^\\*\\*RIS\\*\\*\n\`\`\`\nTY  - ELEC\n[^]*\nN1  - Passage ${id} \\(${where}\\)\n[^]*ER  - \n\`\`\`$`, 'u'),
    );
    const quoted = await command('quote', { 'id-or-words': id });
    const cited = await click(ids(quoted.message).at(-1)!, quoted.handle.originalMessage());
    expect(cited.message.flags).toBe(64);
    const description = cited.message.embeds![0]!.description!;
    expect(description.match(/^\*\*[\w-]+\*\*$/gmu)).toEqual([
      '**Chicago**',
      '**APA**',
      '**MLA**',
      '**BibTeX**',
      '**RIS**',
      '**CSL-JSON**',
    ]);
    const json = /```json\n([^]*)\n```$/u.exec(description)?.[1];
    expect(JSON.parse(json!)).toEqual([expect.objectContaining({ id, type: 'webpage', note: `Passage ${id} (${where})` })]);
  });
});

describe('hostile and mistaken input', () => {
  it('answers every one with a clear private message, within limits', async () => {
    const cases: [string, Record<string, string | number | boolean>, RegExp][] = [
      ['search', { query: 'x'.repeat(10_000) }, /^No passage matches “x+…”/u],
      [
        'search',
        { query: '@everyone <@&123> **[x](https://evil.example)**' },
        /“\\@everyone \\<\\@&123\\> \\\*\\\*\\\[x\\\]\\\(https\\:\/\/evil\.example\\\)\\\*\\\*”/u,
      ],
      ['search', { query: '   ' }, /^Type some words/u],
      ['search', { query: 'proverb', limit: 'many' }, /^\d+ passages? for “proverb”$/u],
      [
        'search',
        { query: 'proverb', speaker: 'Dalten' },
        /^The filter speaker “Dalten” matches no speaker in the corpus, so nothing was searched\. Try: Richard Dalton\.$/u,
      ],
      ['search', { query: 'proverb', type: 'new' }, /^The filter type “new” matches 2 types: news; newsletter\. Which one\?/u],
      ['search', { query: 'proverb', from: 'last week' }, /^The filter from “last week” is not a date/u],
      ['search', { query: 'proverb', from: '2005-13' }, /^The filter from “2005\\-13” is not a date/u],
      [
        'search',
        { query: 'Iraq', from: '2006', to: '2005' },
        /^No passage is within all of these filters at once: from “2006”, to “2005”\. Nothing was searched/u,
      ],
      [
        'quote',
        { 'id-or-words': 'rajavi-haboush-tapes:100000' },
        /^There is no passage `rajavi-haboush-tapes:100000`: `rajavi-haboush-tapes` has \d+ passages/u,
      ],
      ['quote', { 'id-or-words': 'no-such-document:1' }, /^There is no document `no-such-document`/u],
      ['context', { id: 'not an id at all', before: -7, after: 10_000 }, /is not a passage id; ids look like/u],
      ['sources', { document: '||spoiler|| # heading' }, /^No document is called “\\\|\\\|spoiler\\\|\\\| \\# heading”/u],
      ['verify', { text: 'y'.repeat(10_000) }, /^That quotation is 10,000 characters long/u],
      [
        'verify',
        { text: '<@123> ~~nothing~~ like this' },
        /^\*\*Not found\*\*: nothing in the corpus matches “\\<\\@123\\> \\~\\~nothing/u,
      ],
      ['cite', { id: '', style: 'apa' }, /^Give a passage id/u],
    ];
    for (const [name, options, expected] of cases) {
      const { message } = await command(name, options);
      expect([name, message.flags, message.content]).toEqual([name, 64, expect.stringMatching(expected)]);
    }
  });

  it('answers a button it no longer knows instead of failing', async () => {
    const { message } = await click('retired:whatever', undefined);
    expect(message).toMatchObject({ flags: 64, content: 'This button no longer works; run the command again.' });
  });

  it('kept every rule in everything it sent: no pings, nothing Discord refused', () => {
    expectEveryMessageSafe(bot.discord);
  });

  it('logged each interaction with who, where and how it went, and never the token', () => {
    const answered = bot.logLines().filter((line) => line.msg === 'interaction' && line.command === 'quote');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered[0]).toMatchObject({
      guild: bot.discord.ids.guildId,
      user: bot.discord.ids.userId,
      outcome: 'replied',
      ms: expect.any(Number),
    });
    expect(answered[0]!.interaction).toMatch(/^\d+$/u);
    expect(bot.output()).not.toContain(bot.discord.token);
  });
});
