// getText: one GET with a time limit, a size limit and failures in words; a kept-alive connection the server closes
// just as it is reused is tried again once on a new one (the calendar "Test" after the forecast, ~5 s apart, hit it).
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { getText } from './http';

let server: Server | null = null;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
  server = null;
});

/** A server that drops a connection when a second request arrives on it (what a server's idle limit does in a race). */
async function dropsReused(): Promise<{ url: string; sockets: Map<Socket, number> }> {
  const sockets = new Map<Socket, number>();
  server = createServer((req, res) => {
    const n = (sockets.get(req.socket) ?? 0) + 1;
    sockets.set(req.socket, n);
    if (n > 1) req.socket.destroy();
    else res.end(`answer ${sockets.size}`);
  });
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  const addr = server.address() as { port: number };
  return { url: `http://127.0.0.1:${addr.port}/family.ics`, sockets };
}

const settle = () => new Promise((ok) => setTimeout(ok, 50)); // the first connection goes back to the pool

describe('getText', () => {
  it('reads again on a new connection when a kept-alive one is closed under the request', async () => {
    const { url, sockets } = await dropsReused();
    expect(await getText(url)).toBe('answer 1');
    await settle();
    expect(await getText(url)).toBe('answer 2');
    expect([...sockets.values()]).toEqual([2, 1]); // the reused connection was dropped, the second one answered
  });

  it('tries once only: a server that always drops says it could not be reached', async () => {
    server = createServer((req) => req.socket.destroy());
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as { port: number };
    await expect(getText(`http://127.0.0.1:${port}/x`)).rejects.toThrow(`127.0.0.1:${port} could not be reached`);
  });

  it('says the status, and a body over the size limit is refused in words', async () => {
    server = createServer((req, res) => (req.url === '/big' ? res.end('x'.repeat(2048)) : res.writeHead(404, 'Not Found').end()));
    await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
    const { port } = server.address() as { port: number };
    await expect(getText(`http://127.0.0.1:${port}/gone`)).rejects.toThrow(`127.0.0.1:${port} answered 404 Not Found.`);
    await expect(getText(`http://127.0.0.1:${port}/big`, { maxBytes: 1024 })).rejects.toThrow('sent more than');
  });
});
