// Discord's rules for registering application commands (names, descriptions, options, choices, contexts, sizes and
// counts), from the "Application Commands" docs page and the OpenAPI spec (ApplicationCommandCreateRequest).
import { ErrorTree, isObj, len, arr, type DiscordError } from './form-errors.js';

const COMMAND_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Application Command Option Type: 1 SUB_COMMAND … 11 ATTACHMENT. */
const OPTION_TYPES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
/** Interaction Context Types and Application Integration Types. */
const CONTEXTS = [0, 1, 2];
const INTEGRATION_TYPES = [0, 1];
/** "Combined sum of characters in name, description and value properties of the command, its options and choices." */
const MAX_COMMAND_SIZE = 8000;
/** Per application and scope: 100 slash commands, 15 user and 15 message commands. */
const MAX_COMMANDS: Record<number, number> = { 1: 100, 2: 15, 3: 15 };
/** The largest permission bitset the spec accepts for default_member_permissions (2^54 − 1). */
const MAX_PERMISSIONS = (1n << 54n) - 1n;

const oneOf = (values: number[]) => `Value must be one of {${values.join(', ')}}.`;

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

function checkRange(t: ErrorTree, at: (string | number)[], value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) return;
  if (typeof value !== 'number' || !Number.isInteger(value)) t.add(at, 'NUMBER_TYPE_COERCE', `Value ${JSON.stringify(value)} is not int.`);
  else if (value < min) t.add(at, 'NUMBER_TYPE_MIN', `int value should be greater than or equal to ${min}.`);
  else if (value > max) t.add(at, 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${max}.`);
}

function checkChoices(t: ErrorTree, at: (string | number)[], choices: unknown[]): void {
  if (choices.length > 25) t.add(at, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  choices.forEach((c, i) => {
    if (!isObj(c)) return;
    if (len(c.name) < 1 || len(c.name) > 100) t.add([...at, i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
    t.maxLength([...at, i, 'value'], c.value, 100);
  });
}

function checkOptions(t: ErrorTree, at: (string | number)[], options: unknown): void {
  const list = arr(options);
  if (list.length > 25) t.add(at, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  let seenOptional = false;
  const names = new Set<unknown>();
  list.forEach((o, i) => {
    if (!isObj(o)) return;
    checkCommandName(t, [...at, i, 'name'], o.name);
    if (names.has(o.name)) t.add([...at, i, 'name'], 'APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME', 'Option names must be unique');
    names.add(o.name);
    checkDescription(t, [...at, i, 'description'], o.description);
    if (!OPTION_TYPES.includes(o.type as number)) t.add([...at, i, 'type'], 'BASE_TYPE_CHOICES', oneOf(OPTION_TYPES));
    if (o.type === 1 || o.type === 2) checkOptions(t, [...at, i, 'options'], o.options);
    const choices = arr(o.choices);
    checkChoices(t, [...at, i, 'choices'], choices);
    if (o.autocomplete === true && choices.length) {
      t.add([...at, i, 'autocomplete'], 'AUTOCOMPLETE_CHOICES_CONFLICT', 'Autocomplete cannot be enabled on options that have choices');
    }
    checkRange(t, [...at, i, 'min_length'], o.min_length, 0, 6000);
    checkRange(t, [...at, i, 'max_length'], o.max_length, 1, 6000);
    if (o.type !== 1 && o.type !== 2) {
      if (o.required === true && seenOptional) {
        t.add(
          [...at, i, 'required'],
          'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID',
          'Required options must be placed before non-required options',
        );
      }
      if (o.required !== true) seenOptional = true;
    }
  });
}

/** Characters counted against the 8,000 a command may hold: names, descriptions and choice values, all the way down. */
function commandSize(node: unknown): number {
  if (!isObj(node)) return 0;
  const own = len(node.name) + len(node.description) + (typeof node.value === 'string' ? len(node.value) : 0);
  return own + [...arr(node.options), ...arr(node.choices)].reduce<number>((sum, child) => sum + commandSize(child), 0);
}

function checkPermissions(t: ErrorTree, at: (string | number)[], value: unknown): void {
  if (value === undefined || value === null) return;
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,20}$/u.test(text)) t.add(at, 'NUMBER_TYPE_COERCE', `Value ${JSON.stringify(value)} is not int.`);
  else if (BigInt(text) > MAX_PERMISSIONS) t.add(at, 'NUMBER_TYPE_MAX', `int value should be less than or equal to ${MAX_PERMISSIONS}.`);
}

function checkInstallation(t: ErrorTree, at: (string | number)[], c: Record<string, unknown>): void {
  if (c.contexts !== undefined && c.contexts !== null) {
    arr(c.contexts).forEach((context, j) => {
      if (!CONTEXTS.includes(context as number)) t.add([...at, 'contexts', j], 'BASE_TYPE_CHOICES', oneOf(CONTEXTS));
    });
  }
  if (c.integration_types !== undefined && c.integration_types !== null) {
    const types = arr(c.integration_types);
    if (types.length === 0) t.add([...at, 'integration_types'], 'BASE_TYPE_MIN_LENGTH', 'Must be 1 or more in length.');
    types.forEach((type, j) => {
      if (!INTEGRATION_TYPES.includes(type as number))
        t.add([...at, 'integration_types', j], 'BASE_TYPE_CHOICES', oneOf(INTEGRATION_TYPES));
    });
  }
}

/** Checks a bulk-overwrite (PUT) body: every command, then how many of each type (30032 when over). */
export function validateCommands(commands: unknown[]): DiscordError | null {
  const t = new ErrorTree();
  const seen = new Set<string>();
  const counts = new Map<number, number>();
  commands.forEach((c, i) => {
    if (!isObj(c)) {
      t.add([i], 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
      return;
    }
    const type = typeof c.type === 'number' ? c.type : 1;
    counts.set(type, (counts.get(type) ?? 0) + 1);
    if (type === 1) {
      checkCommandName(t, [i, 'name'], c.name);
      checkDescription(t, [i, 'description'], c.description);
      checkOptions(t, [i, 'options'], c.options);
    } else {
      if (len(c.name) < 1 || len(c.name) > 32) t.add([i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 32 in length.');
      if (c.description)
        t.add([i, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION', 'Context menu commands cannot have description');
      if (arr(c.options).length)
        t.add([i, 'options'], 'APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS', 'Context menu commands cannot have options');
    }
    checkPermissions(t, [i, 'default_member_permissions'], c.default_member_permissions);
    checkInstallation(t, [i], c);
    if (commandSize(c) > MAX_COMMAND_SIZE)
      t.add([i], 'APPLICATION_COMMAND_TOO_LARGE', `Command exceeds maximum size (${MAX_COMMAND_SIZE})`);
    const key = `${type}:${String(c.name)}`;
    if (seen.has(key)) t.add([i, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    seen.add(key);
  });
  const invalid = t.result();
  if (invalid) return invalid;
  for (const [type, count] of counts) {
    const max = MAX_COMMANDS[type];
    if (max !== undefined && count > max)
      return { status: 400, body: { message: `Maximum number of application commands reached (${max})`, code: 30032 } };
  }
  return null;
}
