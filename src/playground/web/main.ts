// The playground page: a Discord text channel of a research server, wired to the real bot through the local Discord.
import './componentsConfig.js';
import '@skyra/discord-components-core';
import type { APIApplicationCommand, APIMessage, APIUser } from 'discord.js';
import type { PersonaName } from '../pageState.js';
import { api, type Where } from './api.js';
import { Composer } from './composer.js';
import { ContextMenu } from './contextMenu.js';
import { sidebar } from './sidebar.js';
import { Timeline } from './timeline.js';

const state = await api.state();
let channelId = state.channels[0]!.id;
let persona: PersonaName = 'member';
const where = (): Where => ({ as: persona, channelId });
const channelName = (id: string) => state.channels.find((c) => c.id === id)?.name ?? 'unknown-channel';
// Discord's own voice for what it refuses, as its client shows it.
const discordItself = { id: '0', username: 'Discord', discriminator: '0', global_name: 'Discord', avatar: null, bot: true } as APIUser;

const names = {
  user: (id: string) =>
    id === state.you.id ? (state.you.global_name ?? state.you.username) : id === state.bot.id ? state.bot.name : 'unknown-user',
  channel: channelName,
  author: (message: APIMessage) =>
    message.author.id === state.bot.id ? state.bot.name : (message.author.global_name ?? message.author.username),
};

const attempt = async (action: Promise<unknown>) => {
  try {
    await action;
  } catch (error) {
    timeline.notice((error as Error).message, discordItself);
  }
};

const lockedReason = (command: APIApplicationCommand) => {
  const needed = command.default_member_permissions;
  return needed && persona !== 'manager' ? 'server managers only' : undefined;
};
const menu = new ContextMenu(
  () => state.commands.filter((command) => !lockedReason(command)),
  (command, message) => void attempt(api.messageCommand(where(), command.name, message.id)),
);
const messages = document.createElement('discord-messages');
const timeline = new Timeline(
  messages,
  {
    names,
    onClick: (message, customId) => void attempt(api.click(where(), message.id, customId)),
    onMenu: (message, event) => menu.open(message, event),
  },
  () => channelId,
);

const composer = new Composer({
  commands: () => state.commands,
  lockedReason,
  channelName: () => channelName(channelId),
  notice: (text) => timeline.notice(text, discordItself),
  post: (text) => attempt(api.post(where(), text)),
  run: (command, options) => attempt(api.command(where(), command.name, options)),
  suggest: async (command, options, focused) => (await api.autocomplete(where(), command.name, options, focused)).choices,
});

const header = document.createElement('header');
const drawHeader = () => {
  const channel = state.channels.find((c) => c.id === channelId)!;
  header.textContent = `# ${channel.name}`;
  header.append(
    Object.assign(document.createElement('span'), {
      className: 'topic',
      textContent: channel.allowed
        ? 'Verbatim may post here publicly'
        : 'Not in ALLOWED_CHANNEL_IDS: replies stay private, Share is refused',
    }),
  );
};
drawHeader();

const main = document.createElement('main');
main.append(header, messages, composer.element);
document.body.replaceChildren(
  sidebar(state, {
    channelId: () => channelId,
    persona: () => persona,
    selectChannel: (id) => {
      channelId = id;
      drawHeader();
      timeline.draw();
      composer.refresh();
    },
    selectPersona: (name) => {
      persona = name;
      composer.refresh();
    },
  }),
  main,
  menu.element,
);
document.body.dataset.ready = 'true';

let version = -1;
for (;;) {
  try {
    const update = await api.messages(version);
    version = update.version;
    timeline.messages = update.messages;
  } catch {
    // The playground was stopped or restarted; try again shortly rather than spin.
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
