// Tests only: an HTTP server on 127.0.0.1 that serves recorded answers (or failures) per path and remembers
// every request it got, so a test can see what a provider would have seen.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status?: number;
  body: string;
  type?: string;
  headers?: Record<string, string>;
}

export interface RecordedServer {
  url: string;
  routes: Map<string, Answer | ((headers: IncomingHttpHeaders) => Answer)>;
  requests: { path: string; query: URLSearchParams; headers: IncomingHttpHeaders; method: string }[];
  close(): Promise<void>;
}

export async function recordedServer(): Promise<RecordedServer> {
  const routes: RecordedServer['routes'] = new Map();
  const requests: RecordedServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: u.pathname, query: u.searchParams, headers: req.headers, method: req.method ?? 'GET' });
    const r = routes.get(u.pathname);
    const a = typeof r === 'function' ? r(req.headers) : r;
    if (!a) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(a.status ?? 200, { 'Content-Type': a.type ?? 'application/json', ...a.headers }).end(a.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
