// Discord's rules for registering application commands (names, descriptions, option counts and order).
import { ErrorTree, isObj, len, arr, type DiscordError } from './form-errors.js';

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function checkCommandName(t: ErrorTree, at: (string | number)[], name: unknown): void {
  if (!t.required(at, name)) return;
  if (typeof name !== 'string' || !COMMAND_NAME.test(name) || name !== name.toLowerCase()) {
    t.add(at, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

function checkDescription(t: ErrorTree, at: (string | number)[], description: unknown): void {
  if (len(description) < 1 || len(description) > 100) {
    t.add(at, 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
}

function checkOptions(t: ErrorTree, at: (string | number)[], options: unknown): void {
  const list = arr(options);
  if (list.length > 25) t.add(at, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let seenOptional = false;
  list.forEach((o, i) => {
    if (!isObj(o)) return;
    checkCommandName(t, [...at, i, 'name'], o.name);
    checkDescription(t, [...at, i, 'description'], o.description);
    if (o.type === 1 || o.type === 2) checkOptions(t, [...at, i, 'options'], o.options);
    const choices = arr(o.choices);
    if (choices.length > 25) t.add([...at, i, 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    if (o.autocomplete === true && choices.length) {
      t.add([...at, i, 'autocomplete'], 'AUTOCOMPLETE_CHOICES_CONFLICT', 'Autocomplete cannot be enabled on options that have choices');
    }
    if (o.type !== 1 && o.type !== 2) {
      if (o.required === true && seenOptional) {
        t.add([...at, i, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
      }
      if (o.required !== true) seenOptional = true;
    }
  });
}

/** Checks a bulk-overwrite (PUT) or single create (POST) body for application commands. */
export function validateCommands(commands: unknown[]): DiscordError | null {
  const t = new ErrorTree();
  const seen = new Set<string>();
  commands.forEach((c, i) => {
    if (!isObj(c)) {
      t.add([i], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    const type = typeof c.type === 'number' ? c.type : 1;
    if (type === 1) {
      checkCommandName(t, [i, 'name'], c.name);
      checkDescription(t, [i, 'description'], c.description);
      checkOptions(t, [i, 'options'], c.options);
    } else {
      if (len(c.name) < 1 || len(c.name) > 32) t.add([i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
      if (c.description) t.add([i, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have description');
    }
    const key = `${type}:${String(c.name)}`;
    if (seen.has(key)) t.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    seen.add(key);
  });
  return t.result();
}
