// The views built from passages and documents: buttons, notices, several passages in one message, context, sources.
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { passageContext } from '../../src/corpus/passageContext.js';
import { buttonRows } from '../../src/render/buttons.js';
import { contextEmbed, TARGET_MARK } from '../../src/render/contextEmbed.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { echo, notice } from '../../src/render/notice.js';
import { passageEmbeds } from '../../src/render/passageEmbed.js';
import { embedLength } from '../../src/render/reply.js';
import { documentEmbed, documentsPage, DOCUMENTS_PER_PAGE, pageCount } from '../../src/render/sourcesEmbed.js';
import { buildCorpus, fixtureCorpus } from '../helpers/fixtureCorpus.js';

const shown = (markdown: string) => markdown.replace(/\\([^0-9A-Za-z\s])/gu, '$1');
const total = (embeds: APIEmbed[]) => embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
const longWords = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('buttonRows', () => {
  it('leaves out a button whose custom_id Discord would refuse, and rows left empty', () => {
    const rows = buttonRows([[{ label: 'ok', customId: 'share:a:1' }, { label: 'long', customId: `share:${'x'.repeat(100)}` }], [{ label: 'gone', customId: 'y'.repeat(101) }]]);
    expect(rows).toEqual([{ type: 1, components: [{ type: 2, style: 2, label: 'ok', custom_id: 'share:a:1' }] }]);
  });

  it('marks disabled buttons and keeps the style asked for', () => {
    const [row] = buttonRows([[{ label: 'Share', customId: 'share:a:1', style: 1, disabled: true }]]);
    expect(row?.components[0]).toMatchObject({ style: 1, disabled: true });
  });
});

describe('notice and echo', () => {
  it('makes a private message', () => {
    expect(notice('hi')).toEqual({ content: 'hi', ephemeral: true });
  });

  it('quotes input on one line, short, unable to format or mention', () => {
    const echoed = echo('**bold** <@123>\n@everyone '.repeat(50));
    expect(echoed.length).toBeLessThanOrEqual(82);
    expect(echoed).not.toMatch(/\n|(?<!\\)[*<@]/u);
    expect(shown(echoed).startsWith('“**bold** <@123> @everyone')).toBe(true);
  });
});

describe('passageEmbeds', () => {
  const long = buildCorpus(
    ['a', 'b', 'c', 'd'].map((id) => ({ id, title: `Title ${id}`, type: 'article', seed: 's', passages: [{ text: longWords(400) }] })),
  );

  it('leaves passages that fit together whole', () => {
    const embeds = passageEmbeds(fixtureCorpus, ['tapes:1', 'essay:2'].map((id) => ({ passage: fixtureCorpus.passageById.get(id)! })));
    expect(embeds.map((embed) => shown(embed.description!))).toEqual(['tapes:1', 'essay:2'].map((id) => fixtureCorpus.passageById.get(id)!.text));
  });

  it('shares the message total among long passages, each cut at a word with a pointer to /quote', () => {
    const embeds = passageEmbeds(long, long.passages.map((passage) => ({ passage, options: { label: 'Result' } })));
    expect(total(embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    for (const [i, embed] of embeds.entries()) {
      const [quote, pointer] = embed.description!.split('\n');
      expect(long.passages[i]!.text.startsWith(quote!.replace(/…$/u, ''))).toBe(true);
      expect(quote).toMatch(/word\d+…$/u);
      expect(pointer).toContain(`/quote ${long.passages[i]!.id}`);
    }
  });
});

describe('contextEmbed', () => {
  it('shows every neighbour with its id and speaker, the target marked, sections named', () => {
    const target = fixtureCorpus.passageById.get('tapes:2')!;
    const embed = contextEmbed(fixtureCorpus, passageContext(fixtureCorpus, target, 1, 1), 'abcd1234');
    const text = shown(embed.description!);
    expect(text.indexOf('tapes:1')).toBeLessThan(text.indexOf(`${TARGET_MARK} \`tapes:2\` · Rajavi`));
    expect(text).toContain('Second meeting');
    for (const id of ['tapes:1', 'tapes:2', 'tapes:3']) expect(text).toContain(fixtureCorpus.passageById.get(id)!.text);
    expect(embed.footer?.text).toBe(`${TARGET_MARK} tapes:2 · corpus abcd1234`);
  });

  it('fits the widest context of long passages, pointing every cut to /quote', () => {
    const big = buildCorpus([{ id: 'big', title: 'Big', type: 'article', seed: 's', passages: Array.from({ length: 30 }, () => ({ text: longWords(200) })) }]);
    const embed = contextEmbed(big, passageContext(big, big.passageById.get('big:15')!, 10, 10));
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.description!.match(/shortened: \/quote/gu)).toHaveLength(21);
  });
});

describe('documentsPage and documentEmbed', () => {
  const many = buildCorpus(Array.from({ length: 23 }, (_, i) => ({ id: `doc-${i}`, title: `Doc *${i}*`, type: 'news', seed: 's', passages: [{ text: 'x' }] })));

  it('lists documents a page at a time with their passage counts', () => {
    expect(pageCount(many)).toBe(3);
    const last = documentsPage(many, 3, 'abcd1234');
    expect(last.fields).toHaveLength(23 - 2 * DOCUMENTS_PER_PAGE);
    expect(last.fields![0]).toEqual({ name: 'Doc \\*20\\*', value: 'doc\\-20 · news · 1 passage' });
    expect(last.footer?.text).toBe('page 3 of 3 · corpus abcd1234');
  });

  it('shows only what a document states about itself, and its id range', () => {
    const essay = documentEmbed(fixtureCorpus.documentById.get('essay')!, 'abcd1234');
    expect(essay.fields!.map((field) => field.name)).toEqual(['Author', 'Publisher', 'Date', 'Curated from']);
    expect(essay.description).toContain('`essay:1` to `essay:2`');
    expect(documentEmbed(fixtureCorpus.documentById.get('page')!, 'x').fields!.map((field) => field.name)).toEqual(['Curated from']);
  });
});
