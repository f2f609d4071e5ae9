// /search on plain data: private pages of bolded results with Share and Context, paging, filters and how they were read, hostile queries.
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { MAX_PER_PAGE, search } from '../../commands/search.js';
import { ResultsStore } from '../../src/bot/resultsStore.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { buildIndex } from '../../src/search/index.js';
import { buildCorpus } from '../helpers/fixtureCorpus.js';
import type { TargetMessage } from '../../commands/messageText.js';
import { commandContext, customIds, messageOf, payloadOf, ref, shown } from './commandContext.js';

const run = (options: Record<string, string | number>, context = commandContext()) => search.run({ options }, context);
/** What dispatch does with a click: the handler of the custom_id's prefix gets the rest, and the message it sits on. */
const click = (customId: string, context: CommandContext, message?: TargetMessage) => {
  const [prefix = '', ...rest] = customId.split(':');
  return search.buttons![prefix]!(rest.join(':'), context, message);
};

/** Too long to travel in a custom_id with its page: kept in the process under a key. */
const LONG_QUERY = `rajavi saddam inspectors ${'proverb '.repeat(12)}`.trim();

describe('/search', () => {
  it('answers privately with each matching passage word for word, matched words in bold, Share and Context buttons', async () => {
    const answer = await run({ query: 'proverb' });
    const payload = await payloadOf(answer);
    expect(payload.flags).toBe(64);
    expect(payload.content).toBe('1 passage for “proverb”');
    expect(payload.embeds[0]!.description).toContain('**proverb**');
    expect(shown(payload.embeds[0]!.description!)).toBe('We have an Arabic proverb that says: Brothers show themselves in hardship.');
    expect(payload.embeds[0]!.footer?.text).toBe('tapes:3');
    expect(customIds(payload)).toEqual([`share:${ref('tapes:3')}`, `ctx:${ref('tapes:3')}`]);
  });

  it('says when a query shaped like an id names no passage, and searches its words', async () => {
    const payload = await payloadOf(run({ query: 'tapes:99' }));
    expect(payload.content).toMatch(/^There is no passage `tapes:99`; these passages match its words\.\n\d+ passages? for “tapes\\:99”/u);
  });

  it('narrows by speaker, document, author and type', async () => {
    const bySpeaker = await payloadOf(run({ query: 'should inspectors', speaker: 'rajavi' }));
    expect(bySpeaker.embeds.map((embed) => embed.footer?.text)).toEqual(['tapes:2']);
    const byAuthor = await payloadOf(run({ query: 'Rajavi', author: 'Bahar Irani', type: 'essay', document: 'essay' }));
    expect(byAuthor.embeds.map((embed) => embed.footer?.text)).toEqual(['essay:1']);
  });

  it('pages with Previous and Next, which rewrite the message, and keeps at most the per-page limit', async () => {
    const context = commandContext();
    const first = await payloadOf(run({ query: 'rajavi saddam inspectors', limit: 1 }, context));
    expect(first.content).toMatch(/^\d+ passages for “rajavi saddam inspectors” · page 1 of \d+$/u);
    const [, , previous, next] = customIds(first);
    expect(first.components.at(-1)!.components[0]).toMatchObject({ disabled: true });
    const second = await click(next!, context);
    expect(second.replaces).toBe(true);
    expect((await payloadOf(second)).content).toContain('page 2 of');
    expect((await payloadOf(second)).embeds[0]!.author?.name).toMatch(/^Result 2 of /u);
    expect(previous).toBe('pg:0:1:' + context.stamp + ':rajavi saddam inspectors');
    const many = await payloadOf(run({ query: 'inspectors definitely arabic rajavi social saddam', limit: 99 }));
    expect(many.content).toMatch(/^6 passages/u);
    expect(many.embeds).toHaveLength(MAX_PER_PAGE);
  });

  it('answers a page button it cannot turn with a clear private message, and re-runs a kept search its message carries', async () => {
    const unknown = await payloadOf(click('page:nosuchkey:2', commandContext()));
    expect(unknown).toMatchObject({
      content:
        'This page was served by another Verbatim process, which alone kept its search (too long for these buttons) — run /search again.',
      flags: 64,
    });
    expect((await payloadOf(click('pg:2:1:00000000:rajavi', commandContext()))).content).toBe(
      'These results have expired — run /search again.',
    );
    let now = 0;
    const context = commandContext({ results: new ResultsStore(1000, 10, () => now) });
    const first = await payloadOf(run({ query: LONG_QUERY, limit: 1 }, context));
    const next = customIds(first).at(-1)!;
    expect(next).toMatch(/^page:[\w-]+:2$/u);
    now = 2000;
    expect((await payloadOf(click(next, context))).content).toMatch(/^This page was served by another Verbatim process/u);
    expect((await payloadOf(click(next, context, messageOf(first)))).content).toContain('page 2 of');
  });

  it('offers no Share where sharing is off', async () => {
    expect(customIds(await payloadOf(run({ query: 'proverb' }, commandContext({ publicAllowed: false }))))).toEqual([
      `ctx:${ref('tapes:3')}`,
    ]);
  });

  it('shows a passage picked from the suggestions, whose id is then the query', async () => {
    const payload = await payloadOf(run({ query: 'essay:2' }));
    expect(payload.embeds.map((embed) => embed.footer?.text)).toEqual(['essay:2']);
  });

  it('says clearly when nothing matches or nothing was typed, quoting the input harmlessly', async () => {
    expect((await payloadOf(run({ query: '   ' }))).content).toMatch(/^Type some words/u);
    const none = await payloadOf(run({ query: '**zebra** <@123> @everyone', speaker: 'Rajavi', author: '' }));
    expect(none.flags).toBe(64);
    expect(none.content).toContain('No passage matches “\\*\\*zebra\\*\\* \\<\\@123\\> \\@everyone” with speaker “Rajavi”.');
    const narrowed = await payloadOf(run({ query: 'zebra', speaker: 'General', type: 'transcript' }));
    expect(narrowed.content).toMatch(/^No passage matches “zebra” with speaker “General” read as General Saber, type “transcript”\. /u);
  });

  it('says that a filter matched nothing, naming it and its value, and suggests values instead of searching', async () => {
    const none = await payloadOf(run({ query: 'proverb', speaker: 'Rajvi' }));
    expect(none).toMatchObject({
      flags: 64,
      content: 'The filter speaker “Rajvi” matches no speaker in the corpus, so nothing was searched. Try: Rajavi.',
    });
    const both = (await payloadOf(run({ query: 'proverb', document: 'Diplomatic tapestry', author: '<@123>' }))).content!.split('\n');
    expect(both).toEqual([
      'The filter document “Diplomatic tapestry” matches no document in the corpus, so nothing was searched. Try: A Revolutionary Diplomacy; the Costs and Achievements (`essay`); Transcript of the Tapes (`tapes`).',
      'The filter author “\\<\\@123\\>” matches no author in the corpus, so nothing was searched. Try: Bahar Irani.',
    ]);
  });

  it('lists the candidates of an ambiguous filter and asks which one is meant', async () => {
    const titles = await payloadOf(run({ query: 'proverb', document: 'the' }));
    expect(titles.content).toBe(
      "The filter document “the” matches 2 documents: Transcript of the Tapes (`tapes`); A Revolutionary Diplomacy; the Costs and Achievements (`essay`). Which one? Type more of it, or pick one from the option's suggestions.",
    );
    const twoIranis = buildCorpus(
      ['Bahar Irani', 'Maryam Irani'].map((author, i) => ({
        id: `letter-${i}`,
        title: `Letter ${i}`,
        type: 'letter',
        author,
        seed: 's.txt',
        passages: [{ text: 'Dear friends.' }],
      })),
    );
    const authors = await payloadOf(run({ query: 'friends', author: 'irani' }, commandContext({ index: buildIndex(twoIranis) })));
    expect(authors.content).toMatch(/^The filter author “irani” matches 2 authors: Bahar Irani; Maryam Irani\. Which one\?/u);
  });

  it('says how a filter given in part was read, on every page', async () => {
    const context = commandContext();
    const first = await payloadOf(run({ query: 'rajavi saddam inspectors proverb', document: 'transcript', limit: 1 }, context));
    expect(first.content).toMatch(
      /^3 passages for “rajavi saddam inspectors proverb” · document “transcript” read as Transcript of the Tapes \(`tapes`\) · page 1 of 3$/u,
    );
    const second = await payloadOf(click(customIds(first).at(-1)!, context));
    expect(second.content).toContain('read as Transcript of the Tapes (`tapes`) · page 2 of 3');
    expect(second.embeds[0]!.footer?.text).toMatch(/^tapes:/u);
  });

  it('narrows by date, and explains a date it cannot read', async () => {
    expect((await payloadOf(run({ query: 'rajavi', from: '2006-09' }))).embeds.map((embed) => embed.footer?.text)).toEqual(['essay:1']);
    expect((await payloadOf(run({ query: 'rajavi', to: '2006' }))).embeds.map((embed) => embed.footer?.text)).toEqual(['essay:1']);
    const malformed = await payloadOf(run({ query: 'rajavi', from: 'September 2006' }));
    expect(malformed).toMatchObject({
      flags: 64,
      content: 'The filter from “September 2006” is not a date: use a year, month or day like 2005, 2005-08 or 2005-08-23.',
    });
  });

  it('stays within Discord limits for 10,000 characters of query', async () => {
    const payload = await payloadOf(run({ query: 'rajavi '.repeat(1500) }));
    expect(payload.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(payload.embeds.length).toBeGreaterThan(0);
  });

  it('suggests authors and types as they are typed, and what a filter would read a name as', () => {
    const context = commandContext();
    expect(search.autocomplete!({ name: 'author', value: 'ira' }, context)).toEqual([{ name: 'Bahar Irani', value: 'Bahar Irani' }]);
    expect(search.autocomplete!({ name: 'type', value: '' }, context).map((c) => c.value)).toEqual(['article', 'essay', 'transcript']);
    expect(search.autocomplete!({ name: 'type', value: 'ESS' }, context).map((c) => c.value)).toEqual(['essay']);
    expect(search.autocomplete!({ name: 'speaker', value: 'Massoud Rajavi' }, context).map((c) => c.value)).toEqual(['Rajavi']);
  });

  it('suggests passages by id as the query is typed, documents and speakers by name', () => {
    const context = commandContext();
    const passages = search.autocomplete!({ name: 'query', value: 'proverb' }, context);
    expect(passages).toEqual([{ name: expect.stringMatching(/^tapes:3 · General Saber: We have an Arabic proverb/u), value: 'tapes:3' }]);
    expect(search.autocomplete!({ name: 'query', value: '' }, context)).toEqual([]);
    expect(search.autocomplete!({ name: 'document', value: 'saddam' }, context)).toEqual([
      { name: 'Collaboration with Saddam: A *Criminal* Record', value: 'page' },
    ]);
    expect(search.autocomplete!({ name: 'speaker', value: 'ra' }, context).map((c) => c.value)).toEqual(['General Saber', 'Rajavi']);
    for (const choice of search.autocomplete!({ name: 'query', value: 'the '.repeat(3000) }, context)) {
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteName);
    }
  });

  it('finds a passage by its footnote, saying it matched in the note and showing the note with the words in bold', async () => {
    const payload = await payloadOf(run({ query: 'Nyabati distinct' }));
    const embed = payload.embeds[0]!;
    expect(embed.footer?.text).toBe('essay:1');
    const [reason, note, ...quote] = embed.description!.split('\n');
    expect(reason).toBe('*Matched in note \\[1\\].*');
    expect(note).toBe('*Note* \\[1\\] **Nyabati** Bijan; “A **distinct** look”, pp.13\\-14.');
    expect(shown(quote.join('\n'))).toBe(commandContext().index.corpus.passageById.get('essay:1')!.text);
  });
});
