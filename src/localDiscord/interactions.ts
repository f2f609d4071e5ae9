// Builders for the INTERACTION_CREATE payloads Discord sends, complete enough for discord.js to construct every interaction class.
import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandInteractionDataBasicOption,
  APIApplicationCommandInteractionDataOption,
  APIChatInputApplicationCommandInteraction,
  APIInteractionGuildMember,
  APIMessage,
  APIMessageApplicationCommandInteraction,
  APIMessageComponentButtonInteraction,
  APIModalSubmitInteraction,
  APIUser,
  Locale,
} from 'discord.js';
import { DEFAULT_IDS, botUserObject, defaultUser, interactionMember, messageObject, textChannelObject } from './fixtures.js';
import { BOT_ROLE_PERMISSIONS, EVERYONE_PERMISSIONS, permissionsString } from './permissions.js';
import { interactionToken, snowflake } from './ids.js';

export interface InteractionContext {
  /** Who triggers it; defaults to the stand-in's default user (or `member.user`). */
  user?: APIUser;
  member?: APIInteractionGuildMember;
  /** `null` makes it a DM interaction (no guild, no member). */
  guildId?: string | null;
  channelId?: string;
  applicationId?: string;
  botUserId?: string;
  /** Where in a server: a thread (`{ type: 11, parent_id }`; a forum post is one too), a voice channel (`{ type: 2 }`)… */
  channel?: { type: number; parent_id?: string | null; name?: string };
  /** Discord's interaction context type (0 server, 1 DM with the bot, 2 other DMs); defaults follow `guildId`. */
  context?: 0 | 1 | 2;
  /** `authorizing_integration_owners`: `{ "1": userId }` alone for an app the user installed, not the server. */
  integrationOwners?: Record<string, string>;
  /** The invoking member's computed permissions. */
  permissions?: bigint | string;
  /** The bot's computed permissions in the channel. */
  appPermissions?: bigint | string;
  locale?: string;
}

type OptionScalar = string | number | boolean;
/** Either raw API options, or `{ name: value }` (types inferred; `{ type, value }` to force one, e.g. 10 for a whole-number NUMBER). */
export type ChatInputOptions =
  APIApplicationCommandInteractionDataOption[] | Record<string, OptionScalar | { type: number; value: OptionScalar }>;

const InteractionType = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 } as const;

function inferOptionType(value: OptionScalar): number {
  if (typeof value === 'boolean') return 5;
  if (typeof value === 'number') return Number.isInteger(value) ? 4 : 10;
  return 3;
}

function toOptions(options: ChatInputOptions | undefined): APIApplicationCommandInteractionDataBasicOption[] {
  if (!options) return [];
  if (Array.isArray(options)) return options as APIApplicationCommandInteractionDataBasicOption[];
  return Object.entries(options).map(([name, raw]) => {
    const { type, value } = typeof raw === 'object' ? raw : { type: inferOptionType(raw), value: raw };
    return { name, type, value };
  });
}

/** "cmd sub" and "cmd group sub" become nested subcommand options, as Discord sends them. */
function commandData(fullName: string, options: APIApplicationCommandInteractionDataOption[]) {
  const [name = fullName, ...path] = fullName.trim().split(/\s+/);
  let nested: APIApplicationCommandInteractionDataOption[] = options;
  for (let i = path.length - 1; i >= 0; i--) {
    const type = i === path.length - 1 ? 1 : 2;
    nested = [{ name: path[i]!, type, options: nested } as APIApplicationCommandInteractionDataOption];
  }
  return { id: snowflake(), name, type: 1 as const, ...(nested.length ? { options: nested } : {}) };
}

function base(ctx: InteractionContext) {
  const applicationId = ctx.applicationId ?? DEFAULT_IDS.applicationId;
  const channelId = ctx.channelId ?? DEFAULT_IDS.channelId;
  const guildId = ctx.guildId === undefined ? DEFAULT_IDS.guildId : ctx.guildId;
  const user = ctx.user ?? ctx.member?.user ?? defaultUser();
  const appPermissions = permissionsString(ctx.appPermissions ?? EVERYONE_PERMISSIONS | BOT_ROLE_PERMISSIONS);
  const common = {
    id: snowflake(),
    application_id: applicationId,
    token: interactionToken(),
    version: 1 as const,
    app_permissions: appPermissions,
    locale: (ctx.locale ?? 'en-US') as Locale,
    entitlements: [],
    attachment_size_limit: 10 * 1024 * 1024,
  };
  if (guildId === null) {
    return {
      ...common,
      user,
      channel: { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [user], ...ctx.channel },
      channel_id: channelId,
      // Guild-install apps used in the bot's DM report owner "0".
      authorizing_integration_owners: ctx.integrationOwners ?? { '0': '0' },
      context: ctx.context ?? 1,
    };
  }
  const member = ctx.member ?? interactionMember(user, ctx.permissions ?? EVERYONE_PERMISSIONS);
  return {
    ...common,
    guild_id: guildId,
    guild: { id: guildId, locale: 'en-US', features: [] },
    guild_locale: 'en-US' as Locale,
    member: { ...member, user },
    channel: { ...textChannelObject(channelId, guildId), ...ctx.channel, permissions: appPermissions },
    channel_id: channelId,
    authorizing_integration_owners: ctx.integrationOwners ?? { '0': guildId },
    context: ctx.context ?? 0,
  };
}

export function chatInputInteraction(
  name: string,
  options?: ChatInputOptions,
  ctx: InteractionContext = {},
): APIChatInputApplicationCommandInteraction {
  return {
    ...base(ctx),
    type: InteractionType.ApplicationCommand,
    data: commandData(name, toOptions(options)),
  } as APIChatInputApplicationCommandInteraction;
}

/** `focused` names the option being typed; defaults to the first string option. Its value stays a string, as Discord sends it. */
export function autocompleteInteraction(
  name: string,
  options: ChatInputOptions = {},
  ctx: InteractionContext & { focused?: string } = {},
): APIApplicationCommandAutocompleteInteraction {
  const opts = toOptions(options);
  const focusedName = ctx.focused ?? opts.find((o) => o.type === 3)?.name ?? opts[0]?.name;
  const withFocus = opts.map((o) => (o.name === focusedName ? { ...o, value: 'value' in o ? String(o.value) : '', focused: true } : o));
  return {
    ...base(ctx),
    type: InteractionType.Autocomplete,
    data: commandData(name, withFocus as APIApplicationCommandInteractionDataOption[]),
  } as APIApplicationCommandAutocompleteInteraction;
}

/** The message a component sits on: by default a bot message carrying one primary button with `customId`. */
export function componentMessage(customId: string, ctx: InteractionContext, init: Partial<APIMessage> = {}): APIMessage {
  const applicationId = ctx.applicationId ?? DEFAULT_IDS.applicationId;
  return messageObject({
    channel_id: ctx.channelId ?? DEFAULT_IDS.channelId,
    author: botUserObject(ctx.botUserId ?? DEFAULT_IDS.botUserId),
    application_id: applicationId,
    components: [{ type: 1, id: 1, components: [{ type: 2, id: 2, style: 1, label: 'Button', custom_id: customId }] }],
    ...init,
  });
}

export function buttonInteraction(
  customId: string,
  ctx: InteractionContext & { message?: Partial<APIMessage> } = {},
): APIMessageComponentButtonInteraction {
  return {
    ...base(ctx),
    type: InteractionType.MessageComponent,
    message: componentMessage(customId, ctx, ctx.message),
    data: { custom_id: customId, component_type: 2 },
  } as APIMessageComponentButtonInteraction;
}

export function messageContextInteraction(
  name: string,
  targetMessage: Partial<APIMessage> = {},
  ctx: InteractionContext = {},
): APIMessageApplicationCommandInteraction {
  const target = messageObject({
    channel_id: ctx.channelId ?? DEFAULT_IDS.channelId,
    author: defaultUser(),
    ...targetMessage,
  });
  return {
    ...base(ctx),
    type: InteractionType.ApplicationCommand,
    data: { id: snowflake(), name, type: 3, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  } as APIMessageApplicationCommandInteraction;
}

/** A modal submitted with text inputs `{ customId: value }`; pass `message` when the modal was opened from a component. */
export function modalSubmitInteraction(
  customId: string,
  fields: Record<string, string>,
  ctx: InteractionContext & { message?: APIMessage } = {},
): APIModalSubmitInteraction {
  let id = 0;
  const components = Object.entries(fields).map(([fieldId, value]) => ({
    type: 1,
    id: ++id,
    components: [{ type: 4, id: ++id, custom_id: fieldId, value }],
  }));
  return {
    ...base(ctx),
    type: InteractionType.ModalSubmit,
    ...(ctx.message ? { message: ctx.message } : {}),
    data: { custom_id: customId, components },
  } as APIModalSubmitInteraction;
}
