// Minimal Discord-style route table: `/things/:id` patterns, per-route auth, and Discord's JSON error shapes.
import type { RecordedFile } from './body.js';
import type { RecordedRequest, StandinState } from './state.js';

export interface RouteRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  state: StandinState;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Links the recorded request to an interaction so its handle can see it. */
  interactionId?: string | null;
  /** Runs synchronously once the request is recorded, before any other request can be handled. */
  onRecorded?: (recorded: RecordedRequest) => void;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: string;
  /** `bot` routes need `Authorization: Bot <token>`; interaction webhooks are authorised by their token in the path. */
  auth: 'bot' | 'none';
  // Synchronous on purpose: state changes and recording happen without interleaving other requests.
  handle(req: RouteRequest): RouteResponse;
}

export type RouteMatch = { route: Route; params: Record<string, string> } | { route: null; methodNotAllowed: boolean };

function matchPattern(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return null;
      params[w.slice(1)] = g;
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

/** `path` must already be percent-decoded. */
export function matchRoute(routes: Route[], method: string, path: string): RouteMatch {
  let pathMatched = false;
  for (const route of routes) {
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    if (route.method === method) return { route, params };
    pathMatched = true;
  }
  return { route: null, methodNotAllowed: pathMatched };
}

export const err = (status: number, code: number, message: string): RouteResponse => ({
  status,
  body: { message, code },
});

export const Errors = {
  unauthorized: () => err(401, 0, '401: Unauthorized'),
  notFound: () => err(404, 0, '404: Not Found'),
  methodNotAllowed: () => err(405, 0, '405: Method Not Allowed'),
  unknownChannel: () => err(404, 10003, 'Unknown Channel'),
  unknownMessage: () => err(404, 10008, 'Unknown Message'),
  unknownWebhook: () => err(404, 10015, 'Unknown Webhook'),
  invalidWebhookToken: () => err(401, 50027, 'Invalid Webhook Token'),
  unknownInteraction: () => err(404, 10062, 'Unknown interaction'),
  missingAccess: () => err(403, 50001, 'Missing Access'),
  alreadyAcknowledged: () => err(400, 40060, 'Interaction has already been acknowledged.'),
  invalidJson: () => err(400, 50109, 'The request body contains invalid JSON.'),
};
