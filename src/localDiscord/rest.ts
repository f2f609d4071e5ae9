// HTTP front door for /api/v10: authenticates, parses, routes, records every request, and answers like Discord.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { parseBody } from './body.js';
import { faultResponse } from './faults.js';
import { Errors, matchRoute, type Route, type RouteResponse } from './router.js';
import type { RecordedRequest, StandinState } from './state.js';

export const API_PREFIX = '/api/v10';

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function send(res: ServerResponse, result: RouteResponse): void {
  if (result.status === 204 || result.body === undefined) {
    res.writeHead(result.status).end();
    return;
  }
  const json = JSON.stringify(result.body);
  res
    .writeHead(result.status, { ...result.headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) })
    .end(json);
}

/** The interaction a callback or interaction-webhook path belongs to, so its handle sees faults too. */
function interactionOf(state: StandinState, path: string): string | null {
  const [, kind, id, token] = path.split('/');
  if (kind === 'interactions') return state.interactions.has(id ?? '') ? id! : null;
  if (kind === 'webhooks') return state.interactionByToken(token ?? '')?.payload.id ?? null;
  return null;
}

/**
 * An HTTP interaction's webhook only exists once Discord has its HTTP response; the bot may send an edit before the
 * test has recorded that response, which on Discord cannot happen, so the request waits for it (or gives up).
 */
async function httpResponseFirst(state: StandinState, path: string): Promise<void> {
  const record = state.interactions.get(interactionOf(state, path) ?? '');
  if (!record?.awaitingHttpResponse) return;
  await state.changes
    .waitFor(
      () => (record.awaitingHttpResponse ? undefined : true),
      state.config.waitTimeoutMs,
      () => '',
    )
    .catch(() => undefined);
}

export function createRestHandler(state: StandinState, routes: Route[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const versioned = url.pathname.startsWith(`${API_PREFIX}/`);
    // Decoded so tests can compare against `/messages/@original` rather than `%40original`.
    const path = (versioned ? url.pathname.slice(API_PREFIX.length) : url.pathname)
      .split('/')
      .map((segment) => safeDecode(segment))
      .join('/');
    const parsed = await parseBody(req);
    await httpResponseFirst(state, path);
    const recorded: RecordedRequest = {
      method,
      path,
      url: req.url ?? '',
      query: Object.fromEntries(url.searchParams),
      headers: flatHeaders(req),
      body: parsed.body,
      files: parsed.files,
      route: null,
      status: 0,
      response: undefined,
      interactionId: null,
    };

    const fault = versioned ? state.faults.take(method, path) : undefined;
    if (fault?.kind === 'slow') await delay(fault.ms);
    if (fault?.kind === 'reset' && fault.when === 'before') {
      state.record({ ...recorded, fault: fault.kind, interactionId: interactionOf(state, path) });
      req.socket.destroy();
      return;
    }
    const injected = fault && faultResponse(fault);
    if (injected) {
      state.record({
        ...recorded,
        status: injected.status,
        response: injected.body,
        fault: fault.kind,
        interactionId: interactionOf(state, path),
      });
      send(res, injected);
      return;
    }

    let result: RouteResponse;
    const match = versioned ? matchRoute(routes, method, path) : { route: null, methodNotAllowed: false };
    if (!match.route) {
      result = match.methodNotAllowed ? Errors.methodNotAllowed() : Errors.notFound();
    } else if (match.route.auth === 'bot' && req.headers.authorization !== `Bot ${state.config.token}`) {
      result = Errors.unauthorized();
    } else if (parsed.error) {
      result = Errors.invalidJson();
    } else {
      recorded.route = `${method} ${match.route.pattern}`;
      try {
        result = match.route.handle({ params: match.params, query: recorded.query, body: parsed.body, files: parsed.files, state });
      } catch (error) {
        // A stand-in bug should fail the test loudly, not look like a Discord outage the client retries.
        result = { status: 400, body: { message: `Discord stand-in error: ${(error as Error).stack ?? String(error)}`, code: 0 } };
      }
    }

    recorded.status = result.status;
    recorded.response = result.body;
    recorded.interactionId = result.interactionId ?? null;
    if (fault) recorded.fault = fault.kind;
    result.onRecorded?.(recorded);
    state.record(recorded);
    // Discord acted on the request; its answer is lost with the connection.
    if (fault?.kind === 'reset') res.socket?.destroy();
    else send(res, result);
  };
}
