// /verify, the Verify quote message command and sharing a check, on plain data: exact (across speakers, with
// omissions), near with differences, across a heading, footnotes, not found, hostile text; and on the real corpus,
// the same count of places as the command line.
import { describe, expect, it } from 'vitest';
import { share } from '../../commands/share.js';
import { verify } from '../../commands/verify.js';
import type { TargetMessage } from '../../commands/messageText.js';
import { quotationIn, verifyQuote } from '../../commands/verifyQuote.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { defaultCorpusDir } from '../../src/paths.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { buildIndex } from '../../src/search/index.js';
import { buildCorpus } from '../helpers/fixtureCorpus.js';
import { runCliCaptured } from '../helpers/runCliCaptured.js';
import { CHANNEL_ID, commandContext, customIds, payloadOf, shown, USER_ID } from './commandContext.js';

const run = (text: string, context = commandContext()) => verify.run({ options: { text } }, context);
const message = (content: string, more: Partial<TargetMessage> = {}): TargetMessage => ({ content, embeds: [], forwarded: [], ...more });
const verifyMessage = (targetMessage: TargetMessage) => payloadOf(verifyQuote.run({ options: {}, targetMessage }, commandContext()));

describe('/verify', () => {
  it('finds an exact quotation and shows the document’s own words, privately, with Share', async () => {
    const payload = await payloadOf(run('“Brothers show themselves in hardship.”'));
    expect(payload.flags).toBe(64);
    expect(payload.content).toBe("**Exact**: these are the corpus's own words, in `tapes:3` (General Saber).");
    expect(payload.embeds[0]!.description).toContain('**Brothers show themselves in hardship.**');
    expect(shown(payload.embeds[0]!.description!)).toBe(commandContext().index.corpus.passageById.get('tapes:3')!.text);
    expect(customIds(payload)).toEqual([expect.stringMatching(/^vshare:[\w-]{8}$/u)]);
  });

  it('names every passage and speaker of a quotation spanning two speakers, and shows each passage', async () => {
    const payload = await payloadOf(run('they are looking for new cases. It should be like this.'));
    expect(payload.content).toBe(
      "**Exact**: these are the corpus's own words, across 2 passages: `tapes:1` (Haboush) and `tapes:2` (Rajavi).",
    );
    expect(payload.embeds.map((embed) => [embed.footer?.text, embed.fields?.find((field) => field.name === 'Speaker')?.value])).toEqual([
      ['tapes:1', 'Haboush'],
      ['tapes:2', 'Rajavi'],
    ]);
    expect(payload.embeds[0]!.description).toContain('**they are looking for new cases.**');
    expect(payload.embeds[1]!.description).toContain('**It should be like this.**');
  });

  it('calls a quotation with an ellipsis exact, with omissions, bolding its words and naming what it leaves out', async () => {
    const payload = await payloadOf(run('The inspectors have arrived … looking for new cases.'));
    expect(payload.content).toBe(
      "**Exact, with omissions**: the quotation's own words are the corpus's, in order, in `tapes:1` (Haboush).",
    );
    expect(payload.embeds[0]!.description).toBe('**The inspectors have arrived**, they are **looking for new cases.**');
    expect(payload.embeds[1]).toMatchObject({ title: 'Omissions', description: expect.stringMatching(/^• … leaves out “, they are”\n/u) });
  });

  it('calls a changed quotation near, showing the differences struck and underlined', async () => {
    const payload = await payloadOf(run('The inspectors have come, they are looking for new cases.'));
    expect(payload.content).toMatch(/^\*\*Near\*\*: not word for word\. The closest passage, `tapes:1` \(Haboush\), is \d+% similar/u);
    const differences = payload.embeds.find((embed) => embed.title === 'Differences')!.description!;
    expect(differences).toContain('~~come~~');
    expect(differences).toContain('__arrived__');
  });

  it('says plainly when nothing matches, echoing the text harmlessly', async () => {
    const payload = await payloadOf(run('@everyone the moon is made of **cheese**'));
    expect(payload).toMatchObject({
      flags: 64,
      content: expect.stringMatching(
        /^\*\*Not found\*\*: nothing in the corpus matches “\\@everyone the moon is made of \\\*\\\*cheese\\\*\\\*”/u,
      ),
    });
  });

  it('asks for text when given none, and says when a quotation is too long to check', async () => {
    expect((await payloadOf(run('  '))).content).toMatch(/^Give the quotation to check/u);
    const long = await payloadOf(run('word '.repeat(2000)));
    expect(long.content).toMatch(/^That quotation is 9,999 characters long/u);
    expect(long.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });

  it('takes single quotes inside a quotation for the document’s double ones', async () => {
    expect((await payloadOf(run('The ‘social factor’ provides a negative response'))).content).toBe(
      "**Exact**: these are the corpus's own words, in `essay:2`.",
    );
  });

  it('calls an ellipsis that leaves out nothing exact, and says it stands for nothing', async () => {
    const payload = await payloadOf(run('The inspectors have arrived, … they are looking for new cases.'));
    expect(payload.content).toBe("**Exact**: these are the corpus's own words, in `tapes:1` (Haboush).");
    expect(payload.embeds[1]).toMatchObject({
      title: 'What the marks stand for',
      description: expect.stringMatching(/^• … stands for nothing: the words either side of it are consecutive in the document\n/u),
    });
  });

  it('calls words either side of a heading near, saying they are split by it, the heading among the differences', async () => {
    const payload = await payloadOf(run('It should be like this. Definitely. We have an Arabic proverb that says'));
    expect(payload.content).toMatch(
      /^\*\*Near\*\*: not word for word\. The closest passages, `tapes:2` \(Rajavi\) and `tapes:3` \(General Saber\), are \d+% similar; the differences are below\. The words are split by a heading \(“Second meeting”\): the document has them in different sections, so they are not one quotation\.$/u,
    );
    expect(payload.embeds.find((embed) => embed.title === 'Differences')!.description).toMatch(
      /^It should be like this\. Definitely\. \*\\\(heading\\: Second meeting\\\)\* We have/u,
    );
  });

  it('matches a footnote as its document writes it, never the resolution of an "Ibid." note, and counts places as the CLI lists them', async () => {
    const notes = buildCorpus([
      {
        id: 'essay',
        title: 'Essay',
        type: 'essay',
        seed: 's',
        passages: [
          { text: 'First claim. [1]', notes: ['[1] Nyabati Bijan; “A distinct look”, pp.13-14.'] },
          { text: 'Second claim. [2]', notes: ['[2] Ibid. = Nyabati Bijan; “A distinct look”, pp.13-14.'] },
          { text: 'Third claim. [3]', notes: ['[3] Nyabati Bijan; “A distinct look”, p.20.'] },
        ],
      },
    ]);
    const payload = await payloadOf(run('Nyabati Bijan; “A distinct look”', commandContext({ index: buildIndex(notes) })));
    expect(payload.content).toBe(
      "**Exact** — in note [1] of `essay:1`: the corpus has these words in a footnote, not in the passage's own text. Found in 2 places; the first is shown.",
    );
  });

  it('offers no Share where sharing is off', async () => {
    expect(customIds(await payloadOf(run('Brothers show themselves in hardship.', commandContext({ publicAllowed: false }))))).toEqual([]);
  });

  it('recognizes a quotation from a footnote, labelled as the note, never as the passage’s own words', async () => {
    const payload = await payloadOf(run('Nyabati Bijan; “A distinct look”'));
    expect(payload.content).toBe(
      "**Exact** — in note [1] of `essay:1`: the corpus has these words in a footnote, not in the passage's own text.",
    );
    expect(payload.embeds[0]).toMatchObject({
      title: 'Note [1] of essay:1',
      description: '\\[1\\] **Nyabati Bijan; “A distinct look**”, pp.13\\-14.',
    });
    expect(payload.embeds[1]!.footer?.text).toBe('essay:1');
    expect(payload.embeds[1]!.description).not.toContain('**');
  });
});

describe('Share on a check', () => {
  const click = (payload: { components: unknown }, context = commandContext()) =>
    share.buttons!.vshare!(customIds(payload as never)[0]!.slice('vshare:'.length), context);

  it('posts the whole check publicly: who shared it, the verdict naming every passage and speaker, each passage with the stamp', async () => {
    const context = commandContext();
    const answer = await click(await payloadOf(run('they are looking for new cases. It should be like this.', context)), context);
    const payload = await payloadOf(answer);
    expect(payload.flags).toBeUndefined();
    expect(payload.content).toBe(
      `Shared by <@${USER_ID}>. **Exact**: these are the corpus's own words, across 2 passages: \`tapes:1\` (Haboush) and \`tapes:2\` (Rajavi).`,
    );
    expect(payload.embeds.map((embed) => embed.footer?.text)).toEqual([
      `tapes:1 · corpus ${context.stamp}`,
      `tapes:2 · corpus ${context.stamp}`,
    ]);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(answer.audit?.post.content).toBe(
      `<@${USER_ID}> shared a check of a quotation in \`tapes:1\`, \`tapes:2\` (corpus ${context.stamp}) in <#${CHANNEL_ID}>.`,
    );
  });

  it('shares an edited check with what its marks stand for', async () => {
    const context = commandContext();
    const payload = await payloadOf(click(await payloadOf(run('The inspectors have arrived … looking for new cases.', context)), context));
    expect(payload.content).toMatch(/^Shared by <@\d+>\. \*\*Exact, with omissions\*\*: /u);
    expect(payload.embeds.at(-1)?.title).toBe('Omissions');
  });

  it('says a check has expired when its key is unknown or the corpus was reloaded', async () => {
    expect((await payloadOf(share.buttons!.vshare!('gone1234', commandContext()))).content).toMatch(/^This check has expired/u);
    const context = commandContext();
    const payload = await payloadOf(run('Brothers show themselves in hardship.', context));
    const reloaded = commandContext({ verifications: context.verifications, index: { ...context.index, fingerprint: 'other' } });
    expect((await payloadOf(click(payload, reloaded))).content).toMatch(/^This check has expired/u);
  });
});

describe('Verify quote (message command)', () => {
  it('checks the quotation inside the message', async () => {
    const payload = await payloadOf(
      verifyQuote.run(
        { options: {}, targetMessage: message('Did he really say "It should be like this. Definitely." ?') },
        commandContext(),
      ),
    );
    expect(payload.content).toContain('`tapes:2`');
  });

  it('names both speakers of a quotation that spans two, and reads an ellipsis in a quoted line', async () => {
    const across = await payloadOf(
      verifyQuote.run(
        { options: {}, targetMessage: message('> they are looking for new cases. It should be like this.\nreally?') },
        commandContext(),
      ),
    );
    expect(across.content).toContain('across 2 passages: `tapes:1` (Haboush) and `tapes:2` (Rajavi)');
    const edited = await payloadOf(
      verifyQuote.run(
        { options: {}, targetMessage: message('He said “The inspectors have arrived... looking for new cases.”') },
        commandContext(),
      ),
    );
    expect(edited.content).toMatch(/^\*\*Exact, with omissions\*\*/u);
  });

  it('says where it looked when the message has no text', async () => {
    const nothing = 'That message has no text to check: Verbatim looked in its content, forwarded messages and embeds.';
    expect((await verifyMessage(message(''))).content).toBe(nothing);
    expect(
      (await verifyMessage(message('Shared by <@1>', { embeds: [{ fields: [] }], forwarded: [{ content: ' ', embeds: [] }] }))).content,
    ).toBe(nothing);
  });

  it('reads an embed-only message: its description, then its fields', async () => {
    const described = await verifyMessage(message('', { embeds: [{ description: '“It should be like this. Definitely.”' }] }));
    expect(described.content).toMatch(/^\*\*Exact\*\*: .* in `tapes:2` \(Rajavi\)\.$/u);
    const fielded = await verifyMessage(
      message('', { embeds: [{ fields: [{ name: 'Said', value: 'Brothers show themselves in hardship.' }] }] }),
    );
    expect(fielded.content).toMatch(/^\*\*Exact\*\*: .* in `tapes:3` \(General Saber\)\.$/u);
  });

  it('reads a forwarded message, its content or its embeds, when the message itself has no text', async () => {
    const forwarded = await verifyMessage(message('', { forwarded: [{ content: '> It should be like this. Definitely.', embeds: [] }] }));
    expect(forwarded.content).toMatch(/^\*\*Exact\*\*: .* in `tapes:2` \(Rajavi\)\.$/u);
    const ownText = await verifyMessage(
      message('Is this real? "The inspectors have arrived"', { forwarded: [{ content: 'It should be like this.', embeds: [] }] }),
    );
    expect(ownText.content).toContain('`tapes:1`');
  });

  it("checks the quoted words of Verbatim's own share, not its attribution or 'Shared by' line, and finds them exact", async () => {
    const context = commandContext();
    for (const id of ['essay:1', 'page:1', 'tapes:2']) {
      const shared = await payloadOf(share.buttons!.share!(id, context));
      expect(shared.content).toBe(`Shared by <@${USER_ID}>`);
      const checked = await verifyMessage(message(shared.content!, { embeds: shared.embeds }));
      expect(checked.content).toMatch(new RegExp(`^\\*\\*Exact\\*\\*: these are the corpus's own words, in \`${id}\``, 'u'));
    }
  });

  it('does not check a shared check again: its quotes are the document’s words, which would always be exact', async () => {
    const context = commandContext();
    // A near quotation: checking the shared check's embeds again would wrongly answer Exact.
    const check = await payloadOf(
      share.buttons!.vshare!(
        customIds(await payloadOf(run('The inspectors have come, they are looking for new cases.', context)))[0]!.slice('vshare:'.length),
        context,
      ),
    );
    expect(check.content).toMatch(/^Shared by <@\d+>\. \*\*Near\*\*/u);
    for (const target of [
      message(check.content!, { embeds: check.embeds }),
      message('', { forwarded: [{ content: check.content!, embeds: check.embeds }] }),
    ]) {
      expect((await verifyMessage(target)).content).toMatch(
        /^That message is a check Verbatim already made: its verdict is in the message/u,
      );
    }
  });
});

describe('quotationIn', () => {
  it('takes the > quoted lines first', () => {
    expect(quotationIn('look:\n> first line\n> second line\nwhat do you think "other"')).toBe('first line second line');
    expect(quotationIn('intro\n>>> all of\nthis is quoted')).toBe('all of this is quoted');
  });

  it('then the longest text in quote marks, straight or curly', () => {
    expect(quotationIn('He said “a short one” and "a much longer quotation".')).toBe('a much longer quotation');
    expect(quotationIn('«guillemets»')).toBe('guillemets');
  });

  it('otherwise the whole message', () => {
    expect(quotationIn('  just words  ')).toBe('just words');
  });
});

describe('the count of places, on the real corpus', () => {
  it('is the same in a Discord reply as in the command line’s list', async () => {
    const context = commandContext({ index: buildIndex(await loadCorpus(defaultCorpusDir)) });
    const payload = await payloadOf(run('the Iran-Iraq war', context));
    expect(payload.content).toMatch(/ Found in 4 places; the first is shown\.$/u);
    const { stdout } = await runCliCaptured(['verify', 'the Iran-Iraq war']);
    expect(stdout).toMatch(/^Found in 4 places\.\n/u);
    expect(stdout.match(/^Exact: /gmu)).toHaveLength(4);
  }, 30_000);
});
