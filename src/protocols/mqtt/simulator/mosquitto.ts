// A real Debian mosquitto for tests: started from its binary (never the system service) on 127.0.0.1 with a
// random port and a generated config, no persistence. It logs every connection, so a test can count the clients
// that are still connected.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MOSQUITTO = ['/usr/sbin/mosquitto', '/usr/bin/mosquitto'].find((p) => existsSync(p)) ?? null;

export interface Mosquitto {
  url: string;
  port: number;
  /** Clients connected now whose id starts with `prefix`. */
  connected(prefix: string): number;
  stop(): Promise<void>;
}

/** A port nothing listens on right now, on 127.0.0.1. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (a && typeof a === 'object' ? resolve(a.port) : reject(new Error('no port'))));
    });
  });

/** `port`: listen there (a test that starts Hearth before its broker); default: a free one. */
export async function startMosquitto(opts: { passwordFile?: string; port?: number } = {}): Promise<Mosquitto> {
  if (!MOSQUITTO) throw new Error('mosquitto is not installed (apt-get install mosquitto)');
  const dir = mkdtempSync(join(tmpdir(), 'hearth-mosquitto-'));
  for (let attempt = 0; ; attempt++) {
    const port = opts.port ?? (await freePort());
    const conf = join(dir, 'mosquitto.conf');
    writeFileSync(
      conf,
      [
        `listener ${port} 127.0.0.1`,
        opts.passwordFile ? `password_file ${opts.passwordFile}\nallow_anonymous false` : 'allow_anonymous true',
        'persistence false',
        'log_dest stderr',
        'log_type error',
        'log_type warning',
        'log_type notice',
        'log_type information',
        'connection_messages true',
        '',
      ].join('\n'),
    );
    const child: ChildProcess = spawn(MOSQUITTO, ['-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    const clients = new Set<string>();
    let out = '';
    const ready = new Promise<boolean>((resolve) => {
      const onData = (b: Buffer) => {
        out += b.toString();
        let nl: number;
        while ((nl = out.indexOf('\n')) >= 0) {
          const line = out.slice(0, nl);
          out = out.slice(nl + 1);
          if (/Opening ipv4 listen socket on port/.test(line) || / running$/.test(line)) resolve(true);
          const m = /New client connected from \S+ as (\S+)/.exec(line);
          if (m) clients.add(m[1]!);
          const gone = /Client (\S+) (?:disconnected|closed its connection|has exceeded timeout)/.exec(line);
          if (gone) clients.delete(gone[1]!.replace(/[.,]$/, ''));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', () => resolve(false));
    });
    const up = await Promise.race([ready, new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
    if (!up) {
      child.kill('SIGKILL');
      if (attempt < 3 && opts.port === undefined) continue;
      rmSync(dir, { recursive: true, force: true });
      throw new Error('mosquitto did not start');
    }
    return {
      url: `mqtt://127.0.0.1:${port}`,
      port,
      connected: (prefix) => [...clients].filter((c) => c.startsWith(prefix)).length,
      stop: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', () => {
            rmSync(dir, { recursive: true, force: true });
            resolve();
          });
          child.kill('SIGTERM');
        }),
    };
  }
}
