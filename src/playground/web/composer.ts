// The message box: text is posted as your message; `/` opens the command picker (each command the member may use, with
// its description), and a picked command shows its options as Discord does, with the bot's suggestions while you type.
// A command typed out in full ("/search Camp Ashraf") is read as Discord's client reads it.
import type {
  APIApplicationCommand,
  APIApplicationCommandOption,
  APIApplicationCommandOptionChoice,
  ApplicationCommandOptionType,
  ApplicationCommandType,
} from 'discord.js';

// discord.js's enums as numbers: importing their values would bundle discord.js into the page.
const CHAT_INPUT = 1 as ApplicationCommandType.ChatInput;
const STRING = 3 as ApplicationCommandOptionType.String;
const BOOLEAN = 5 as ApplicationCommandOptionType.Boolean;
/** Pause in typing before suggestions are asked for, as Discord's client waits (ms). */
const SUGGEST_AFTER_MS = 150;

export interface ComposerHost {
  commands(): APIApplicationCommand[];
  /** Why the current member cannot use the command (its default_member_permissions), or undefined. */
  lockedReason(command: APIApplicationCommand): string | undefined;
  channelName(): string;
  /** Tells the person something, as Discord's client does, without posting anything. */
  notice(text: string): void;
  post(text: string): Promise<void>;
  run(command: APIApplicationCommand, options: Record<string, string>): Promise<void>;
  suggest(command: APIApplicationCommand, options: Record<string, string>, focused: string): Promise<APIApplicationCommandOptionChoice[]>;
}

interface PopupItem {
  label: string;
  detail?: string;
  pick(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

export class Composer {
  readonly element = el('div', 'composer');
  readonly #popup = el('div', 'popup');
  readonly #box = el('div', 'box');
  readonly #input = el('input', 'message-input');
  readonly #form = el('div', 'command-form');
  #items: PopupItem[] = [];
  #active = 0;
  #command: APIApplicationCommand | undefined;
  #suggestTimer: ReturnType<typeof setTimeout> | undefined;
  #suggestRound = 0;

  constructor(private readonly host: ComposerHost) {
    this.#popup.setAttribute('role', 'listbox');
    this.#popup.hidden = true;
    this.#input.setAttribute('aria-label', 'Message');
    this.#input.addEventListener('input', () => this.#onPlainInput());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event, () => void this.#postPlain()));
    this.#form.hidden = true;
    this.#form.addEventListener('keydown', (event) => {
      if (event.target === this.#form) this.#onKey(event, () => void this.#submit());
    });
    this.#box.append(this.#input, this.#form);
    this.element.append(this.#popup, this.#box);
    this.refresh();
  }

  /** Redraws what depends on the channel and the member (placeholder, locked commands). */
  refresh(): void {
    this.#input.placeholder = `Message #${this.host.channelName()} — type / for commands`;
    if (!this.#command && this.#input.value.startsWith('/')) this.#onPlainInput();
  }

  #show(items: PopupItem[], heading: string): void {
    this.#items = items;
    this.#active = 0;
    this.#popup.replaceChildren(el('div', 'popup-heading', heading));
    items.forEach((item, index) => {
      const row = el('div', 'popup-item');
      row.setAttribute('role', 'option');
      row.append(el('span', 'popup-label', item.label));
      if (item.detail) row.append(el('span', 'popup-detail', item.detail));
      row.addEventListener('mousedown', (event) => {
        event.preventDefault();
        item.pick();
      });
      row.classList.toggle('active', index === 0);
      this.#popup.append(row);
    });
    this.#popup.hidden = items.length === 0;
  }

  #hide(): void {
    // Suggestions still on their way were asked for what is no longer wanted.
    this.#suggestRound++;
    this.#items = [];
    this.#popup.hidden = true;
  }

  #onKey(event: KeyboardEvent, submit: () => void): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (this.#popup.hidden) return;
      event.preventDefault();
      this.#active = (this.#active + (event.key === 'ArrowDown' ? 1 : -1) + this.#items.length) % this.#items.length;
      [...this.#popup.querySelectorAll('.popup-item')].forEach((row, index) => row.classList.toggle('active', index === this.#active));
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      if (!this.#popup.hidden && this.#items[this.#active]) {
        event.preventDefault();
        this.#items[this.#active]!.pick();
      } else if (event.key === 'Enter') {
        event.preventDefault();
        submit();
      }
    } else if (event.key === 'Escape') {
      if (!this.#popup.hidden) this.#hide();
      else if (this.#command) this.#reset();
    }
  }

  #onPlainInput(): void {
    const text = this.#input.value;
    if (!text.startsWith('/') || /\s/u.test(text)) return this.#hide();
    const typed = text.slice(1).toLowerCase();
    // Discord leaves out the commands whose default_member_permissions the member lacks.
    const matches = this.#usable().filter((c) => c.name.startsWith(typed));
    this.#show(
      matches.map((command) => ({ label: `/${command.name}`, detail: command.description, pick: () => this.#open(command) })),
      'Commands of Verbatim',
    );
  }

  #usable(): APIApplicationCommand[] {
    return this.host.commands().filter((c) => c.type === CHAT_INPUT && !this.host.lockedReason(c));
  }

  async #postPlain(): Promise<void> {
    const text = this.#input.value;
    if (text.trim() === '') return;
    const typed = /^\/([^\s/]+)(?:\s+([\s\S]*))?$/u.exec(text);
    if (typed) return this.#typedCommand(typed[1]!, typed[2]?.trim() ?? '');
    await this.host.post(text);
    this.#input.value = '';
  }

  /**
   * "/name rest", sent whole: the rest fills the command's first required option, and a command with no other
   * required option is sent at once. A name the member has no command for is said, not posted.
   */
  async #typedCommand(name: string, rest: string): Promise<void> {
    const command = this.#usable().find((c) => c.name === name.toLowerCase());
    if (!command) {
      const hidden = this.host.commands().find((c) => c.type === CHAT_INPUT && c.name === name.toLowerCase());
      const why = hidden && this.host.lockedReason(hidden);
      return this.host.notice(`No command /${name}${why ? ` (${why})` : ''}: type / to see the commands you can use.`);
    }
    const required = (command.options ?? []).filter((option) => (option as { required?: boolean }).required);
    if (required.length !== 1 || rest === '') return this.#open(command, rest);
    this.#input.value = '';
    await this.host.run(command, { [required[0]!.name]: rest });
  }

  /**
   * Shows a command's options: the required ones, and the optional ones one click away, as Discord lists them;
   * `first` is the value already typed for the first required one.
   */
  #open(command: APIApplicationCommand, first = ''): void {
    this.#command = command;
    this.#hide();
    this.#input.hidden = true;
    this.#form.hidden = false;
    this.#form.replaceChildren(el('span', 'command-pill', `/${command.name}`));
    const optional = el('span', 'optional-options');
    let filled = false;
    for (const option of command.options ?? []) {
      if ((option as { required?: boolean }).required) {
        const input = this.#addField(option);
        if (!filled) input.value = first;
        filled = true;
      } else {
        const add = el('button', 'add-option', `+ ${option.name}`);
        add.type = 'button';
        add.title = option.description;
        add.addEventListener('click', () => {
          add.remove();
          this.#addField(option).focus();
        });
        optional.append(add);
      }
    }
    this.#form.append(optional);
    (this.#form.querySelector('input') ?? this.#form.querySelector('button'))?.focus();
    if (!this.#form.querySelector('input')) {
      // A command without required options is sent with Enter from the form itself.
      this.#form.tabIndex = -1;
      this.#form.focus();
    }
  }

  #addField(option: APIApplicationCommandOption): HTMLInputElement {
    const field = el('label', 'option-field');
    field.append(el('span', 'option-name', `${option.name}:`));
    const input = el('input', 'option-input');
    input.name = option.name;
    input.placeholder = option.description;
    input.addEventListener('input', () => {
      delete input.dataset.value;
      this.#suggest(option, input);
    });
    input.addEventListener('focus', () => this.#suggest(option, input));
    input.addEventListener('keydown', (event) => this.#onKey(event, () => void this.#submit()));
    field.append(input);
    const optional = this.#form.querySelector('.optional-options');
    if (optional) optional.before(field);
    else this.#form.append(field);
    return input;
  }

  /** The values to send: a picked choice's value, else the text as typed. */
  #values(): Record<string, string> {
    const values: Record<string, string> = {};
    for (const input of this.#form.querySelectorAll<HTMLInputElement>('input.option-input'))
      values[input.name] = input.dataset.value ?? input.value;
    return values;
  }

  #suggest(option: APIApplicationCommandOption, input: HTMLInputElement): void {
    const command = this.#command!;
    const pick = (choice: APIApplicationCommandOptionChoice) => () => {
      input.value = choice.name;
      input.dataset.value = String(choice.value);
      this.#hide();
    };
    const showChoices = (choices: APIApplicationCommandOptionChoice[]) =>
      this.#show(
        choices.map((c) => ({ label: c.name, pick: pick(c) })),
        option.name,
      );
    const fixed =
      (option as { choices?: APIApplicationCommandOptionChoice[] }).choices ??
      (option.type === BOOLEAN
        ? [
            { name: 'True', value: 'true' },
            { name: 'False', value: 'false' },
          ]
        : undefined);
    if (fixed) return showChoices(fixed.filter((c) => c.name.toLowerCase().includes(input.value.toLowerCase())));
    if (option.type !== STRING || !(option as { autocomplete?: boolean }).autocomplete) return this.#hide();
    clearTimeout(this.#suggestTimer);
    const round = ++this.#suggestRound;
    this.#suggestTimer = setTimeout(() => {
      void this.host.suggest(command, this.#values(), option.name).then(
        (choices) => {
          // An answer to an older keystroke must not replace the newer one.
          if (round === this.#suggestRound && document.activeElement === input) showChoices(choices);
        },
        () => this.#hide(),
      );
    }, SUGGEST_AFTER_MS);
  }

  async #submit(): Promise<void> {
    const command = this.#command;
    if (!command) return;
    this.#hide();
    await this.host.run(command, this.#values());
    this.#reset();
  }

  #reset(): void {
    this.#command = undefined;
    this.#hide();
    this.#form.hidden = true;
    this.#form.replaceChildren();
    this.#input.hidden = false;
    this.#input.value = '';
    this.#input.focus();
  }
}
