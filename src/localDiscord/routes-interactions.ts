// Interaction callback and interaction-webhook routes (reply, defer, update, follow-ups, @original edits).
import type { APIInteraction, APIMessage } from 'discord.js';
import { createMessage, editMessage } from './messages.js';
import { Errors, type Route, type RouteRequest, type RouteResponse } from './router.js';
import type { InteractionCallbackBody, InteractionRecord, StandinState } from './state.js';
import { MessageFlag, validateCallback, validateMessage } from './validate-message.js';

const InteractionType = { Ping: 1, ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4, ModalSubmit: 5 };
const Callback = { Pong: 1, Message: 4, DeferredMessage: 5, DeferredUpdate: 6, Update: 7, Autocomplete: 8, Modal: 9 };

const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [InteractionType.Ping]: [Callback.Pong],
  [InteractionType.ApplicationCommand]: [Callback.Message, Callback.DeferredMessage, Callback.Modal],
  [InteractionType.MessageComponent]: [
    Callback.Message,
    Callback.DeferredMessage,
    Callback.DeferredUpdate,
    Callback.Update,
    Callback.Modal,
  ],
  [InteractionType.Autocomplete]: [Callback.Autocomplete],
  [InteractionType.ModalSubmit]: [Callback.Message, Callback.DeferredMessage, Callback.DeferredUpdate, Callback.Update],
};

type RawOption = { type: number; focused?: boolean; options?: RawOption[] };

/** The declared type of the option an autocomplete interaction is for, which its choices' values must have. */
function focusedOptionType(payload: APIInteraction): number | undefined {
  const find = (options: RawOption[] = []): RawOption | undefined =>
    options.find((o) => o.focused) ?? options.map((o) => find(o.options)).find((o) => o !== undefined);
  return payload.type === InteractionType.Autocomplete ? find((payload.data as { options?: RawOption[] }).options)?.type : undefined;
}

function originalMessageType(record: InteractionRecord): number {
  const { payload } = record;
  if (payload.type !== InteractionType.ApplicationCommand) return 0;
  return (payload.data as { type?: number }).type === 1 ? 20 : 23;
}

function interactionMetadata(record: InteractionRecord): Partial<APIMessage> {
  const p = record.payload;
  const user = p.member?.user ?? p.user!;
  const data = (p.data ?? {}) as { name?: string; type?: number; target_id?: string };
  return {
    webhook_id: p.application_id,
    application_id: p.application_id,
    interaction_metadata: {
      id: p.id,
      type: p.type,
      user,
      authorizing_integration_owners: p.authorizing_integration_owners,
      ...(p.type === InteractionType.ApplicationCommand ? { name: data.name, command_type: data.type } : {}),
      ...(p.type === InteractionType.ApplicationCommand && data.type === 3 ? { target_message_id: data.target_id } : {}),
      ...(p.type === InteractionType.MessageComponent && p.message ? { interacted_message_id: p.message.id } : {}),
    } as APIMessage['interaction_metadata'],
    ...(data.name ? { interaction: { id: p.id, type: p.type, name: data.name, user } } : {}),
  };
}

function newInteractionMessage(
  state: StandinState,
  record: InteractionRecord,
  body: unknown,
  type: number,
  req: RouteRequest,
  extra: Partial<APIMessage> = {},
): APIMessage {
  const message = createMessage(body, {
    channelId: record.payload.channel?.id ?? state.config.ids.channelId,
    author: state.config.botUser,
    type,
    files: req.files,
    extra: { ...interactionMetadata(record), ...extra },
  });
  record.messageIds.add(message.id);
  return state.storeMessage(message);
}

function callbackResponse(record: InteractionRecord, type: number, message: APIMessage | null) {
  return {
    interaction: {
      id: record.payload.id,
      type: record.payload.type,
      ...(message
        ? {
            response_message_id: message.id,
            response_message_loading: ((message.flags ?? 0) & MessageFlag.Loading) !== 0,
            response_message_ephemeral: ((message.flags ?? 0) & MessageFlag.Ephemeral) !== 0,
          }
        : {}),
    },
    resource: { type, ...(message ? { message } : {}) },
  };
}

/** POST /interactions/{id}/{token}/callback, and an HTTP-mode endpoint's response (which Discord judges the same way). */
export function handleCallback(req: RouteRequest): RouteResponse {
  const { state } = req;
  const record = state.interactions.get(req.params.interactionId!);
  if (!record || record.payload.token !== req.params.token) return Errors.unknownInteraction();
  const deadline = state.config.interactionDeadlineMs;
  if (deadline > 0 && state.now() - record.dispatchedAt > deadline)
    return { ...Errors.unknownInteraction(), interactionId: record.payload.id };
  const linked = (r: RouteResponse): RouteResponse => ({ ...r, interactionId: record.payload.id });
  if (record.callback) return linked(Errors.alreadyAcknowledged());

  const body = (req.body ?? {}) as InteractionCallbackBody;
  const allowed = ALLOWED_CALLBACKS[record.payload.type] ?? [];
  const needsMessage = body.type === Callback.DeferredUpdate || body.type === Callback.Update;
  if (!allowed.includes(body.type) || (needsMessage && !record.payload.message)) {
    return linked({
      status: 400,
      body: {
        message: 'Invalid Form Body',
        code: 50035,
        errors: {
          type: {
            _errors: [
              {
                code: 'INTERACTION_RESPONSE_TYPE_INVALID',
                message: `Response type ${body.type} is not valid for interaction type ${record.payload.type}`,
              },
            ],
          },
        },
      },
    });
  }
  if (state.config.validate) {
    const invalid = validateCallback(body, req.files.length, focusedOptionType(record.payload));
    if (invalid) return linked(invalid);
  }

  let message: APIMessage | null = null;
  const component = record.payload.message ? state.messages.get(record.payload.message.id) : undefined;
  if (needsMessage && !component) return linked(Errors.unknownMessage());
  switch (body.type) {
    case Callback.Message:
      message = newInteractionMessage(state, record, body.data, originalMessageType(record), req);
      break;
    case Callback.DeferredMessage: {
      const ephemeral = ((body.data?.flags as number | undefined) ?? 0) & MessageFlag.Ephemeral;
      message = newInteractionMessage(state, record, {}, originalMessageType(record), req, { flags: MessageFlag.Loading | ephemeral });
      break;
    }
    case Callback.Update:
      message = state.storeMessage(editMessage(component!, body.data, req.files));
      record.messageIds.add(message.id);
      break;
    case Callback.DeferredUpdate:
      record.messageIds.add(component!.id);
      break;
    default:
      break;
  }
  record.originalMessageId = message?.id ?? (needsMessage ? component!.id : null);
  const response =
    req.query.with_response === 'true' ? { status: 200, body: callbackResponse(record, body.type, message) } : { status: 204 };
  return linked({ ...response, onRecorded: (recorded) => (record.callback = recorded) });
}

/** "Interaction tokens are valid for 15 minutes" (Receiving and Responding): then follow-ups and edits are refused. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

function webhookRecord(req: RouteRequest): InteractionRecord | RouteResponse {
  const record = req.state.interactionByToken(req.params.token!);
  if (!record || req.params.appId !== req.state.config.ids.applicationId) return Errors.unknownWebhook();
  // The webhook only exists once Discord has been told about the interaction.
  if (!record.callback) return { ...Errors.unknownWebhook(), interactionId: record.payload.id };
  if (req.state.now() - record.dispatchedAt > TOKEN_LIFETIME_MS)
    return { ...Errors.invalidWebhookToken(), interactionId: record.payload.id };
  return record;
}

function targetMessage(req: RouteRequest, record: InteractionRecord): APIMessage | RouteResponse {
  const id = req.params.messageId === '@original' ? record.originalMessageId : req.params.messageId!;
  const message = id && record.messageIds.has(id) ? req.state.messages.get(id) : undefined;
  return message ?? { ...Errors.unknownMessage(), interactionId: record.payload.id };
}

const isResponse = (v: object): v is RouteResponse => 'status' in v && typeof v.status === 'number';

function followUp(req: RouteRequest): RouteResponse {
  const record = webhookRecord(req);
  if (isResponse(record)) return record;
  const linked = (r: RouteResponse): RouteResponse => ({ ...r, interactionId: record.payload.id });
  const { state } = req;
  if (state.config.validate) {
    const invalid = validateMessage(req.body, { create: true, files: req.files.length });
    if (invalid) return linked(invalid);
  }
  record.followups++;
  const original = record.originalMessageId ? state.messages.get(record.originalMessageId) : undefined;
  let message: APIMessage;
  if (record.followups === 1 && original && (original.flags ?? 0) & MessageFlag.Loading) {
    // Discord resolves a deferred "thinking" reply with the first follow-up, keeping the defer's ephemerality.
    message = state.storeMessage(editMessage(original, { ...(req.body as object), flags: undefined }, req.files));
  } else {
    const { ids } = state.config;
    message = newInteractionMessage(
      state,
      record,
      req.body,
      original ? 19 : 0,
      req,
      original ? { message_reference: { type: 0, message_id: original.id, channel_id: original.channel_id, guild_id: ids.guildId } } : {},
    );
  }
  return linked(req.query.wait === 'true' ? { status: 200, body: message } : { status: 204 });
}

function webhookMessageRoute(method: 'GET' | 'PATCH' | 'DELETE'): Route {
  return {
    method,
    pattern: '/webhooks/:appId/:token/messages/:messageId',
    auth: 'none',
    handle: (req) => {
      const record = webhookRecord(req);
      if (isResponse(record)) return record;
      const message = targetMessage(req, record);
      if (isResponse(message)) return message;
      const linked = (r: RouteResponse): RouteResponse => ({ ...r, interactionId: record.payload.id });
      if (method === 'GET') return linked({ status: 200, body: message });
      if (method === 'DELETE') {
        req.state.messages.delete(message.id);
        return linked({ status: 204 });
      }
      if (req.state.config.validate) {
        const invalid = validateMessage(req.body, { create: false, files: req.files.length });
        if (invalid) return linked(invalid);
      }
      return linked({ status: 200, body: req.state.storeMessage(editMessage(message, req.body, req.files)) });
    },
  };
}

export const interactionRoutes: Route[] = [
  { method: 'POST', pattern: '/interactions/:interactionId/:token/callback', auth: 'none', handle: handleCallback },
  { method: 'POST', pattern: '/webhooks/:appId/:token', auth: 'none', handle: followUp },
  webhookMessageRoute('GET'),
  webhookMessageRoute('PATCH'),
  webhookMessageRoute('DELETE'),
];
