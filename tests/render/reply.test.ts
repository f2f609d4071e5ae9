// Every payload: within Discord's limits, never pinging, corpus text escaped, quotes cut only with a pointer.
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { passageEmbed } from '../../src/render/passageEmbed.js';
import { embedLength, toMessagePayload } from '../../src/render/reply.js';
import { buildCorpus, fixtureCorpus } from '../helpers/fixtureCorpus.js';

const unescape = (markdown: string) => markdown.replace(/\*\*/gu, '').replace(/\\([^0-9A-Za-z\s])/gu, '$1');

describe('toMessagePayload', () => {
  it('never allows mentions, and marks private replies ephemeral', () => {
    expect(toMessagePayload({ content: 'hi @everyone', ephemeral: true })).toEqual({
      content: 'hi @everyone',
      embeds: [],
      components: [],
      flags: 64,
      allowed_mentions: { parse: [] },
    });
    expect(toMessagePayload({ content: 'x' }).flags).toBeUndefined();
  });

  it('holds every limit, whatever it is given', () => {
    const huge = 'word '.repeat(3000);
    const embed: APIEmbed = {
      title: huge,
      description: huge,
      footer: { text: huge },
      fields: Array.from({ length: 40 }, () => ({ name: huge, value: huge })),
    };
    const payload = toMessagePayload({ content: huge, embeds: Array.from({ length: 12 }, () => ({ ...embed })) });
    expect(payload.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(payload.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    for (const e of payload.embeds) {
      expect(e.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
      expect(e.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
      expect(e.fields!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFields);
      for (const f of e.fields!) expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    }
    const total = payload.embeds.reduce((sum, e) => sum + embedLength(e), 0);
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    // Fields give way before descriptions, and no description is emptied.
    for (const e of payload.embeds) expect(e.description!.length).toBeGreaterThanOrEqual(e.fields![0]!.value.length);
  });

  it('refuses a custom_id that would be cut', () => {
    const components = [{ type: 1, components: [{ type: 2, style: 1, label: 'x', custom_id: 'x'.repeat(101) }] }] as never;
    expect(() => toMessagePayload({ components })).toThrow(/custom_id/);
  });
});

describe('passageEmbed', () => {
  it('shows the words, escaped, with only stated attribution and the id', () => {
    const passage = fixtureCorpus.passageById.get('page:1')!;
    const embed = passageEmbed(fixtureCorpus, passage, { stamp: 'abc123' });
    expect(unescape(embed.description!)).toBe(passage.text);
    expect(embed.description).not.toMatch(/(?<!\\)(\|\||<@|\*[A-Z])/u);
    expect(embed.title).toBe('Collaboration with Saddam\\: A \\*Criminal\\* Record');
    expect(embed.fields!.map((f) => f.name)).toEqual(['Location']);
    expect(embed.footer!.text).toBe('page:1 · corpus abc123');
  });

  it('bolds the highlights, and names the speaker and metadata where stated', () => {
    const passage = fixtureCorpus.passageById.get('tapes:2')!;
    const embed = passageEmbed(fixtureCorpus, passage, { highlights: [[24, 34]] });
    expect(embed.description).toBe('It should be like this. **Definitely**.');
    expect(embed.fields!.find((f) => f.name === 'Speaker')?.value).toBe('Rajavi');
    const essay = passageEmbed(fixtureCorpus, fixtureCorpus.passageById.get('essay:1')!, { withNotes: true });
    expect(essay.fields!.map((f) => [f.name, unescape(f.value)])).toEqual([
      ['Author', 'Bahar Irani'],
      ['Publisher', 'Mojahedin.ws'],
      ['Date', '2006-09-12'],
      ['Location', 'paragraph 1'],
      ['Note', '[1] Nyabati Bijan; “A distinct look”, pp.13-14.'],
    ]);
  });

  it('cuts a long passage at a word with a pointer to /quote', () => {
    const long = buildCorpus([
      { id: 'long', title: 'T', type: 'article', seed: 's', passages: [{ text: 'abcdefghij '.repeat(500).trim() }] },
    ]);
    const embed = passageEmbed(long, long.passageById.get('long:1')!);
    const [quote, pointer] = embed.description!.split('\n');
    expect(quote!.length).toBeLessThan(4000);
    expect(quote).toMatch(/abcdefghij…$/u);
    expect(pointer).toContain('/quote long:1');
  });
});
