// /search paging answered by two independent processes (each with its own ResultsStore), clicks alternating between
// them, as behind a load balancer: the buttons carry the search, or the message does when it is too long for them, so
// no memory needs to be shared.
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { search } from '../../commands/search.js';
import { readPageCustomId } from '../../src/bot/pageCustomId.js';
import { readSearchLine } from '../../src/bot/searchLine.js';
import type { MessagePayload } from '../../src/render/reply.js';
import { commandContext, customIds, messageOf, payloadOf, shown } from './commandContext.js';

const replicas = () => [commandContext(), commandContext()] as const;

/** What dispatch does with a click on `replica`: the custom_id's handler, given the message `on` the button sits on. */
async function click(customId: string, replica: CommandContext, on?: MessagePayload): Promise<MessagePayload> {
  const [prefix = '', ...rest] = customId.split(':');
  return payloadOf(search.buttons![prefix]!(rest.join(':'), replica, on && messageOf(on)));
}

const results = (payload: MessagePayload) => payload.embeds.map((embed) => embed.footer?.text);
const next = (payload: MessagePayload) => customIds(payload).at(-1)!;
const previous = (payload: MessagePayload) => customIds(payload).at(-2)!;
/** A click on Next or Previous of the message `on`, as Discord sends it. */
const turn = (button: typeof next, on: MessagePayload, replica: CommandContext) => click(button(on), replica, on);

/** A pasted sentence of 250 characters, markdown and mention included: far too long for a custom_id. */
const SENTENCE = `Rajavi, Saddam and the inspectors — 100% \\| *regime* [sic] <@123>  ${'proverb arabic social '.repeat(10)}`.slice(0, 250);
const ELSEWHERE =
  'This page was served by another Verbatim process, which alone kept its search (too long for these buttons) — run /search again.';

describe('paging across replicas', () => {
  it('turns pages forwards and back whichever replica each click reaches, with the same results as one process', async () => {
    const [a, b] = replicas();
    const options = { query: 'rajavi saddam inspectors', limit: 1 };
    const first = await payloadOf(search.run({ options }, a));
    const second = await click(next(first), b);
    const third = await click(next(second), a);
    const back = await click(previous(third), b);
    expect(second.content).toContain('page 2 of');
    expect(third.content).toContain('page 3 of');
    expect(back.content).toContain('page 2 of');
    expect(results(back)).toEqual(results(second));

    const single = commandContext();
    const alone = await click(next(await click(next(await payloadOf(search.run({ options }, single))), single)), single);
    expect(results(third)).toEqual(results(alone));
  });

  it('carries the filters and what the query holds, separators included, and keeps how they were read', async () => {
    const [a, b] = replicas();
    const query = 'rajavi | saddam: 100% inspectors %7C';
    const first = await payloadOf(search.run({ options: { query, document: 'transcript', limit: 1 } }, a));
    expect(readPageCustomId(next(first).slice('pg:'.length))?.search).toMatchObject({
      query,
      filters: { document: 'transcript' },
      perPage: 1,
    });
    const second = await click(next(first), b);
    expect(second.content).toContain('document “transcript” read as Transcript of the Tapes (`tapes`) · page 2 of');
    expect(shown(second.content ?? '')).toContain(`“${query}”`);
  });

  it('pages a search too long for a custom_id from what its message carries, both ways, as one process would', async () => {
    const [a, b] = replicas();
    const options = { query: SENTENCE, type: 'transcript', document: 'transcript', limit: 1 };
    const first = await payloadOf(search.run({ options }, a));
    expect(SENTENCE).toHaveLength(250);
    expect(customIds(first).every((id) => id.length <= 100)).toBe(true);
    expect(next(first)).toMatch(/^page:[\w-]+:2$/u);
    expect(readSearchLine(first.content!)).toEqual({
      query: SENTENCE,
      filters: { type: 'transcript', document: 'transcript' },
      perPage: 1,
      stamp: a.stamp,
    });
    const second = await turn(next, first, b);
    const third = await turn(next, second, a);
    const back = await turn(previous, third, b);
    const start = await turn(previous, back, a);
    expect([second, third, back, start].map((page) => /page \d of \d/u.exec(page.content!)?.[0])).toEqual([
      'page 2 of 3',
      'page 3 of 3',
      'page 2 of 3',
      'page 1 of 3',
    ]);
    expect(second.content).toContain('document “transcript” read as Transcript of the Tapes (`tapes`)');
    expect(readSearchLine(third.content!)).toEqual(readSearchLine(first.content!));
    expect(results(back)).toEqual(results(second));
    expect(results(start)).toEqual(results(first));

    const single = commandContext();
    const alone = await payloadOf(search.run({ options }, single));
    const pages = [alone, await turn(next, alone, single)];
    pages.push(await turn(next, pages[1]!, single));
    expect(pages.map(results)).toEqual([first, second, third].map(results));
  });

  it('says a long search was kept elsewhere only when its message does not carry it, and refuses one of another corpus', async () => {
    const [a, b] = replicas();
    const first = await payloadOf(search.run({ options: { query: SENTENCE, limit: 1 } }, a));
    const before = { ...first, content: first.content!.split('\n')[0]! };
    expect((await click(next(first), b, before)).content).toBe(ELSEWHERE);
    expect((await click(next(first), b)).content).toBe(ELSEWHERE);
    expect((await click(next(first), commandContext({ stamp: 'ffffffff' }), first)).content).toBe(
      'These results have expired — run /search again.',
    );
  });

  it('refuses a page of results from another corpus', async () => {
    const [a] = replicas();
    const first = await payloadOf(search.run({ options: { query: 'rajavi saddam inspectors', limit: 1 } }, a));
    const reloaded = commandContext({ stamp: 'ffffffff' });
    expect((await click(next(first), reloaded)).content).toBe('These results have expired — run /search again.');
  });
});
