// /sources on plain data: the documents with passage counts, one document in full, paging that cannot go astray.
import { describe, expect, it } from 'vitest';
import { sources } from '../../commands/sources.js';
import { commandContext, customIds, payloadOf } from './commandContext.js';

describe('/sources', () => {
  it('lists every document privately with its passage count', async () => {
    const payload = await payloadOf(sources.run({ options: {} }, commandContext()));
    expect(payload.flags).toBe(64);
    expect(payload.embeds[0]!.fields!.map((field) => field.value.split(' · ')[0])).toEqual(['tapes', 'essay', 'page']);
    expect(customIds(payload)).toEqual([]);
  });

  it('shows one document by id or title, however it is typed', async () => {
    for (const document of ['essay', 'a revolutionary diplomacy; the costs and achievements']) {
      const payload = await payloadOf(sources.run({ options: { document } }, commandContext()));
      expect(payload.embeds[0]!.title).toBe('A Revolutionary Diplomacy; the Costs and Achievements');
    }
    expect((await payloadOf(sources.run({ options: { document: 'nope' } }, commandContext()))).content).toMatch(
      /^No document is called “nope”/u,
    );
  });

  it('pages from buttons, keeping any page number within the list', async () => {
    const answer = await sources.buttons!.src!('99', commandContext());
    expect(answer.replaces).toBe(true);
    expect((await payloadOf(answer)).embeds[0]!.footer?.text).toMatch(/^page 1 of 1/u);
  });
});
