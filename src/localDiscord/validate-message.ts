// Discord's documented message limits, so a reply Discord would refuse with a 400 is refused here too.
import { ErrorTree, arr, isObj, len, type DiscordError } from './form-errors.js';

export const MessageFlag = { SuppressEmbeds: 4, Ephemeral: 64, Loading: 128, SuppressNotifications: 4096, IsComponentsV2: 32768 };

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
  rows.forEach((row, i) => {
    if (!isObj(row) || row.type !== 1) {
      t.add([...at, i], 'UNION_TYPE_CHOICES', 'Value of field "type" must be one of (1,).');
      return;
    }
    const children = arr(row.components);
    if (children.length < 1 || children.length > 5) {
      t.add([...at, i, 'components'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 5 in length.');
    }
    children.forEach((c, j) => {
      if (!isObj(c)) return;
      const p = [...at, i, 'components', j];
      t.maxLength([...p, 'label'], c.label, 80);
      t.maxLength([...p, 'custom_id'], c.custom_id, 100);
      const isLink = c.type === 2 && c.style === 5;
      const isPremium = c.type === 2 && c.style === 6;
      if (isLink) t.required([...p, 'url'], c.url);
      else if (!isPremium) t.required([...p, 'custom_id'], c.custom_id);
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
      t.add(at, 'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2', 'The \'content\' and \'embeds\' fields cannot be used when using MessageFlags.IS_COMPONENTS_V2');
    }
  } else if (body.components !== undefined && body.components !== null) {
    checkLegacyComponents(t, [...at, 'components'], body.components);
  }
  if (isObj(body.allowed_mentions)) {
    for (const [i, p] of arr(body.allowed_mentions.parse).entries()) {
      if (!['roles', 'users', 'everyone'].includes(p as string)) {
        t.add([...at, 'allowed_mentions', 'parse', i], 'BASE_TYPE_CHOICES', 'Value must be one of {\'everyone\', \'users\', \'roles\'}.');
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

export function validateCallback(body: unknown, files: number): DiscordError | null {
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
