// What the playground's web server on 127.0.0.1 answers: the page, and a small JSON API the page uses to act in the
// local Discord, for the page alone.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { ChannelLog } from './channelLog.js';
import type { DiscordStandin } from './localDiscord.js';
import type { PageAssets } from './pageAssets.js';
import { PERSONAS, playgroundUser, type PlaygroundChannel } from './playgroundSetup.js';
import { ActionRefused, type Actor, type UserActions } from './userActions.js';

/** Largest request body accepted, in bytes: a message is at most 2,000 characters. */
const MAX_BODY = 64 * 1024;
/** How long the page's wait for new messages is held open, in ms. */
const LONG_POLL_MS = 20_000;

export interface PageServerSetup {
  standin: DiscordStandin;
  channels: readonly PlaygroundChannel[];
  log: ChannelLog;
  actions: UserActions;
  assets: PageAssets;
}

type Body = Record<string, unknown>;

class BadRequest extends Error {}

async function readJson(req: IncomingMessage): Promise<Body> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BadRequest('request body too large');
    chunks.push(chunk);
  }
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  if (typeof parsed !== 'object' || parsed === null) throw new BadRequest('expected a JSON object');
  return parsed as Body;
}

const text = (body: Body, key: string): string => {
  const value = body[key];
  if (typeof value !== 'string') throw new BadRequest(`"${key}" must be a string`);
  return value;
};

const typedOptions = (body: Body): Record<string, string> => {
  const options = body.options ?? {};
  if (typeof options !== 'object' || options === null || Object.values(options).some((v) => typeof v !== 'string')) {
    throw new BadRequest('"options" must map option names to strings');
  }
  return options as Record<string, string>;
};

function actor(body: Body): Actor {
  const persona = PERSONAS[text(body, 'as') as keyof typeof PERSONAS];
  if (!persona) throw new BadRequest('"as" must be "member" or "manager"');
  return { persona, channelId: text(body, 'channelId') };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The Host a request names must be this machine's: a web site the browser has open cannot reach the server through a
 * name of its own that it points at 127.0.0.1 (DNS rebinding), which would make its requests same-origin.
 */
const localHost = (host = '') => /^(127\.0\.0\.1|localhost)(:\d+)?$/u.test(host);

/**
 * An /api request must come from the page itself: with an Origin, http://127.0.0.1:PORT or http://localhost:PORT; without
 * one, a Sec-Fetch-Site of same-origin or none. Another web site the browser has open can send the API a form or a
 * text/plain POST (no preflight asks first), and would otherwise act in the playground as you.
 */
function fromThePage(req: IncomingMessage): boolean {
  const { origin, 'sec-fetch-site': site } = req.headers;
  if (origin !== undefined)
    return [`http://127.0.0.1:${req.socket.localPort}`, `http://localhost:${req.socket.localPort}`].includes(origin);
  return site === undefined || site === 'same-origin' || site === 'none';
}

export function pageRequestHandler({ standin, channels, log, actions, assets }: PageServerSetup): RequestListener {
  const state = () => ({
    guild: { name: 'Verbatim Research (local)' },
    channels,
    personas: Object.values(PERSONAS).map(({ name, label }) => ({ name, label })),
    you: playgroundUser(standin),
    // The bot's nickname in this server, which is what Discord shows on its messages.
    bot: { id: standin.botUser.id, name: 'Verbatim' },
    commands: standin.commands.guilds[standin.ids.guildId] ?? [],
  });

  const posts: Record<string, (body: Body) => Promise<unknown>> = {
    '/api/command': async (body) => actions.command(actor(body), text(body, 'name'), typedOptions(body)),
    '/api/autocomplete': async (body) => ({
      choices: await actions.autocomplete(actor(body), text(body, 'name'), typedOptions(body), text(body, 'focused')),
    }),
    '/api/click': async (body) => actions.click(actor(body), text(body, 'messageId'), text(body, 'customId')),
    '/api/message-command': async (body) => actions.messageCommand(actor(body), text(body, 'name'), text(body, 'messageId')),
    '/api/post': (body) => Promise.resolve(actions.post(actor(body), text(body, 'content'))),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!localHost(req.headers.host)) return send(res, 403, { error: 'the playground answers only on 127.0.0.1' });
    if (url.pathname.startsWith('/api/') && !fromThePage(req)) return send(res, 403, { error: 'only the playground page may use its API' });
    if (req.method === 'GET') {
      const asset = assets.get(url.pathname === '/' ? '/index.html' : url.pathname);
      if (asset) {
        res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-store' });
        res.end(asset.body);
        return;
      }
      if (url.pathname === '/api/state') return send(res, 200, state());
      if (url.pathname === '/api/messages') {
        const version = await log.waitForChange(Number(url.searchParams.get('since') ?? -1), LONG_POLL_MS);
        return send(res, 200, { version, messages: log.messages() });
      }
      return send(res, 404, { error: `no page at ${url.pathname}` });
    }
    const post = req.method === 'POST' ? posts[url.pathname] : undefined;
    if (!post) return send(res, 404, { error: `no action ${req.method} ${url.pathname}` });
    return send(res, 200, (await post(await readJson(req))) ?? {});
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      const known = error instanceof ActionRefused || error instanceof BadRequest || error instanceof SyntaxError;
      if (!res.headersSent) send(res, known ? (error instanceof ActionRefused ? 422 : 400) : 500, { error: (error as Error).message });
    });
  };
}
