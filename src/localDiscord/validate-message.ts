// Discord's documented message limits and rules ("Message", "Embed", "Component Reference" and "Receiving and
// Responding" pages; RichEmbed and ButtonComponentForMessageRequest in the OpenAPI spec), so what Discord refuses with a
// 400 is refused here too.
import { ErrorTree, arr, isObj, len, type DiscordError } from './form-errors.js';

export const MessageFlag = { SuppressEmbeds: 4, Ephemeral: 64, Loading: 128, SuppressNotifications: 4096, IsComponentsV2: 32768 };

/** Button styles: 1 primary, 2 secondary, 3 success, 4 danger, 5 link, 6 premium. */
const BUTTON_STYLES = [1, 2, 3, 4, 5, 6];
const LINK = 5;
const PREMIUM = 6;
/** Select menu component types (string, user, role, mentionable, channel): each fills a row alone. */
const SELECT_MENUS = [3, 5, 6, 7, 8];

function checkUrl(t: ErrorTree, at: (string | number)[], value: unknown): void {
  if (value === undefined || value === null) return;
  const scheme = typeof value === 'string' && URL.canParse(value) ? new URL(value).protocol : undefined;
  if (scheme === undefined) t.add(at, 'URL_TYPE_INVALID_URL', 'Not a well formed URL.');
  else if (!['http:', 'https:', 'attachment:'].includes(scheme)) {
    t.add(at, 'URL_TYPE_INVALID_SCHEME', `Scheme "${scheme.slice(0, -1)}" is not supported. Scheme must be one of ('http', 'https').`);
  }
}

/** An ISO 8601 date-time, as the spec's `format: date-time` asks. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u;

function checkEmbedFormats(t: ErrorTree, p: (string | number)[], e: Record<string, unknown>): void {
  if (e.color !== undefined && e.color !== null) {
    if (typeof e.color !== 'number' || !Number.isInteger(e.color))
      t.add([...p, 'color'], 'NUMBER_TYPE_COERCE', `Value ${JSON.stringify(e.color)} is not int.`);
    else if (e.color < 0) t.add([...p, 'color'], 'NUMBER_TYPE_MIN', 'int value should be greater than or equal to 0.');
    else if (e.color > 0xffffff) t.add([...p, 'color'], 'NUMBER_TYPE_MAX', 'int value should be less than or equal to 16777215.');
  }
  if (e.timestamp !== undefined && e.timestamp !== null) {
    if (typeof e.timestamp !== 'string' || !ISO_DATE_TIME.test(e.timestamp) || Number.isNaN(Date.parse(e.timestamp))) {
      t.add([...p, 'timestamp'], 'DATE_TIME_TYPE_PARSE', `Could not parse ${JSON.stringify(e.timestamp)}. Should be ISO8601.`);
    }
  }
  checkUrl(t, [...p, 'url'], e.url);
  for (const part of ['author', 'footer', 'image', 'thumbnail'] as const) {
    const value = e[part];
    if (!isObj(value)) continue;
    if (part === 'author') checkUrl(t, [...p, part, 'url'], value.url);
    if (part === 'author' || part === 'footer') checkUrl(t, [...p, part, 'icon_url'], value.icon_url);
    else checkUrl(t, [...p, part, 'url'], value.url);
  }
}

/** A button's fields by style: a link has a url and no custom_id, a premium button only its sku_id, the others a custom_id. */
function checkButton(t: ErrorTree, p: (string | number)[], c: Record<string, unknown>): void {
  if (!BUTTON_STYLES.includes(c.style as number)) {
    t.add([...p, 'style'], 'BASE_TYPE_CHOICES', `Value must be one of {${BUTTON_STYLES.join(', ')}}.`);
    return;
  }
  if (c.style === LINK) {
    if (t.required([...p, 'url'], c.url)) checkUrl(t, [...p, 'url'], c.url);
    if (c.custom_id !== undefined && c.custom_id !== null)
      t.add([...p, 'custom_id'], 'BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED', 'A link button cannot have a custom id');
  } else if (c.style === PREMIUM) {
    t.required([...p, 'sku_id'], c.sku_id);
    for (const field of ['custom_id', 'label', 'url', 'emoji']) {
      if (c[field] !== undefined && c[field] !== null)
        t.add([...p, field], 'BUTTON_COMPONENT_PREMIUM_FIELD_NOT_ALLOWED', `A premium button cannot have ${field}`);
    }
  } else {
    t.required([...p, 'custom_id'], c.custom_id);
    if (c.url !== undefined && c.url !== null)
      t.add([...p, 'url'], 'BUTTON_COMPONENT_URL_NOT_ALLOWED', 'Only a link button can have a url');
  }
}

function checkEmbeds(t: ErrorTree, at: (string | number)[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  const list = arr(embeds);
  if (list.length > 10) t.add(at, 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  let total = 0;
  list.forEach((e, i) => {
    if (!isObj(e)) return;
    const p = [...at, i];
    t.maxLength([...p, 'title'], e.title, 256);
    t.maxLength([...p, 'description'], e.description, 4096);
    total += len(e.title) + len(e.description);
    if (isObj(e.footer)) {
      t.maxLength([...p, 'footer', 'text'], e.footer.text, 2048);
      total += len(e.footer.text);
    }
    if (isObj(e.author)) {
      t.maxLength([...p, 'author', 'name'], e.author.name, 256);
      total += len(e.author.name);
    }
    checkEmbedFormats(t, p, e);
    const fields = arr(e.fields);
    if (fields.length > 25) t.add([...p, 'fields'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
    fields.forEach((f, j) => {
      if (!isObj(f)) return;
      if (t.required([...p, 'fields', j, 'name'], f.name)) t.maxLength([...p, 'fields', j, 'name'], f.name, 256);
      if (t.required([...p, 'fields', j, 'value'], f.value)) t.maxLength([...p, 'fields', j, 'value'], f.value, 1024);
      total += len(f.name) + len(f.value);
    });
  });
  if (total > 6000) t.add(at, 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
}

function checkLegacyComponents(t: ErrorTree, at: (string | number)[], components: unknown): void {
  const rows = arr(components);
  if (rows.length > 5) t.add(at, 'BASE_TYPE_MAX_LENGTH', 'Must be 5 or fewer in length.');
  const customIds = new Set<unknown>();
  rows.forEach((row, i) => {
    if (!isObj(row) || row.type !== 1) {
      t.add([...at, i], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
      return;
    }
    const children = arr(row.components);
    if (children.length < 1 || children.length > 5) {
      t.add([...at, i, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
    }
    const selects = children.filter((c) => isObj(c) && SELECT_MENUS.includes(c.type as number)).length;
    if (selects > 0 && children.length > 1) {
      t.add([...at, i, 'components'], 'COMPONENT_LAYOUT_WIDTH_EXCEEDED', 'The specified component exceeds the maximum width');
    }
    children.forEach((c, j) => {
      if (!isObj(c)) return;
      const p = [...at, i, 'components', j];
      t.maxLength([...p, 'label'], c.label, 80);
      t.maxLength([...p, 'custom_id'], c.custom_id, 100);
      if (c.custom_id !== undefined && c.custom_id !== null) {
        if (customIds.has(c.custom_id))
          t.add([...p, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id was already specified');
        customIds.add(c.custom_id);
      }
      if (c.type === 2) checkButton(t, p, c);
      else t.required([...p, 'custom_id'], c.custom_id);
      if (c.type === 3) {
        const options = arr(c.options);
        if (options.length < 1 || options.length > 25) {
          t.add([...p, 'options'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 25 in length.');
        }
      }
    });
  });
}

/** Checks a message create/edit body; `at` prefixes error paths (e.g. ['data'] inside an interaction callback). */
export function checkMessage(t: ErrorTree, at: (string | number)[], body: unknown, opts: { create: boolean; files: number }): void {
  if (!isObj(body)) return;
  const flags = typeof body.flags === 'number' ? body.flags : 0;
  const v2 = (flags & MessageFlag.IsComponentsV2) !== 0;
  t.maxLength([...at, 'content'], body.content, 2000);
  checkEmbeds(t, [...at, 'embeds'], body.embeds);
  if (v2) {
    if (body.content || arr(body.embeds).length) {
      t.add(
        at,
        'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
        "The 'content' and 'embeds' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2",
      );
    }
  } else if (body.components !== undefined && body.components !== null) {
    checkLegacyComponents(t, [...at, 'components'], body.components);
  }
  if (isObj(body.allowed_mentions)) {
    const parse = arr(body.allowed_mentions.parse);
    for (const [i, p] of parse.entries()) {
      if (!['roles', 'users', 'everyone'].includes(p as string)) {
        t.add([...at, 'allowed_mentions', 'parse', i], 'BASE_TYPE_CHOICES', "Value must be one of {'everyone', 'users', 'roles'}.");
      }
    }
    // "The parse field is mutually exclusive with the other fields" (Allowed Mentions Object); an empty list is no conflict.
    for (const kind of ['users', 'roles'] as const) {
      if (parse.includes(kind) && arr(body.allowed_mentions[kind]).length > 0) {
        t.add(
          [...at, 'allowed_mentions'],
          'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
          `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
        );
      }
    }
  }
  if (opts.create) {
    const empty =
      !body.content &&
      !arr(body.embeds).length &&
      !arr(body.components).length &&
      !arr(body.sticker_ids).length &&
      !body.poll &&
      opts.files === 0;
    if (empty) t.emptyMessage = true;
  }
}

export function validateMessage(body: unknown, opts: { create: boolean; files: number }): DiscordError | null {
  const t = new ErrorTree();
  checkMessage(t, [], body, opts);
  return t.result();
}

/** A choice's value for an option of each type (3 string, 4 integer, 10 number), and Discord's complaint otherwise. */
const CHOICE_VALUES: Record<number, { fits: (v: unknown) => boolean; code: string; message: (v: unknown) => string }> = {
  3: {
    fits: (v) => typeof v === 'string',
    code: 'STRING_TYPE_CONVERT',
    message: (v) => `Could not interpret ${JSON.stringify(v)} as string.`,
  },
  4: { fits: (v) => Number.isSafeInteger(v), code: 'NUMBER_TYPE_COERCE', message: (v) => `Value ${JSON.stringify(v)} is not int.` },
  10: {
    fits: (v) => typeof v === 'number' && Number.isFinite(v),
    code: 'NUMBER_TYPE_COERCE',
    message: (v) => `Value ${JSON.stringify(v)} is not a valid number.`,
  },
};

/** `focusedType`: for an autocomplete answer (type 8), the declared type of the option being typed. */
export function validateCallback(body: unknown, files: number, focusedType?: number): DiscordError | null {
  const t = new ErrorTree();
  if (!isObj(body)) {
    t.add(['type'], 'BASE_TYPE_REQUIRED', 'This field is required');
    return t.result();
  }
  const data = body.data;
  switch (body.type) {
    case 4:
      checkMessage(t, ['data'], data, { create: true, files });
      break;
    case 5: {
      // A deferred reply chooses only whether the message to come is private.
      const flags = isObj(data) && typeof data.flags === 'number' ? data.flags : 0;
      if ((flags & ~MessageFlag.Ephemeral) !== 0)
        t.add(['data', 'flags'], 'INTERACTION_RESPONSE_FLAGS_INVALID', 'Only the EPHEMERAL flag (64) can be set on a deferred response');
      break;
    }
    case 7:
      checkMessage(t, ['data'], data, { create: false, files });
      break;
    case 8: {
      const choices = isObj(data) ? arr(data.choices) : [];
      if (choices.length > 25) t.add(['data', 'choices'], 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
      choices.forEach((c, i) => {
        if (!isObj(c)) return;
        if (len(c.name) < 1 || len(c.name) > 100) {
          t.add(['data', 'choices', i, 'name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
        }
        t.maxLength(['data', 'choices', i, 'value'], c.value, 100);
        const kind = focusedType === undefined ? undefined : CHOICE_VALUES[focusedType];
        if (kind && !kind.fits(c.value)) t.add(['data', 'choices', i, 'value'], kind.code, kind.message(c.value));
      });
      break;
    }
    case 9:
      if (isObj(data)) {
        if (t.required(['data', 'title'], data.title)) t.maxLength(['data', 'title'], data.title, 45);
        if (t.required(['data', 'custom_id'], data.custom_id)) t.maxLength(['data', 'custom_id'], data.custom_id, 100);
        const rows = arr(data.components);
        if (rows.length < 1 || rows.length > 5) {
          t.add(['data', 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
        }
      } else {
        t.add(['data'], 'BASE_TYPE_REQUIRED', 'This field is required');
      }
      break;
    default:
      break;
  }
  return t.result();
}
