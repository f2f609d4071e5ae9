// Finds what owns an interaction: the command by name and type, or the button by its custom_id prefix.
import type { RepliableInteraction } from 'discord.js';
import type { Answer, ButtonHandler, Command, CommandContext } from '../../commands/command.js';
import type { OptionValues } from '../../commands/options.js';
import { targetMessageOf } from './targetMessage.js';

export interface Route {
  defers: boolean;
  run(context: CommandContext): Answer | Promise<Answer>;
  options?: OptionValues;
}

export function routeInteraction(
  interaction: RepliableInteraction,
  commands: readonly Command[],
  buttons: ReadonlyMap<string, ButtonHandler>,
): Route | undefined {
  if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
    const command = commands.find((c) => c.data.name === interaction.commandName && (c.data.type ?? 1) === interaction.commandType);
    if (!command) return undefined;
    const options = optionValues(interaction.options.data);
    const targetMessage = interaction.isMessageContextMenuCommand() ? targetMessageOf(interaction.targetMessage) : undefined;
    return {
      defers: command.defers === true,
      run: (context) => command.run({ options, ...(targetMessage !== undefined ? { targetMessage } : {}) }, context),
      options,
    };
  }
  if (interaction.isButton()) {
    const [prefix = '', ...rest] = interaction.customId.split(':');
    const handler = buttons.get(prefix);
    const message = targetMessageOf(interaction.message);
    return handler && { defers: false, run: (context) => handler(rest.join(':'), context, message) };
  }
  return undefined;
}

function optionValues(data: readonly { name: string; value?: string | number | boolean }[]): OptionValues {
  return Object.fromEntries(data.map((option) => [option.name, option.value]));
}
