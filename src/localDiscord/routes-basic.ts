// Gateway discovery, the bot's own user/application, and the stand-in's one text channel.
import type { APIMessage } from 'discord.js';
import { guildCreatePayload, textChannelObject } from './fixtures.js';
import { createMessage, editMessage } from './messages.js';
import { Errors, type Route, type RouteRequest, type RouteResponse } from './router.js';
import type { StandinState } from './state.js';
import { validateMessage } from './validate-message.js';

export interface GatewayInfo {
  url: string;
}

function application(state: StandinState) {
  const { ids, botUser } = state.config;
  return {
    id: ids.applicationId,
    name: botUser.username,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    owner: { id: ids.userId, username: 'tester', discriminator: '0', global_name: 'Tester', avatar: null, flags: 0 },
    team: null,
    bot: botUser,
    approximate_guild_count: 1,
    redirect_uris: [],
    interactions_endpoint_url: null,
    integration_types_config: { '0': {} },
  };
}

function channelFor(req: RouteRequest): RouteResponse | null {
  return req.params.channelId === req.state.config.ids.channelId ? null : Errors.unknownChannel();
}

function ownMessage(req: RouteRequest): APIMessage | undefined {
  const message = req.state.messages.get(req.params.messageId!);
  return message && message.channel_id === req.params.channelId ? message : undefined;
}

export function basicRoutes(gateway: GatewayInfo): Route[] {
  const gatewayBot = {
    method: 'GET' as const,
    pattern: '/gateway/bot',
    auth: 'bot' as const,
    handle: (req: RouteRequest) => ({
      status: 200,
      body: {
        url: gateway.url,
        shards: req.state.config.shards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      },
    }),
  };
  return [
    gatewayBot,
    { method: 'GET', pattern: '/gateway', auth: 'none', handle: () => ({ status: 200, body: { url: gateway.url } }) },
    { method: 'GET', pattern: '/users/@me', auth: 'bot', handle: (req) => ({ status: 200, body: req.state.config.botUser }) },
    { method: 'GET', pattern: '/applications/@me', auth: 'bot', handle: (req) => ({ status: 200, body: application(req.state) }) },
    {
      method: 'GET',
      pattern: '/guilds/:guildId',
      auth: 'bot',
      handle: (req) => {
        if (req.params.guildId !== req.state.config.ids.guildId) return Errors.missingAccess();
        const {
          channels: _c,
          members: _m,
          voice_states: _v,
          presences: _p,
          threads: _t,
          ...guild
        } = guildCreatePayload(req.state.config.ids, req.state.config.botUser);
        return { status: 200, body: guild };
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId',
      auth: 'bot',
      handle: (req) =>
        channelFor(req) ?? { status: 200, body: textChannelObject(req.state.config.ids.channelId, req.state.config.ids.guildId) },
    },
    {
      method: 'POST',
      pattern: '/channels/:channelId/messages',
      auth: 'bot',
      handle: (req) => {
        const missing = channelFor(req);
        if (missing) return missing;
        if (req.state.config.validate) {
          const invalid = validateMessage(req.body, { create: true, files: req.files.length });
          if (invalid) return invalid;
        }
        const body = (req.body ?? {}) as { message_reference?: { message_id?: string } };
        const referenced = body.message_reference?.message_id ? req.state.messages.get(body.message_reference.message_id) : undefined;
        if (body.message_reference?.message_id && !referenced) {
          return {
            status: 400,
            body: {
              message: 'Invalid Form Body',
              code: 50035,
              errors: { message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', message: 'Unknown message' }] } },
            },
          };
        }
        const { ids } = req.state.config;
        const message = createMessage(req.body, {
          channelId: ids.channelId,
          author: req.state.config.botUser,
          type: referenced ? 19 : 0,
          files: req.files,
          extra: referenced
            ? {
                message_reference: { type: 0, message_id: referenced.id, channel_id: ids.channelId, guild_id: ids.guildId },
                referenced_message: referenced,
              }
            : {},
        });
        req.state.storeMessage(message);
        req.state.channelMessages.push(message);
        return { status: 200, body: message };
      },
    },
    {
      method: 'GET',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      handle: (req) => {
        const message = ownMessage(req);
        return channelFor(req) ?? (message ? { status: 200, body: message } : Errors.unknownMessage());
      },
    },
    {
      method: 'PATCH',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      handle: (req) => {
        const message = ownMessage(req);
        if (!message) return channelFor(req) ?? Errors.unknownMessage();
        if (req.state.config.validate) {
          const invalid = validateMessage(req.body, { create: false, files: req.files.length });
          if (invalid) return invalid;
        }
        return { status: 200, body: req.state.storeMessage(editMessage(message, req.body, req.files)) };
      },
    },
    {
      method: 'DELETE',
      pattern: '/channels/:channelId/messages/:messageId',
      auth: 'bot',
      handle: (req) => {
        const message = ownMessage(req);
        if (!message) return channelFor(req) ?? Errors.unknownMessage();
        req.state.messages.delete(message.id);
        return { status: 204 };
      },
    },
  ];
}
