// The views built from passages and documents: buttons, notices, several passages in one message, context, sources,
// quotation checks.
import type { APIEmbed } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { passageContext } from '../../src/corpus/passageContext.js';
import { buttonRows, pagingButtons } from '../../src/render/buttons.js';
import { count } from '../../src/render/count.js';
import { codeBlock } from '../../src/render/codeBlock.js';
import { contextEmbed, TARGET_MARK } from '../../src/render/contextEmbed.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { echo, notice } from '../../src/render/notice.js';
import { passageEmbeds } from '../../src/render/passageEmbed.js';
import { embedLength } from '../../src/render/reply.js';
import { documentEmbed, documentsPage, DOCUMENTS_PER_PAGE, pageCount } from '../../src/render/sourcesEmbed.js';
import { diffMarkdown, verificationView } from '../../src/render/verificationView.js';
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

describe('pagingButtons', () => {
  it('offers Previous and Next, disabled at either end, and nothing for a single page', () => {
    expect(pagingButtons(1, 3, (page) => `p:${page}`)).toEqual([
      { label: '◀ Previous', customId: 'p:0', disabled: true },
      { label: 'Next ▶', customId: 'p:2', disabled: false },
    ]);
    expect(pagingButtons(3, 3, (page) => `p:${page}`).map((button) => button.disabled)).toEqual([false, true]);
    expect(pagingButtons(1, 1, (page) => `p:${page}`)).toEqual([]);
  });
});

describe('count', () => {
  it('says one thing or many', () => {
    expect([count(1, 'passage'), count(0, 'passage'), count(12345, 'second')]).toEqual(['1 passage', '0 passages', '12,345 seconds']);
  });
});

describe('codeBlock', () => {
  it('fences text so that its own backticks cannot close the block', () => {
    const block = codeBlock('a ```b``` c', 'bibtex');
    expect(block.startsWith('```bibtex\n')).toBe(true);
    expect(block.match(/```/gu)).toHaveLength(2);
    expect(block.replace(/\u200b/gu, '')).toBe('```bibtex\na ```b``` c\n```');
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

  it('shows a speaker inferred from the turn as continuing, here and in the quote', () => {
    const interview = buildCorpus([
      {
        id: 'talk',
        title: 'Talk',
        type: 'interview',
        seed: 's',
        passages: [
          { text: 'First answer.', speaker: 'Richard Dalton' },
          { text: 'More of it.', speaker: 'Richard Dalton', speakerFrom: 'turn' },
        ],
      },
    ]);
    const target = interview.passageById.get('talk:2')!;
    const text = shown(contextEmbed(interview, passageContext(interview, target, 1, 0)).description!);
    expect(text).toContain('`talk:1` · Richard Dalton\n');
    expect(text).toContain('`talk:2` · Richard Dalton (continuing)\n');
    const [embed] = passageEmbeds(interview, [{ passage: target }]);
    expect(embed!.fields!.find((f) => f.name === 'Speaker')?.value).toBe('Richard Dalton \\(continuing\\)');
  });

  it('fits the widest context of long passages, pointing every cut to /quote', () => {
    const passages = Array.from({ length: 30 }, (_, i) => ({ text: longWords(200), section: `Section ${i} ${'of a long title '.repeat(20)}` }));
    const big = buildCorpus([{ id: 'big', title: 'Big', type: 'article', seed: 's', passages }]);
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

describe('verificationView and diffMarkdown', () => {
  const corpus = fixtureCorpus;

  it('says nothing for not_found, so the caller can say it in its own words', () => {
    expect(verificationView(corpus, { verdict: 'not_found', matches: [] })).toBeUndefined();
  });

  it('shows an exact match bolded in its passage, and how many other places have it', () => {
    const text = 'show themselves in hardship.';
    const view = verificationView(corpus, {
      verdict: 'exact',
      matches: [{ id: 'tapes:3', ids: ['tapes:3'], similarity: 1, text }, { id: 'essay:2', ids: ['essay:2'], similarity: 1, text }],
    })!;
    expect(view.content).toBe("**Exact**: these are the corpus's own words, in `tapes:3`. It also appears in 1 other place.");
    expect(view.embeds[0]!.description).toContain(`**${text}**`);
    expect(view.passageIds).toEqual(['tapes:3']);
  });

  it('shows every passage of a match across consecutive passages, and the differences of a near one', () => {
    const view = verificationView(corpus, {
      verdict: 'near',
      matches: [{ id: 'tapes:1', ids: ['tapes:1', 'tapes:2'], similarity: 0.875, text: 'x', diff: [{ op: 'equal', text: 'cases.' }, { op: 'delete', text: '*It*' }, { op: 'insert', text: 'It' }] }],
    })!;
    expect(view.content).toContain('is 87% similar');
    expect(view.passageIds).toEqual(['tapes:1', 'tapes:2']);
    expect(view.embeds.at(-1)!.description!.split('\n')[0]).toBe('cases. ~~\\*It\\*~~ __It__');
  });

  it('fits a long diff with an ellipsis, never leaving a mark open', () => {
    const diff = [{ op: 'equal' as const, text: longWords(100) }, { op: 'delete' as const, text: longWords(100) }, { op: 'insert' as const, text: 'x' }];
    const markdown = diffMarkdown(diff, 800);
    expect(markdown.length).toBeLessThanOrEqual(800);
    expect(markdown).toMatch(/ word\d+…~~$/u);
    expect(markdown.match(/~~/gu)).toHaveLength(2);
  });
});
