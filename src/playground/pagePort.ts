// Opens the page's port before anything else of the playground starts, so that a port already taken is said plainly.
import { once } from 'node:events';
import { createServer, type RequestListener, type Server } from 'node:http';

export interface PagePort {
  server: Server;
  /** Hands the requests to `listener`; until then each is told the playground is starting (a page left open retries). */
  serve: (listener: RequestListener) => void;
}

/** Listens on 127.0.0.1:`port` (0 picks a free one). */
export async function openPagePort(port: number): Promise<PagePort> {
  let listener: RequestListener = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ error: 'the playground is starting' }));
  };
  const server = createServer((req, res) => listener(req, res));
  server.listen(port, '127.0.0.1');
  try {
    await once(server, 'listening');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new Error(`port ${port} is in use: set PLAYGROUND_PORT to another port (0 picks a free one)`, { cause: error });
  }
  return { server, serve: (next) => (listener = next) };
}
