// The HTTP mode's answers: the first interaction callback discord.js sends becomes the body of the HTTP response to
// Discord's webhook instead of a REST call; every other request goes on to Discord. An interaction not acknowledged in
// time is deferred in the response, and its late answer is turned into the edit or follow-up Discord expects.
import {
  DefaultRestOptions,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
  type ResponseLike,
  type RESTOptions,
} from 'discord.js';

/** Discord's deadline for the first answer is 3 s ("Receiving and Responding"); this leaves room for the network. */
export const ACK_WITHIN_MS = 2500;

type MakeRequest = RESTOptions['makeRequest'];

const CALLBACK = /\/interactions\/(\d+)\/([^/?]+)\/callback(?:\?(.*))?$/u;

interface Pending {
  raw: APIInteraction;
  answered: boolean;
  /** Set when the response was made here (a deferral, or no suggestions) rather than by the bot. */
  deferredHere?: InteractionResponseType;
  /** The dispatch of this interaction, once discord.js has handed it over. */
  done?: Promise<void>;
  /** Gives the HTTP response its body (undefined: nothing will answer). */
  finish(body: APIInteractionResponse | undefined): void;
}

/** Node's Response is what REST reads; only the stream types of the two declarations differ. */
const asResponseLike = (response: Response) => response as unknown as ResponseLike;

const noContent = () => asResponseLike(new Response(null, { status: 204 }));

/** What Discord answers a callback with `?with_response=true`: nothing of the message is known before Discord posts it. */
function callbackResponse(raw: APIInteraction, type: InteractionResponseType): ResponseLike {
  return asResponseLike(Response.json({ interaction: { id: raw.id, type: raw.type }, resource: { type } }));
}

/** A deferral the bot did not ask for: private for commands (as `defers` makes them), a silent one for buttons. */
function deferralFor(raw: APIInteraction): APIInteractionResponse {
  if (raw.type === InteractionType.ApplicationCommandAutocomplete)
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  if (raw.type === InteractionType.MessageComponent) return { type: InteractionResponseType.DeferredMessageUpdate };
  return { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } };
}

/**
 * `apiUrl`: Discord's REST base without the version (BotConfig.apiUrl). `makeRequest` is for the client's REST;
 * `answer` hands an interaction to the dispatch (`deliver`) and resolves with the HTTP response body, or undefined
 * when nothing will answer it; `handedOver` is called by the dispatch's listener with each dispatch under way.
 */
export function firstAnswers(apiUrl: string, ackWithinMs = ACK_WITHIN_MS) {
  const pending = new Map<string, Pending>();
  const send: MakeRequest = (url, init) => DefaultRestOptions.makeRequest(url, init);

  /** The bot answered after the deferral made here: an edit of the deferred (or clicked) message, or a new message. */
  async function lateAnswer(entry: Pending, body: APIInteractionResponse, init: Parameters<MakeRequest>[1]) {
    const webhook = `${apiUrl}/v10/webhooks/${entry.raw.application_id}/${entry.raw.token}`;
    const update = body.type === InteractionResponseType.UpdateMessage;
    const message = body.type === InteractionResponseType.ChannelMessageWithSource;
    if (!update && !message) return noContent();
    // After a silent deferral of a click, a new message can only be a follow-up; otherwise @original is the answer.
    if (message && entry.deferredHere === InteractionResponseType.DeferredMessageUpdate)
      return send(webhook, { ...init, method: 'POST', body: JSON.stringify(body.data) });
    // A message's privacy is fixed when it is first sent: the deferral's stands.
    const { flags: _fixed, ...data } = body.data ?? {};
    return send(`${webhook}/messages/@original`, { ...init, method: 'PATCH', body: JSON.stringify(data) });
  }

  const makeRequest: MakeRequest = async (url, init) => {
    const match = CALLBACK.exec(url);
    const entry = match ? pending.get(match[1]!) : undefined;
    if (!match || !entry || entry.raw.token !== match[2]) return send(url, init);
    if (entry.answered && !entry.deferredHere) return send(url, init);
    // No reply of Verbatim's carries files; one that did could not travel in the HTTP response.
    if (typeof init.body !== 'string') throw new Error('an interaction answered over HTTP cannot send files in its first callback');
    const body = JSON.parse(init.body) as APIInteractionResponse;
    if (entry.answered) return lateAnswer(entry, body, init);
    entry.answered = true;
    entry.finish(body);
    return new URLSearchParams(match[3]).get('with_response') === 'true' ? callbackResponse(entry.raw, body.type) : noContent();
  };

  function answer(raw: APIInteraction, deliver: () => void): Promise<APIInteractionResponse | undefined> {
    return new Promise((resolve) => {
      const entry: Pending = {
        raw,
        answered: false,
        finish(body) {
          clearTimeout(timer);
          resolve(body);
          // A late answer still needs the entry; the dispatch's end releases it.
          void (entry.done ?? Promise.resolve()).finally(() => pending.delete(raw.id));
        },
      };
      pending.set(raw.id, entry);
      const timer = setTimeout(() => {
        if (entry.answered) return;
        entry.answered = true;
        // Never handed to the dispatch (discord.js dropped it) and unanswered: nothing will answer it.
        if (!entry.done) return entry.finish(undefined);
        const deferral = deferralFor(raw);
        entry.deferredHere = deferral.type;
        entry.finish(deferral);
      }, ackWithinMs);
      deliver();
    });
  }

  function handedOver(id: string, done: Promise<void>): void {
    const entry = pending.get(id);
    if (!entry) return;
    entry.done = done;
    void done.then(() => {
      if (entry.answered) return;
      entry.answered = true;
      entry.finish(undefined);
    });
  }

  return { makeRequest, answer, handedOver };
}
