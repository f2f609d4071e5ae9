// /verify and the Verify quote message command on plain data: exact, near with differences, not found, hostile text.
import { describe, expect, it } from 'vitest';
import { verify } from '../../commands/verify.js';
import { quotationIn, verifyQuote } from '../../commands/verifyQuote.js';
import { DISCORD_LIMITS } from '../../src/render/discordLimits.js';
import { commandContext, customIds, payloadOf, shown } from './commandContext.js';

const run = (text: string, context = commandContext()) => verify.run({ options: { text } }, context);

describe('/verify', () => {
  it('finds an exact quotation and shows the document’s own words, privately, with Share', async () => {
    const payload = await payloadOf(run('“Brothers show themselves in hardship.”'));
    expect(payload.flags).toBe(64);
    expect(payload.content).toBe("**Exact**: these are the corpus's own words, in `tapes:3`.");
    expect(payload.embeds[0]!.description).toContain('**Brothers show themselves in hardship.**');
    expect(shown(payload.embeds[0]!.description!)).toBe(commandContext().index.corpus.passageById.get('tapes:3')!.text);
    expect(customIds(payload)).toEqual(['share:tapes:3']);
  });

  it('calls a changed quotation near, showing the differences struck and underlined', async () => {
    const payload = await payloadOf(run('The inspectors have come, they are looking for new cases.'));
    expect(payload.content).toMatch(/^\*\*Near\*\*: not word for word\. The closest passage, `tapes:1`, is \d+% similar/u);
    const differences = payload.embeds.find((embed) => embed.title === 'Differences')!.description!;
    expect(differences).toContain('~~come~~');
    expect(differences).toContain('__arrived__');
  });

  it('says plainly when nothing matches, echoing the text harmlessly', async () => {
    const payload = await payloadOf(run('@everyone the moon is made of **cheese**'));
    expect(payload).toMatchObject({ flags: 64, content: expect.stringMatching(/^\*\*Not found\*\*: nothing in the corpus matches “\\@everyone the moon is made of \\\*\\\*cheese\\\*\\\*”/u) });
  });

  it('asks for text when given none, and says when a quotation is too long to check', async () => {
    expect((await payloadOf(run('  '))).content).toMatch(/^Give the quotation to check/u);
    const long = await payloadOf(run('word '.repeat(2000)));
    expect(long.content).toMatch(/^That quotation is 9,999 characters long/u);
    expect(long.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
  });

  it('offers no Share where sharing is off', async () => {
    expect(customIds(await payloadOf(run('Brothers show themselves in hardship.', commandContext({ publicAllowed: false }))))).toEqual([]);
  });
});

describe('Verify quote (message command)', () => {
  it('checks the quotation inside the message', async () => {
    const payload = await payloadOf(verifyQuote.run({ options: {}, targetText: 'Did he really say "It should be like this. Definitely." ?' }, commandContext()));
    expect(payload.content).toContain('`tapes:2`');
  });

  it('says so when the message has no text', async () => {
    expect((await payloadOf(verifyQuote.run({ options: {}, targetText: '' }, commandContext()))).content).toBe('That message has no text to check.');
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
