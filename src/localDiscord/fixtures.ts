// Realistic Discord objects (users, members, roles, channel, guild, messages) shared by the gateway, REST and builders.
import type {
  APIGuildTextChannel,
  APIInteractionGuildMember,
  APIMessage,
  APIRole,
  APIUser,
  ChannelType,
  GatewayGuildCreateDispatchData,
  Locale,
} from 'discord.js';
import { isoFromSnowflake, snowflake } from './ids.js';
import { BOT_ROLE_PERMISSIONS, EVERYONE_PERMISSIONS, permissionsString } from './permissions.js';

export interface StandinIds {
  applicationId: string;
  guildId: string;
  channelId: string;
  botUserId: string;
  /** The human who triggers interactions unless a builder is told otherwise; also owns the guild. */
  userId: string;
}

// Bot user id == application id, as for every application created since 2019.
export const DEFAULT_IDS: Readonly<StandinIds> = Object.freeze({
  applicationId: '1250000000000000001',
  botUserId: '1250000000000000001',
  guildId: '1250000000000000100',
  channelId: '1250000000000000200',
  userId: '1250000000000000300',
});

// The flag enums have no 0 member, yet 0 is exactly what Discord sends for "no flags".
const NO_FLAGS = 0 as never;

export function userObject(init: Partial<APIUser> & { id: string }): APIUser {
  return {
    username: `user${init.id.slice(-4)}`,
    discriminator: '0',
    global_name: null,
    avatar: null,
    public_flags: NO_FLAGS,
    flags: NO_FLAGS,
    ...init,
  };
}

export function botUserObject(id: string, extra: Partial<APIUser> = {}): APIUser {
  return {
    id,
    username: 'Stand-in Bot',
    discriminator: '4242',
    global_name: null,
    avatar: null,
    bot: true,
    public_flags: NO_FLAGS,
    flags: NO_FLAGS,
    ...extra,
  };
}

/** The user who triggers interactions by default. */
export function defaultUser(id: string = DEFAULT_IDS.userId): APIUser {
  return userObject({ id, username: 'tester', global_name: 'Tester' });
}

export function interactionMember(
  user: APIUser,
  permissions: bigint | string = EVERYONE_PERMISSIONS,
  roles: string[] = [],
): APIInteractionGuildMember {
  return {
    user,
    roles,
    permissions: permissionsString(permissions),
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    pending: false,
    communication_disabled_until: null,
    flags: NO_FLAGS,
    deaf: false,
    mute: false,
  };
}

export function roleObject(init: Partial<APIRole> & { id: string; name: string }): APIRole {
  return {
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: '0',
    managed: false,
    mentionable: false,
    flags: NO_FLAGS,
    ...init,
  };
}

export function textChannelObject(id: string, guildId: string, name = 'general'): APIGuildTextChannel<ChannelType.GuildText> {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    parent_id: null,
    flags: NO_FLAGS,
    default_thread_rate_limit_per_user: 0,
    last_pin_timestamp: null,
  };
}

export function botRoleId(ids: StandinIds): string {
  // Deterministic so tests can reference it; derived rather than configured because nobody needs to choose it.
  return (BigInt(ids.guildId) + 1n).toString();
}

export function guildCreatePayload(ids: StandinIds, bot: APIUser): GatewayGuildCreateDispatchData {
  const botRole = botRoleId(ids);
  return {
    id: ids.guildId,
    name: 'Stand-in Guild',
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: ids.userId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles: [
      roleObject({ id: ids.guildId, name: '@everyone', permissions: permissionsString(EVERYONE_PERMISSIONS) }),
      roleObject({
        id: botRole,
        name: bot.username,
        position: 1,
        permissions: permissionsString(BOT_ROLE_PERMISSIONS),
        managed: true,
        tags: { bot_id: bot.id },
      }),
    ],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: ids.channelId,
    system_channel_flags: NO_FLAGS,
    rules_channel_id: null,
    max_presences: null,
    max_members: 500000,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: 'en-US' as Locale,
    public_updates_channel_id: null,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    nsfw_level: 0,
    stickers: [],
    premium_progress_bar_enabled: false,
    safety_alerts_channel_id: null,
    hub_type: null,
    incidents_data: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [
      {
        user: bot,
        roles: [botRole],
        nick: null,
        avatar: null,
        banner: null,
        premium_since: null,
        joined_at: new Date().toISOString(),
        pending: false,
        communication_disabled_until: null,
        flags: NO_FLAGS,
        deaf: false,
        mute: false,
      },
    ],
    channels: [textChannelObject(ids.channelId, ids.guildId)],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** A complete message object; `init` wins over every default. */
export function messageObject(init: Partial<APIMessage> & { channel_id: string; author: APIUser }): APIMessage {
  const id = init.id ?? snowflake();
  return {
    id,
    content: '',
    timestamp: isoFromSnowflake(id),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: NO_FLAGS,
    components: [],
    ...init,
  };
}
