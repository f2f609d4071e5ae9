// The local Discord refuses what Discord refuses: each bad request answered with Discord's status, JSON error code and
// form errors (the "Application Commands", "Message", "Component Reference" and "Receiving and Responding" doc pages).
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocompleteInteraction, chatInputInteraction, startDiscordStandin, type DiscordStandin } from '../../src/localDiscord/index.js';
import { logIn, standinClient } from '../helpers/standinClient.js';

let discord: DiscordStandin;
let client: Client;

beforeAll(async () => {
  discord = await startDiscordStandin();
  client = standinClient(discord);
  await logIn(client, discord);
}, 20_000);

afterAll(async () => {
  await client?.destroy();
  await discord?.close();
});

async function send(
  method: string,
  path: string,
  body: unknown,
): Promise<{ status: number; body: { code?: number; errors?: unknown } | null }> {
  const response = await fetch(`${discord.apiUrl}/v10${path}`, {
    method,
    headers: { authorization: `Bot ${discord.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: response.status === 204 ? null : ((await response.json()) as { code?: number }) };
}

/** Every form error as `path CODE`, e.g. `0.options.1.name APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME`. */
function formErrors(tree: unknown, at: string[] = []): string[] {
  if (typeof tree !== 'object' || tree === null) return [];
  return Object.entries(tree).flatMap(([key, value]) =>
    key === '_errors' ? (value as { code: string }[]).map((e) => `${at.join('.')} ${e.code}`.trim()) : formErrors(value, [...at, key]),
  );
}

const registerCommands = (commands: unknown[]) =>
  send('PUT', `/applications/${discord.ids.applicationId}/guilds/${discord.ids.guildId}/commands`, commands);
const postMessage = (message: Record<string, unknown>) =>
  send('POST', `/channels/${discord.ids.channelId}/messages`, { content: 'x', ...message });

const slash = (extra: Record<string, unknown> = {}) => ({ type: 1, name: 'quote', description: 'A passage', ...extra });
const stringOption = (extra: Record<string, unknown> = {}) => ({ type: 3, name: 'words', description: 'Words', ...extra });
const choices = (n: number, size: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${i}`.padEnd(size, 'n'), value: `${i}`.padEnd(size, 'v') }));
const button = (extra: Record<string, unknown>) => ({ type: 2, label: 'Go', ...extra });
const row = (...components: unknown[]) => ({ type: 1, components });

describe('registering commands', () => {
  const refused: [string, unknown[], string][] = [
    [
      'a choice name over 100 characters',
      [slash({ options: [stringOption({ choices: [{ name: 'n'.repeat(101), value: 'v' }] })] })],
      '0.options.0.choices.0.name BASE_TYPE_BAD_LENGTH',
    ],
    [
      'a choice string value over 100 characters',
      [slash({ options: [stringOption({ choices: [{ name: 'n', value: 'v'.repeat(101) }] })] })],
      '0.options.0.choices.0.value BASE_TYPE_MAX_LENGTH',
    ],
    ['min_length below 0', [slash({ options: [stringOption({ min_length: -1 })] })], '0.options.0.min_length NUMBER_TYPE_MIN'],
    ['max_length above 6000', [slash({ options: [stringOption({ max_length: 6001 })] })], '0.options.0.max_length NUMBER_TYPE_MAX'],
    ['max_length of 0', [slash({ options: [stringOption({ max_length: 0 })] })], '0.options.0.max_length NUMBER_TYPE_MIN'],
    ['an unknown option type', [slash({ options: [stringOption({ type: 12 })] })], '0.options.0.type BASE_TYPE_CHOICES'],
    ['an invalid context', [slash({ contexts: [0, 3] })], '0.contexts.1 BASE_TYPE_CHOICES'],
    ['empty integration_types', [slash({ integration_types: [] })], '0.integration_types BASE_TYPE_MIN_LENGTH'],
    [
      'duplicate option names',
      [slash({ options: [stringOption(), stringOption()] })],
      '0.options.1.name APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME',
    ],
    [
      'a command over 8000 characters with its options and choices',
      [slash({ options: Array.from({ length: 10 }, (_, i) => stringOption({ name: `o${i}`, choices: choices(25, 20) })) })],
      '0 APPLICATION_COMMAND_TOO_LARGE',
    ],
    [
      'options on a message command',
      [{ type: 3, name: 'Verify quote', options: [stringOption()] }],
      '0.options APPLICATION_COMMAND_CONTEXT_MENU_OPTIONS',
    ],
    [
      'default_member_permissions that is not a number',
      [slash({ default_member_permissions: 'manage' })],
      '0.default_member_permissions NUMBER_TYPE_COERCE',
    ],
    [
      'default_member_permissions beyond the permission bits',
      [slash({ default_member_permissions: String(1n << 54n) })],
      '0.default_member_permissions NUMBER_TYPE_MAX',
    ],
  ];
  for (const [what, body, error] of refused) {
    it(`refuses ${what}`, async () => {
      const response = await registerCommands(body);
      expect([response.status, response.body?.code]).toEqual([400, 50035]);
      expect(formErrors(response.body?.errors)).toContain(error);
    });
  }

  const many = (type: number, n: number) =>
    Array.from({ length: n }, (_, i) => (type === 1 ? slash({ name: `c${i}` }) : { type, name: `C${i}` }));
  for (const [what, type, limit] of [
    ['slash', 1, 100],
    ['message', 3, 15],
    ['user', 2, 15],
  ] as const) {
    it(`accepts ${limit} ${what} commands and refuses ${limit + 1} with 30032`, async () => {
      expect((await registerCommands(many(type, limit))).status).toBe(200);
      const response = await registerCommands(many(type, limit + 1));
      expect([response.status, response.body?.code]).toEqual([400, 30032]);
    });
  }
});

describe('sending messages', () => {
  const refused: [string, Record<string, unknown>, string][] = [
    [
      'duplicate custom_ids',
      { components: [row(button({ style: 1, custom_id: 'a' })), row(button({ style: 2, custom_id: 'a' }))] },
      'components.1.components.0.custom_id COMPONENT_CUSTOM_ID_DUPLICATED',
    ],
    [
      'an invalid button style',
      { components: [row(button({ style: 7, custom_id: 'a' }))] },
      'components.0.components.0.style BASE_TYPE_CHOICES',
    ],
    [
      'a link button with a custom_id',
      { components: [row(button({ style: 5, url: 'https://example.org', custom_id: 'a' }))] },
      'components.0.components.0.custom_id BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED',
    ],
    [
      'a non-link button with a url',
      { components: [row(button({ style: 1, custom_id: 'a', url: 'https://example.org' }))] },
      'components.0.components.0.url BUTTON_COMPONENT_URL_NOT_ALLOWED',
    ],
    [
      'a premium button with a label',
      { components: [row({ type: 2, style: 6, sku_id: '1250000000000000900', label: 'Buy' })] },
      'components.0.components.0.label BUTTON_COMPONENT_PREMIUM_FIELD_NOT_ALLOWED',
    ],
    [
      'a premium button without its sku_id',
      { components: [row({ type: 2, style: 6 })] },
      'components.0.components.0.sku_id BASE_TYPE_REQUIRED',
    ],
    [
      'a select menu and a button in one row',
      { components: [row({ type: 3, custom_id: 's', options: [{ label: 'a', value: 'a' }] }, button({ style: 1, custom_id: 'b' }))] },
      'components.0.components COMPONENT_LAYOUT_WIDTH_EXCEEDED',
    ],
    [
      'allowed_mentions parsing users and listing users',
      { allowed_mentions: { parse: ['users'], users: ['1250000000000000300'] } },
      'allowed_mentions MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
    ],
    ['an embed colour above 0xFFFFFF', { embeds: [{ description: 'd', color: 0x1000000 }] }, 'embeds.0.color NUMBER_TYPE_MAX'],
    ['a malformed embed url', { embeds: [{ description: 'd', url: 'not a url' }] }, 'embeds.0.url URL_TYPE_INVALID_URL'],
    [
      'a malformed embed author url',
      { embeds: [{ description: 'd', author: { name: 'a', url: 'ftp://example.org' } }] },
      'embeds.0.author.url URL_TYPE_INVALID_SCHEME',
    ],
    ['a malformed embed timestamp', { embeds: [{ description: 'd', timestamp: 'yesterday' }] }, 'embeds.0.timestamp DATE_TIME_TYPE_PARSE'],
  ];
  for (const [what, body, error] of refused) {
    it(`refuses ${what}`, async () => {
      const response = await postMessage(body);
      expect([response.status, response.body?.code]).toEqual([400, 50035]);
      expect(formErrors(response.body?.errors)).toContain(error);
    });
  }

  it('accepts what those rules allow: a link button, an empty users list beside parse, a colour, url and timestamp', async () => {
    const response = await postMessage({
      components: [row(button({ style: 5, url: 'https://example.org' }), button({ style: 1, custom_id: 'a' }))],
      allowed_mentions: { parse: ['users'], users: [] },
      embeds: [{ description: 'd', color: 0xffffff, url: 'https://example.org/a', timestamp: '2025-03-01T12:00:00.000Z' }],
    });
    expect(response.status).toBe(200);
  });
});

describe('answering interactions', () => {
  const callback = (handle: { id: string; token: string }, body: unknown) =>
    send('POST', `/interactions/${handle.id}/${handle.token}/callback`, body);

  it('refuses a deferred reply with flags other than EPHEMERAL, and accepts EPHEMERAL', async () => {
    await registerCommands([slash()]);
    const handle = discord.sendInteraction(chatInputInteraction('quote'));
    const refused = await callback(handle, { type: 5, data: { flags: 64 | 4 } });
    expect([refused.status, refused.body?.code]).toEqual([400, 50035]);
    expect(formErrors(refused.body?.errors)).toEqual(['data.flags INTERACTION_RESPONSE_FLAGS_INVALID']);
    expect((await callback(handle, { type: 5, data: { flags: 64 } })).status).toBe(204);
  });

  it('refuses autocomplete choices whose values are not of the option type', async () => {
    const number = { type: 4, name: 'count', description: 'How many', autocomplete: true };
    await registerCommands([slash({ options: [stringOption({ autocomplete: true }), number] })]);
    const typing = (focused: string) => discord.sendInteraction(autocompleteInteraction('quote', { words: 'a', count: 1 }, { focused }));
    const forWords = await callback(typing('words'), { type: 8, data: { choices: [{ name: 'one', value: 1 }] } });
    expect(formErrors(forWords.body?.errors)).toEqual(['data.choices.0.value STRING_TYPE_CONVERT']);
    const forCount = await callback(typing('count'), { type: 8, data: { choices: [{ name: 'one', value: 'one' }] } });
    expect(formErrors(forCount.body?.errors)).toEqual(['data.choices.0.value NUMBER_TYPE_COERCE']);
    expect((await callback(typing('count'), { type: 8, data: { choices: [{ name: 'one', value: 1 }] } })).status).toBe(204);
  });

  it("refuses follow-ups and edits once the interaction token's 15 minutes are over", async () => {
    await registerCommands([slash()]);
    const handle = discord.sendInteraction(chatInputInteraction('quote'));
    expect((await callback(handle, { type: 4, data: { content: 'answer' } })).status).toBe(204);
    const webhook = `/webhooks/${discord.ids.applicationId}/${handle.token}`;
    expect((await send('POST', webhook, { content: 'within 15 minutes' })).status).toBe(204);
    discord.advanceClock(15 * 60_000 + 1_000);
    for (const [method, path] of [
      ['POST', webhook],
      ['PATCH', `${webhook}/messages/@original`],
    ] as const) {
      const late = await send(method, path, { content: 'too late' });
      expect([late.status, late.body?.code]).toEqual([401, 50027]);
    }
  });
});

describe('text', () => {
  it('refuses half of a surrogate pair anywhere in a body, as text that is not Unicode', async () => {
    // JSON.stringify escapes a lone surrogate as `\ud83d`, which is how a cut through an emoji reaches Discord.
    expect(await postMessage({ content: 'half \ud83d emoji' })).toMatchObject({ status: 400, body: { code: 50109 } });
    expect(await postMessage({ embeds: [{ title: 'fine', description: 'cut \udc00' }] })).toMatchObject({
      status: 400,
      body: { code: 50109 },
    });
    expect(await postMessage({ content: 'whole 😀 emoji' })).toMatchObject({ status: 200 });
  });
});
