// /context on plain data: neighbours in reading order with the target marked, walking buttons, bounded counts.
import { describe, expect, it } from 'vitest';
import { context } from '../../commands/context.js';
import { commandContext, customIds, payloadOf, ref, shown } from './commandContext.js';

const run = (options: Record<string, string | number>) => context.run({ options }, commandContext());

describe('/context', () => {
  it('shows the passages around the target privately, target marked, with buttons to walk', async () => {
    const payload = await payloadOf(run({ id: 'tapes:2', before: 1, after: 1 }));
    const text = shown(payload.embeds[0]!.description!);
    expect(payload.flags).toBe(64);
    expect(text.indexOf('The inspectors have arrived')).toBeLessThan(text.indexOf('▶ `tapes:2` · Rajavi'));
    expect(text).toContain('Brothers show themselves in hardship.');
    expect(customIds(payload)).toEqual([`walk:1:1:${ref('tapes:1')}`, `walk:1:1:${ref('tapes:3')}`]);
  });

  it('disables walking past either end of the document', async () => {
    const payload = await payloadOf(run({ id: 'tapes:1' }));
    expect(payload.components[0]!.components[0]).toMatchObject({ custom_id: 'walk:start', disabled: true });
  });

  it('bounds before and after whatever arrives', async () => {
    const text = shown((await payloadOf(run({ id: 'essay:2', before: 999, after: -5 }))).embeds[0]!.description!);
    expect(text).toContain('`essay:1`');
    expect(
      shown((await payloadOf(context.run({ options: { id: 'essay:1', before: 'abc' } }, commandContext()))).embeds[0]!.description!),
    ).toContain('▶ `essay:1`');
  });

  it('opens from a Context button as a new private reply, and walks by rewriting the message', async () => {
    const opened = await context.buttons!.ctx!('tapes:3', commandContext());
    expect(opened.replaces).toBeFalsy();
    expect(opened.reply.ephemeral).toBe(true);
    const walked = await context.buttons!.walk!('0:0:tapes:1', commandContext());
    expect(walked.replaces).toBe(true);
    expect(shown((await payloadOf(walked)).embeds[0]!.description!)).toBe(
      '__First meeting__\n▶ `tapes:1` · Haboush\nThe inspectors have arrived, they are looking for new cases.',
    );
  });

  it('explains an unknown id', async () => {
    expect((await payloadOf(run({ id: 'essay:7' }))).content).toContain('`essay` has 2 passages');
    expect((await payloadOf(context.buttons!.walk!('walk:start', commandContext()))).content).toMatch(/^Give a passage id/u);
  });
});
