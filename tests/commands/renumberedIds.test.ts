// Every command and button that takes a passage id answers a retired id (the fixture's `tapes:4`, now `tapes:3`)
// with the passage under its id now, and a line saying so; the buttons here carry no fingerprint, as those made
// before buttons had one (paragraphSplit.test.ts follows fingerprints and reused ids).
import { describe, expect, it } from 'vitest';
import { cite } from '../../commands/cite.js';
import type { Answer } from '../../commands/command.js';
import { context } from '../../commands/context.js';
import { quote } from '../../commands/quote.js';
import { search } from '../../commands/search.js';
import { share } from '../../commands/share.js';
import { suggestPassages } from '../../commands/suggest.js';
import { commandContext, customIds, fixtureIndex, payloadOf, shown } from './commandContext.js';

const RENAMED = '`tapes:4` is now `tapes:3` (the passage was renumbered).';
const PROVERB = 'We have an Arabic proverb that says: Brothers show themselves in hardship.';

describe('an old passage id', () => {
  it.each<[string, () => Answer | Promise<Answer>]>([
    ['/quote', () => quote.run({ options: { 'id-or-words': 'tapes:4' } }, commandContext())],
    ['/context', () => context.run({ options: { id: 'Tapes:4', before: 0, after: 0 } }, commandContext())],
    ['/search', () => search.run({ options: { query: 'tapes:4' } }, commandContext())],
    ['the Context button', () => context.buttons!.ctx!('tapes:4', commandContext())],
    ['the walking buttons', () => context.buttons!.walk!('0:0:tapes:4', commandContext())],
    ['the Share button', () => share.buttons!.share!('tapes:4', commandContext())],
  ])('%s shows the passage under its id now, saying so', async (_, answer) => {
    const payload = await payloadOf(answer());
    expect(payload.content?.split('\n')[0]).toBe(RENAMED);
    const embed = payload.embeds[0]!;
    expect(shown(embed.description!)).toContain(PROVERB);
    expect(`${embed.footer?.text ?? ''} ${embed.description}`).toContain('tapes:3');
    expect(customIds(payload).some((id) => id.includes('tapes:4'))).toBe(false);
  });

  it('/cite and the Cite button cite the passage under its id now, saying so', async () => {
    for (const answer of [
      cite.run({ options: { id: 'tapes:4', style: 'apa' } }, commandContext()),
      cite.buttons!.cite!('tapes:4', commandContext()),
    ]) {
      const payload = await payloadOf(answer);
      expect(payload.content).toBe(RENAMED);
      expect(payload.embeds[0]!.title).toBe('Citation of tapes:3');
      expect(payload.embeds[0]!.description).toContain('Passage tapes:3');
    }
  });

  it('is offered as the passage’s id now by autocomplete', () => {
    expect(suggestPassages(fixtureIndex, 'tapes:4').map((choice) => choice.value)).toEqual(['tapes:3']);
  });

  it('adds no line for a passage asked for under its own id', async () => {
    expect((await payloadOf(quote.run({ options: { 'id-or-words': 'tapes:3' } }, commandContext()))).content).toBeUndefined();
  });
});
