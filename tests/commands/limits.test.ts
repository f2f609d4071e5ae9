// Every reply of every command, over generated corpora (long titles, authors, sections, many and long notes, long
// quotations, text from every Unicode plane), is one Discord accepts: the stand-in's checks of its documented limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, CommandContext } from '../../commands/command.js';
import { buttonHandlers, commands } from '../../commands/index.js';
import { toMessagePayload } from '../../src/render/reply.js';
import { buildIndex } from '../../src/search/index.js';
import { cutText } from '../../src/text/graphemes.js';
import { validateCallback } from '../../src/localDiscord/validate-message.js';
import { buildCorpus } from '../helpers/fixtureCorpus.js';
import { commandContext, customIds } from './commandContext.js';

const word = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom('Rajavi', 'meeting', 'the', '*bold*', '<@1>', '`x`'),
);
const text = (maxWords: number) => fc.array(word, { minLength: 1, maxLength: maxWords }).map((words) => words.join(' ').trim() || 'x');
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });

const documentSpec = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,70}$/u),
  title: text(80),
  type: fc.constantFrom('article', 'transcript', 'essay'),
  seed: fc.constant('seed.txt'),
  author: optional(text(250)),
  publisher: optional(text(250)),
  date: optional(fc.constantFrom('2006-09-12', '2005', 'Spring 2004')),
  url: optional(text(250)),
  category: optional(text(250)),
  passages: fc.array(
    fc.record({
      text: text(900),
      speaker: optional(text(60)),
      section: optional(text(250)),
      notes: optional(fc.array(fc.oneof(text(2), text(250)), { maxLength: 30, size: 'max' })),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

const corpusSpec = fc.uniqueArray(documentSpec, { minLength: 1, maxLength: 3, selector: (document) => document.id });

/** Every string of the payload, however deep. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];

async function expectAccepted(answer: Answer | Promise<Answer>, seen: string[]): Promise<void> {
  const { reply } = await answer;
  const payload = toMessagePayload(reply);
  expect(validateCallback({ type: 4, data: payload }, 0)).toBeNull();
  // Each view fits by its own priorities: the payload builder's last resort never has to cut or drop anything.
  expect(validateCallback({ type: 4, data: { ...reply, embeds: reply.embeds ?? [] } }, 0)).toBeNull();
  expect(payload.embeds).toEqual(reply.embeds ?? []);
  expect(strings(payload).every((s) => s.isWellFormed())).toBe(true);
  // A quote is never emptied to make room.
  expect(payload.embeds.every((embed) => embed.description !== '')).toBe(true);
  seen.push(...customIds(payload));
}

/** Runs every command with the corpus's own words (cut as a user would paste them: whole characters) and ids, every autocomplete, and every
 * button its replies carry. */
async function everyReply(context: CommandContext): Promise<void> {
  const { corpus } = context.index;
  const passage = corpus.passages[0]!;
  const document = corpus.documents[0]!;
  const buttons: string[] = [];
  const inputs: Record<string, Array<Record<string, string | number | boolean>>> = {
    search: [
      { query: cutText(passage.text, 300), limit: 4 },
      { query: passage.text.split(' ')[0]!, speaker: passage.location.speaker ?? '' },
      { query: document.id },
    ],
    quote: corpus.passages.map((p) => ({ 'id-or-words': p.id })).concat([{ 'id-or-words': cutText(passage.text, 300) }]),
    context: [{ id: passage.id, before: 10, after: 10 }],
    verify: [{ text: cutText(passage.text, 2000) }, { text: `${cutText(passage.text, 100)} not in it` }],
    cite: [{ id: passage.id }],
    sources: [{}, { document: document.id }],
    help: [{}],
  };
  for (const command of commands) {
    if (command.data.name === 'reload') continue;
    if (command.data.name === 'Verify quote') {
      await expectAccepted(
        command.run({ options: {}, targetMessage: { content: `> ${passage.text}`, embeds: [], forwarded: [] } }, context),
        buttons,
      );
      continue;
    }
    for (const options of inputs[command.data.name] ?? []) await expectAccepted(command.run({ options }, context), buttons);
    for (const option of ('options' in command.data ? command.data.options : undefined) ?? []) {
      if (!('autocomplete' in option) || !option.autocomplete) continue;
      for (const value of [cutText(passage.text, 100), cutText(document.title, 100), passage.location.speaker ?? '']) {
        const choices = command.autocomplete!({ name: option.name, value }, context);
        expect(validateCallback({ type: 8, data: { choices } }, 0)).toBeNull();
        expect(strings(choices).every((s) => s.isWellFormed())).toBe(true);
      }
    }
  }
  for (const customId of new Set(buttons)) {
    const [prefix = '', ...rest] = customId.split(':');
    if (prefix === 'walk' && rest.length === 1) continue;
    await expectAccepted(buttonHandlers.get(prefix)!(rest.join(':'), context), []);
  }
}

describe('every reply of every command', () => {
  it('keeps within every documented Discord limit, whatever the corpus holds', async () => {
    await fc.assert(
      fc.asyncProperty(corpusSpec, async (documents) => {
        const index = buildIndex(buildCorpus(documents));
        await everyReply(commandContext({ index, stamp: index.fingerprint.slice(0, 8) }));
      }),
      { numRuns: 20, endOnFailure: true },
    );
  }, 120_000);
});
