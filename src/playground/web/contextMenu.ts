// A message's context menu (right-click): its Apps, the message commands the bot registered, as in Discord.
import type { APIApplicationCommand, APIMessage, ApplicationCommandType } from 'discord.js';

// A type-only enum member: importing discord.js's values would bundle it into the page.
const MESSAGE_COMMAND = 3 as ApplicationCommandType.Message;

export class ContextMenu {
  readonly element = document.createElement('div');

  constructor(
    private readonly commands: () => APIApplicationCommand[],
    private readonly run: (command: APIApplicationCommand, message: APIMessage) => void,
  ) {
    this.element.className = 'context-menu';
    this.element.setAttribute('role', 'menu');
    this.element.hidden = true;
    document.addEventListener('click', () => (this.element.hidden = true));
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.element.hidden = true;
    });
  }

  open(message: APIMessage, event: MouseEvent): void {
    const apps = this.commands().filter((c) => c.type === MESSAGE_COMMAND);
    // Discord offers no Apps on a private reply: it is not a message others can reference.
    if (apps.length === 0 || (message.flags ?? 0) & 64) return;
    event.preventDefault();
    const heading = document.createElement('div');
    heading.className = 'menu-heading';
    heading.textContent = 'Apps';
    const items = apps.map((command) => {
      const item = document.createElement('button');
      item.type = 'button';
      item.className = 'menu-item';
      item.setAttribute('role', 'menuitem');
      item.textContent = command.name;
      item.addEventListener('click', () => this.run(command, message));
      return item;
    });
    this.element.replaceChildren(heading, ...items);
    this.element.style.left = `${event.clientX}px`;
    this.element.style.top = `${event.clientY}px`;
    this.element.hidden = false;
  }
}
