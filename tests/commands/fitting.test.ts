// Replies sized to whatever the corpus holds (issue 10, 1 and 2): the quote and its attribution first, then fields,
// then notes, which shrink or roll up into a visible count; every cut between whole characters.
import { describe, expect, it } from 'vitest';
import type { Command, CommandContext } from '../../commands/command.js';
import { quote } from '../../commands/quote.js';
import { search } from '../../commands/search.js';
import { verify } from '../../commands/verify.js';
import { passageRef } from '../../src/corpus/passageRef.js';
import { embedLength, type MessagePayload } from '../../src/render/reply.js';
import { buildIndex } from '../../src/search/index.js';
import { validateCallback } from '../../src/localDiscord/validate-message.js';
import { buildCorpus } from '../helpers/fixtureCorpus.js';
import { commandContext, customIds, payloadOf, shown } from './commandContext.js';

const words = (n: number, seed = 'word') => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');
const note = (n: number) => `[${n}] ${words(150, `note${n}x`)}`.slice(0, 900);
const long = (what: string, length: number) => `${what} ${'and more of it '.repeat(length / 15)}`.trim();

function contextOver(documents: Parameters<typeof buildCorpus>[0]): CommandContext {
  const index = buildIndex(buildCorpus(documents));
  return commandContext({ index, stamp: index.fingerprint.slice(0, 8) });
}

const total = (payload: MessagePayload) => payload.embeds.reduce((sum, embed) => sum + embedLength(embed), 0);

/** What Discord would refuse: the stand-in's checks of a reply. */
function expectAccepted(payload: MessagePayload): void {
  expect(validateCallback({ type: 4, data: payload }, 0)).toBeNull();
  expect(JSON.stringify(payload).isWellFormed()).toBe(true);
}

const run = (command: Command, options: Record<string, string | number>, context: CommandContext) =>
  payloadOf(command.run({ options }, context));

describe('a reply that grows with the corpus', () => {
  const metadata = {
    author: long('Author', 1000),
    publisher: long('Publisher', 1000),
    url: `https://example.org/${'path/'.repeat(200)}`,
    date: '2006-09-12',
  };
  const documents = ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    title: long(`Title ${id}`, 400),
    type: 'article',
    seed: 's',
    ...metadata,
    passages: [{ text: `${words(30)} ${words(600, `${id}w`)}`, section: long('Section', 1000), speaker: long('Speaker', 300) }],
  }));

  it('/quote of a passage with 7 notes of 900 characters keeps the whole quote and shortens the notes', async () => {
    const text = words(400);
    const context = contextOver([
      {
        id: 'noted',
        title: 'Noted',
        type: 'essay',
        seed: 's',
        author: 'Bahar Irani',
        passages: [{ text, notes: Array.from({ length: 7 }, (_, i) => note(i + 1)) }],
      },
    ]);
    const payload = await run(quote, { 'id-or-words': 'noted:1' }, context);
    expectAccepted(payload);
    const [embed] = payload.embeds;
    expect(shown(embed!.description!)).toBe(text);
    const notes = embed!.fields!.filter((field) => field.name === 'Note');
    expect(notes).toHaveLength(7);
    expect(
      notes.every((field, i) =>
        shown(field.value)
          .replace(/…$/u, '')
          .startsWith(`[${i + 1}] note${i + 1}x0`),
      ),
    ).toBe(true);
    expect(customIds(payload)).toContain(`notes:0:${passageRef(context.index.corpus.passageById.get('noted:1')!)}`);
  });

  it('/quote of a passage with 30 notes counts those not shown, and Notes pages through every one of them', async () => {
    const notes = Array.from({ length: 30 }, (_, i) => note(i + 1));
    const context = contextOver([{ id: 'many', title: 'Many', type: 'essay', seed: 's', passages: [{ text: words(100), notes }] }]);
    const payload = await run(quote, { 'id-or-words': 'many:1' }, context);
    expectAccepted(payload);
    const fields = payload.embeds[0]!.fields!;
    const shownNotes = fields.filter((field) => field.name === 'Note').length;
    expect(fields.at(-1)).toEqual({ name: 'More notes', value: `${30 - shownNotes} more notes — **Notes** shows them all`, inline: false });
    const seen: string[] = [];
    for (let customId: string | undefined = 'notes:0:many:1'; customId !== undefined;) {
      const page = await payloadOf(quote.buttons!.notes!(customId.slice('notes:'.length), context));
      expectAccepted(page);
      seen.push(...page.embeds[0]!.fields!.map((field) => shown(field.value)));
      customId = customIds(page)[0];
    }
    expect(seen).toEqual(notes);
  });

  it('/search with 4 results over documents with long metadata fits, each quote and its attribution shown', async () => {
    const context = contextOver(documents);
    const payload = await run(search, { query: 'word0', limit: 4 }, context);
    expectAccepted(payload);
    expect(payload.embeds).toHaveLength(4);
    expect(total(payload)).toBeLessThanOrEqual(6000);
    for (const embed of payload.embeds) {
      expect(shown(embed.description!)).toMatch(/^word0 word1 word2 .*…\n\*\(shortened: `\/quote [a-d]:1` shows the whole passage\)\*$/u);
      expect(embed.title).toMatch(/^Title [a-d] and more/u);
      expect(embed.fields!.map((field) => field.name)).toEqual(['Speaker', 'Author', 'Publisher', 'Date', 'Site', 'Location']);
    }
  });

  it('/verify of a 2,000-character quotation fits', async () => {
    const context = contextOver(documents);
    const quotation = documents[0]!.passages[0]!.text.slice(0, 2000).replace(/ \S*$/u, '');
    const payload = await run(verify, { text: quotation }, context);
    expectAccepted(payload);
    expect(payload.content).toMatch(/^\*\*Exact\*\*/u);
    expect(shown(payload.embeds[0]!.description!)).toMatch(/^word0 word1/u);
  });
});

describe('cuts on whole characters', () => {
  it('/search with a query of 100 emoji echoes whole emoji', async () => {
    for (const emoji of ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇫🇷']) {
      const payload = await run(search, { query: emoji.repeat(100) }, commandContext());
      expectAccepted(payload);
      const echoed = /“(.*)…”/u.exec(payload.content!)![1]!;
      expect(echoed).toBe(emoji.repeat(echoed.length / emoji.length));
    }
  });
});
