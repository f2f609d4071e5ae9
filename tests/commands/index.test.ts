// The command list: what is deployed is what is dispatched, every definition is one Discord accepts.
import { describe, expect, it } from 'vitest';
import { buttonHandlers, commandDefinitions, commands } from '../../commands/index.js';
import { validateCommands } from '../../src/localDiscord/validate-commands.js';

describe('commands/index', () => {
  it('deploys exactly the definitions the dispatcher routes by', () => {
    expect(commandDefinitions).toEqual(commands.map((command) => command.data));
    expect(new Set(commandDefinitions.map((d) => `${d.type}:${d.name}`)).size).toBe(commandDefinitions.length);
  });

  it('holds definitions that Discord would register', () => {
    expect(validateCommands(commandDefinitions)).toBeNull();
  });

  it('answers autocomplete wherever a definition offers it', () => {
    for (const command of commands) {
      const offers =
        'options' in command.data && (command.data.options ?? []).some((option) => 'autocomplete' in option && option.autocomplete);
      expect([command.data.name, offers]).toEqual([command.data.name, command.autocomplete !== undefined]);
    }
  });

  it('routes every button prefix the replies use', () => {
    expect([...buttonHandlers.keys()].sort()).toEqual(['cite', 'ctx', 'notes', 'page', 'pg', 'share', 'src', 'vshare', 'walk']);
  });
});
