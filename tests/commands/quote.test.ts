// /quote on plain data: one passage word for word with notes and id, by id or by words, public unless asked.
import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { commandContext, customIds, payloadOf, ref, shown } from './commandContext.js';

const run = (options: Record<string, string | boolean>, context = commandContext()) => quote.run({ options }, context);

describe('/quote', () => {
  it('posts the passage publicly by id: its own words, stated source, resolved notes, id and corpus stamp', async () => {
    const context = commandContext();
    const payload = await payloadOf(run({ 'id-or-words': ' Essay:1 ' }, context));
    const [embed] = payload.embeds;
    expect(payload.flags).toBeUndefined();
    expect(shown(embed!.description!)).toBe(
      'Nobody could imagine that Massoud Rajavi’s meeting with Tariq Aziz would develop into an alliance. [1]',
    );
    expect(embed!.fields!.map((field) => field.name)).toEqual(['Author', 'Publisher', 'Date', 'Location', 'Note']);
    expect(embed!.footer?.text).toBe(`essay:1 · corpus ${context.stamp}`);
    expect(customIds(payload)).toEqual([`ctx:${ref('essay:1')}`, `cite:${ref('essay:1')}`, `notes:0:${ref('essay:1')}`]);
  });

  it('answers privately when asked, with a Share button unless sharing is off here', async () => {
    const mine = await payloadOf(run({ 'id-or-words': 'tapes:2', private: true }));
    expect(mine.flags).toBe(64);
    expect(customIds(mine)).toEqual([`share:${ref('tapes:2')}`, `ctx:${ref('tapes:2')}`, `cite:${ref('tapes:2')}`]);
    const here = await payloadOf(run({ 'id-or-words': 'tapes:2', private: true }, commandContext({ publicAllowed: false })));
    expect(customIds(here)).toEqual([`ctx:${ref('tapes:2')}`, `cite:${ref('tapes:2')}`]);
  });

  it('finds the best passage for words, bolding them and saying it was the best of several', async () => {
    const payload = await payloadOf(run({ 'id-or-words': 'Rajavi meeting' }));
    const description = payload.embeds[0]!.description!;
    expect(description).toMatch(/^\*Best of \d+ matches for “Rajavi meeting”; \/search lists them all\.\*\n/u);
    expect(description).toContain('**meeting**');
    expect(payload.embeds[0]!.footer?.text).toMatch(/^essay:1 /u);
  });

  it('says which ids exist when an id names no passage, and when nothing matches the words', async () => {
    expect((await payloadOf(run({ 'id-or-words': 'tapes:99' }))).content).toBe(
      'There is no passage `tapes:99`: `tapes` has 3 passages, `tapes:1` to `tapes:3`.',
    );
    expect((await payloadOf(run({ 'id-or-words': 'nowhere:1' }))).content).toBe(
      'There is no document `nowhere` in the corpus. /sources lists the documents.',
    );
    const none = await payloadOf(run({ 'id-or-words': 'zebra ||x|| [link](http://e.x)' }));
    expect(none).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/^No passage matches “zebra \\\|\\\|x\\\|\\\| \\\[link\\\]\\\(http\\:\/\/e\.x\\\)”/u),
    });
    expect((await payloadOf(run({ 'id-or-words': '' }))).content).toBe('Give a passage id, like `tapes:1`.');
  });

  it('stays within Discord limits for 10,000 characters of words', async () => {
    const payload = await payloadOf(run({ 'id-or-words': 'inspectors arrived '.repeat(530) }));
    expect(payload.embeds[0]!.footer?.text).toMatch(/^tapes:1 /u);
    expect(payload.embeds[0]!.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
  });
});
