// Tests only: Debian's radicale (a CalDAV server) started from its binary on 127.0.0.1 with a temp storage folder
// and htpasswd sign-in, stopped by the test.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RADICALE = ['/usr/bin/radicale', '/usr/local/bin/radicale'].find((p) => existsSync(p)) ?? null;

export interface Radicale {
  url: string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

export async function startRadicale(users: Record<string, string>): Promise<Radicale> {
  if (!RADICALE) throw new Error('radicale is not installed (apt-get install radicale)');
  const dir = mkdtempSync(join(tmpdir(), 'hearth-radicale-'));
  const port = await freePort();
  writeFileSync(join(dir, 'users'), Object.entries(users).map(([u, p]) => `${u}:${p}`).join('\n') + '\n');
  writeFileSync(
    join(dir, 'config'),
    [
      '[server]', `hosts = 127.0.0.1:${port}`,
      '[auth]', 'type = htpasswd', `htpasswd_filename = ${join(dir, 'users')}`, 'htpasswd_encryption = plain', 'delay = 0',
      '[storage]', `filesystem_folder = ${join(dir, 'collections')}`,
      '[rights]', 'type = owner_only',
      '[logging]', 'level = warning',
    ].join('\n') + '\n',
  );
  const child: ChildProcess = spawn(RADICALE, ['--config', join(dir, 'config')], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HOME: dir } });
  let output = '';
  child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const gone = new Promise<void>((ok) => child.once('exit', () => ok()));
      child.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${url}/.web/`, { signal: AbortSignal.timeout(1000) }).then(() => true, () => false);
    if (up) return { url, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`radicale did not start: ${output.slice(-2000)}`);
}
