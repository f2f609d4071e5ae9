// HTTP front door for /api/v10: authenticates, parses, routes, records every request, and answers like Discord.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseBody } from './body.js';
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
  res.writeHead(result.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
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
    result.onRecorded?.(recorded);
    state.record(recorded);
    send(res, result);
  };
}
