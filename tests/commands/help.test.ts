// /help on plain data: every command listed with an example from the corpus being served.
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { helpCommand } from '../../commands/help.js';
import { commandContext, payloadOf } from './commandContext.js';

describe('/help', () => {
  it('lists every command the bot answers, privately, with examples drawn from the corpus', async () => {
    const help = commands.find((command) => command.data.name === 'help')!;
    const payload = await payloadOf(help.run({ options: {} }, commandContext()));
    const text = payload.embeds[0]!.description!;
    expect(payload.flags).toBe(64);
    for (const command of commands) expect(text).toContain(command.data.name);
    expect(text).toContain('`/quote id-or-words:tapes:1`');
    expect(text).toContain('`/search query:inspectors speaker:Haboush`');
  });

  it('lists what it is given, so it cannot miss a command added later', async () => {
    const payload = await payloadOf(helpCommand(() => []).run({ options: {} }, commandContext()));
    expect(payload.embeds[0]!.description).not.toContain('**/');
  });
});
