// /search paging answered by two independent processes (each with its own ResultsStore), clicks alternating between
// them, as behind a load balancer: the buttons carry the search, so no memory needs to be shared.
import { describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command.js';
import { search } from '../../commands/search.js';
import { readPageCustomId } from '../../src/bot/pageCustomId.js';
import type { MessagePayload } from '../../src/render/reply.js';
import { commandContext, customIds, payloadOf, shown } from './commandContext.js';

const replicas = () => [commandContext(), commandContext()] as const;

/** What dispatch does with a click on `replica`. */
async function click(customId: string, replica: CommandContext): Promise<MessagePayload> {
  const [prefix = '', ...rest] = customId.split(':');
  return payloadOf(search.buttons![prefix]!(rest.join(':'), replica));
}

const results = (payload: MessagePayload) => payload.embeds.map((embed) => embed.footer?.text);
const next = (payload: MessagePayload) => customIds(payload).at(-1)!;
const previous = (payload: MessagePayload) => customIds(payload).at(-2)!;

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

  it('keeps every custom_id within Discord’s 100 characters, and tells a replica that never saw a long search to run it again', async () => {
    const [a, b] = replicas();
    const query = `rajavi saddam inspectors ${'proverb '.repeat(12)}`.trim();
    const first = await payloadOf(search.run({ options: { query, type: 'transcript', limit: 1 } }, a));
    expect(customIds(first).every((id) => id.length <= 100)).toBe(true);
    expect((await click(next(first), a)).content).toContain('page 2 of');
    expect((await click(next(first), b)).content).toBe('These results have expired — run /search again.');
  });

  it('refuses a page of results from another corpus', async () => {
    const [a] = replicas();
    const first = await payloadOf(search.run({ options: { query: 'rajavi saddam inspectors', limit: 1 } }, a));
    const reloaded = commandContext({ stamp: 'ffffffff' });
    expect((await click(next(first), reloaded)).content).toBe('These results have expired — run /search again.');
  });
});
