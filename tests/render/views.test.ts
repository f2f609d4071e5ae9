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
    const rows = buttonRows([
      [
        { label: 'ok', customId: 'share:a:1' },
        { label: 'long', customId: `share:${'x'.repeat(100)}` },
      ],
      [{ label: 'gone', customId: 'y'.repeat(101) }],
    ]);
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
    const embeds = passageEmbeds(
      fixtureCorpus,
      ['tapes:1', 'essay:2'].map((id) => ({ passage: fixtureCorpus.passageById.get(id)! })),
    );
    expect(embeds.map((embed) => shown(embed.description!))).toEqual(
      ['tapes:1', 'essay:2'].map((id) => fixtureCorpus.passageById.get(id)!.text),
    );
  });

  it('shares the message total among long passages, each cut at a word with a pointer to /quote', () => {
    const embeds = passageEmbeds(
      long,
      long.passages.map((passage) => ({ passage, options: { label: 'Result' } })),
    );
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
    const passages = Array.from({ length: 30 }, (_, i) => ({
      text: longWords(200),
      section: `Section ${i} ${'of a long title '.repeat(20)}`,
    }));
    const big = buildCorpus([{ id: 'big', title: 'Big', type: 'article', seed: 's', passages }]);
    const embed = contextEmbed(big, passageContext(big, big.passageById.get('big:15')!, 10, 10));
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.description!.match(/shortened: \/quote/gu)).toHaveLength(21);
  });
});

describe('documentsPage and documentEmbed', () => {
  const many = buildCorpus(
    Array.from({ length: 23 }, (_, i) => ({ id: `doc-${i}`, title: `Doc *${i}*`, type: 'news', seed: 's', passages: [{ text: 'x' }] })),
  );

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

  it('shows an exact match bolded in its passage, naming it with its speaker, and how many places have it', () => {
    const text = 'show themselves in hardship.';
    const at = corpus.passageById.get('tapes:3')!.text.indexOf(text);
    const view = verificationView(corpus, {
      verdict: 'exact',
      matches: [
        { id: 'tapes:3', ids: ['tapes:3'], quoted: [[[at, at + text.length]]], similarity: 1, text },
        { id: 'essay:2', ids: ['essay:2'], quoted: [[[0, 4]]], similarity: 1, text },
      ],
    })!;
    expect(view.content).toBe(
      "**Exact**: these are the corpus's own words, in `tapes:3` (General Saber). Found in 2 places; the first is shown.",
    );
    expect(view.embeds).toHaveLength(1);
    expect(view.embeds[0]!.description).toContain(`**${text}**`);
  });

  it('shows every passage of a match across consecutive passages with their speakers, and the differences of a near one', () => {
    const view = verificationView(corpus, {
      verdict: 'near',
      matches: [
        {
          id: 'tapes:1',
          ids: ['tapes:1', 'tapes:2'],
          quoted: [[[20, 61]], [[0, 10]]],
          similarity: 0.875,
          text: 'x',
          diff: [
            { op: 'equal', text: 'cases.' },
            { op: 'delete', text: '*It*' },
            { op: 'insert', text: 'It' },
          ],
        },
      ],
    })!;
    expect(view.content).toBe(
      '**Near**: not word for word. The closest passages, `tapes:1` (Haboush) and `tapes:2` (Rajavi), are 87% similar; the differences are below.',
    );
    expect(view.embeds.map((embed) => embed.footer?.text)).toEqual(['tapes:1', 'tapes:2', undefined]);
    expect(view.embeds.slice(0, 2).map((embed) => embed.fields?.find((field) => field.name === 'Speaker')?.value)).toEqual([
      'Haboush',
      'Rajavi',
    ]);
    expect(view.embeds.at(-1)!.description!.split('\n')[0]).toBe('cases. ~~\\*It\\*~~ __It__');
  });

  it('shows an edited match with its quoted words bold and what each mark stands for', () => {
    const passage = corpus.passageById.get('tapes:3')!.text;
    const view = verificationView(
      corpus,
      {
        verdict: 'exact_edited',
        matches: [
          {
            id: 'tapes:3',
            ids: ['tapes:3'],
            quoted: [
              [
                [0, 7],
                [passage.indexOf('Brothers'), passage.length],
              ],
            ],
            similarity: 1,
            text: passage,
            gaps: [
              {
                kind: 'omission',
                mark: '…',
                follows: 'We have',
                text: 'an Arabic proverb that says:',
                ids: ['tapes:3'],
                offsets: [[8, 36]],
              },
              { kind: 'insertion', mark: '[*the* Iraqis]', follows: 'in hardship.', text: '', ids: [], offsets: [] },
            ],
          },
        ],
      },
      { stamp: 'abcd1234' },
    )!;
    expect(view.content).toBe(
      "**Exact, with omissions and insertions**: the quotation's own words are the corpus's, in order, in `tapes:3` (General Saber).",
    );
    expect(view.embeds[0]!.description).toBe('**We have** an Arabic proverb that says\\: **Brothers show themselves in hardship.**');
    expect(view.embeds[0]!.footer?.text).toBe('tapes:3 · corpus abcd1234');
    expect(view.embeds[1]!.title).toBe('Omissions and insertions');
    expect(view.embeds[1]!.description!.split('\n').slice(0, 2)).toEqual([
      '• … leaves out “an Arabic proverb that says\\:”',
      "• \\[\\*the\\* Iraqis\\] is the quotation's own, not the document's",
    ]);
  });

  it('fits a match across many long passages, with its marks, in one message without cutting the marks', () => {
    const many = buildCorpus([
      {
        id: 'long',
        title: 'Long',
        type: 'transcript',
        seed: 's',
        passages: Array.from({ length: 12 }, () => ({ text: longWords(160), speaker: 'Rajavi' })),
      },
    ]);
    const ids = many.documentById.get('long')!.passageIds;
    const gaps = ids.slice(1).map((id) => ({
      kind: 'omission' as const,
      mark: '…',
      follows: 'word1',
      text: longWords(160),
      ids: [id],
      offsets: [[0, 160] as [number, number]],
    }));
    const view = verificationView(many, {
      verdict: 'exact_edited',
      matches: [
        { id: ids[0]!, ids, quoted: ids.map((_, i) => (i % 2 === 0 ? [[0, 5] as [number, number]] : [])), similarity: 1, text: 'x', gaps },
      ],
    })!;
    expect(view.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    expect(view.embeds.slice(0, -1).map((embed) => embed.footer?.text)).toEqual(ids.filter((_, i) => i % 2 === 0));
    expect(total(view.embeds)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
    expect(view.embeds.at(-1)!.description!.length).toBeLessThanOrEqual(1500);
  });

  it('fits a long diff with an ellipsis, never leaving a mark open', () => {
    const diff = [
      { op: 'equal' as const, text: longWords(100) },
      { op: 'delete' as const, text: longWords(100) },
      { op: 'insert' as const, text: 'x' },
    ];
    const markdown = diffMarkdown(diff, 800);
    expect(markdown.length).toBeLessThanOrEqual(800);
    expect(markdown).toMatch(/ word\d+…~~$/u);
    expect(markdown.match(/~~/gu)).toHaveLength(2);
  });
});
