// The HTTP front door of `start:http`: Discord's interaction webhooks on POST /interactions (signature checked before
// anything else is read), the load balancer's health check on GET /healthz, and nothing else.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, type APIInteraction, type APIInteractionResponse } from 'discord.js';
import type { Logger } from 'pino';
import type { SignedRequest } from './verifySignature.js';

/** The path of the Interactions Endpoint URL entered in the Developer Portal: `https://<host>/interactions`. */
export const INTERACTIONS_PATH = '/interactions';
export const HEALTH_PATH = '/healthz';
/** Discord's interaction payloads (a message command carries its message: 4,000 characters and 10 embeds) stay far below. */
export const MAX_BODY_BYTES = 128 * 1024;

export interface InteractionServerSetup {
  /** True for a request Discord signed (see signatureChecker). */
  verify(request: SignedRequest): boolean;
  /** False while stopping: the load balancer then sends new requests elsewhere. */
  healthy(): boolean;
  /** The body of the HTTP response to a signed interaction other than PING; undefined when nothing answered it. */
  answer(interaction: APIInteraction): Promise<APIInteractionResponse | undefined>;
  log: Logger;
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) }).end(json);
}

/** The body, or undefined once it proved larger than MAX_BODY_BYTES (the rest is not read). */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Answers, per Discord's "Receiving and Responding" page: 401 to a missing, bad or stale signature (never parsed
 * further), PONG to PING, and otherwise what `answer` gives within Discord's 3 s (500 when it gives nothing); 413 to a
 * body over MAX_BODY_BYTES, 405 to other methods, 404 to other paths.
 */
export function createInteractionServer(setup: InteractionServerSetup): Server {
  async function interaction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (!body) {
      // The connection still carries the unread rest of the body: close it rather than read it.
      res.setHeader('connection', 'close');
      return sendJson(res, 413, { message: `request body over ${MAX_BODY_BYTES} bytes` });
    }
    const signed = { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp'), body };
    if (!setup.verify(signed)) {
      setup.log.debug({ signed: signed.signature !== undefined }, 'refused an interaction request without a valid signature');
      return sendJson(res, 401, { message: 'invalid request signature' });
    }
    const raw = JSON.parse(body.toString('utf8')) as APIInteraction;
    if (raw.type === InteractionType.Ping) return sendJson(res, 200, { type: InteractionResponseType.Pong });
    const answer = await setup.answer(raw);
    if (answer) sendJson(res, 200, answer);
    else sendJson(res, 500, { message: 'the interaction was not answered' });
  }

  return createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const method = req.method ?? 'GET';
    if (path === HEALTH_PATH) {
      if (method !== 'GET' && method !== 'HEAD') return sendJson(res, 405, { message: 'use GET' }, { allow: 'GET, HEAD' });
      return setup.healthy() ? sendJson(res, 200, { status: 'ok' }) : sendJson(res, 503, { status: 'stopping' });
    }
    if (path !== INTERACTIONS_PATH) return sendJson(res, 404, { message: 'not found' });
    if (method !== 'POST') return sendJson(res, 405, { message: 'use POST' }, { allow: 'POST' });
    interaction(req, res).catch((error: unknown) => {
      setup.log.error({ err: error }, 'interaction request failed');
      if (!res.headersSent) sendJson(res, 500, { message: 'internal error' });
    });
  });
}
