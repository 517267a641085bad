// A "stick" that accepts the connection and never says a word (a wrong device on the port, a wedged controller):
// starting gives up with a clear error within its time limit, and quitting Hearth meanwhile does not wait for
// that limit — the start is cut short and the radio reports stopped. The real zwave-js driver, a TCP port on
// 127.0.0.1 that swallows everything.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZWaveAdapter } from './adapter';

const quiet = { info() {}, warn() {}, error() {} };

describe('Z-Wave: a stick that never answers', () => {
  let dir: string;
  let server: Server;
  let port = 0;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-zwave-silent-'));
    server = createServer((s) => {
      sockets.add(s);
      s.on('data', () => undefined);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  const adapter = (startTimeoutMs: number, cache: string) =>
    new ZWaveAdapter({ port: `tcp://127.0.0.1:${port}`, cacheDir: join(dir, cache), label: 'silent', log: quiet, startTimeoutMs });

  it('gives up starting after its time limit, saying the stick did not answer', async () => {
    const a = adapter(2_000, 'a');
    const t0 = Date.now();
    await expect(a.start()).rejects.toThrow(/did not answer in time/);
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(a.status()).toMatchObject({ state: 'failed', message: expect.stringContaining('did not answer') });
    await a.stop();
  }, 30_000);

  it('stopping while it still waits for the stick ends the start at once and reports stopped', async () => {
    const a = adapter(120_000, 'b');
    const started = a.start();
    const outcome = started.then(
      () => 'started',
      (err: Error) => err.message,
    );
    await new Promise((r) => setTimeout(r, 1_000));
    const t0 = Date.now();
    await a.stop();
    expect(await outcome).toMatch(/stopping the Z-Wave radio/);
    expect(Date.now() - t0).toBeLessThan(12_000);
    expect(a.status().state).toBe('stopped');
  }, 30_000);
});
