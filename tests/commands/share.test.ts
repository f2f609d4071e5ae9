// The Share button on plain data: a public post naming the sharer without pinging, its id and stamp, an audit line.
import { describe, expect, it } from 'vitest';
import { share } from '../../commands/share.js';
import { CHANNEL_ID, commandContext, payloadOf, shown, USER_ID } from './commandContext.js';

const click = (passageId: string, context = commandContext()) => share.buttons!.share!(passageId, context);

describe('Share button', () => {
  it('posts the passage publicly, saying who shared it, with its id and the corpus stamp', async () => {
    const context = commandContext();
    const answer = await click('page:1', context);
    const payload = await payloadOf(answer);
    expect(payload.flags).toBeUndefined();
    expect(payload.content).toBe(`Shared by <@${USER_ID}>`);
    expect(payload.allowed_mentions).toEqual({ parse: [] });
    expect(shown(payload.embeds[0]!.description!)).toBe(context.index.corpus.passageById.get('page:1')!.text);
    expect(payload.embeds[0]!.footer?.text).toBe(`page:1 · corpus ${context.stamp}`);
    expect(answer.audit?.post.content).toBe(`<@${USER_ID}> shared \`page:1\` (corpus ${context.stamp}) in <#${CHANNEL_ID}>.`);
    expect(answer.audit?.passages).toEqual(['page:1']);
  });

  it('refuses privately where sharing is not allowed, and records nothing', async () => {
    const answer = await click('page:1', commandContext({ publicAllowed: false }));
    expect(answer.audit).toBeUndefined();
    expect(await payloadOf(answer)).toMatchObject({ flags: 64, content: expect.stringMatching(/^Sharing is turned off in this channel/u) });
  });

  it('explains a passage that is no longer in the corpus', async () => {
    expect((await payloadOf(click('tapes:42'))).content).toContain('`tapes` has 3 passages');
  });
});
