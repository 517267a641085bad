// A real home of N devices for the start-up and screen benchmarks, and the built hub started on it in a child
// process (so what it costs is its own, not the bench's). The home is real, not the demo: Settings → "your home"
// ('home.active' = 'real', integrations/homes.ts) with no stick, broker or Matter network set up, as a home whose
// sticks are unplugged starts. Its devices are written through the product's own storage (repo.upsertDevice for
// the devices, rooms and names; the StateWriter for their last values), by a core built on the same data folder
// and secrets the hub opens.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import type { Capability, CapabilityValue } from '../src/shared/model';
import { buildCore } from '../src/main/app';
import { openSecretStore } from '../src/main/app-secrets';
import { AUTH_PROTOCOL_PREFIX, WS_PROTOCOL } from '../src/main/hub/access';
import { ensureArea, upsertDevice } from '../src/main/storage/repo';

const quiet = { info() {}, warn() {}, error() {} };
const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'main', 'cli.js');

const KINDS: { model: string; capabilities: Capability[]; state: () => Record<string, CapabilityValue> }[] = [
  { model: 'Dimmer', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }, { id: 'level', kind: 'level', writable: true, min: 0, max: 100, unit: '%' }], state: () => ({ onOff: false, level: 40 }) },
  { model: 'Plug', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }, { id: 'meter.power', kind: 'meter', label: 'Power', measure: 'power', writable: false, unit: 'W' }], state: () => ({ onOff: true, 'meter.power': 12.5 }) },
  { model: 'Multisensor', capabilities: [{ id: 'temperature', kind: 'sensor', measure: 'temperature', writable: false, unit: '°C' }, { id: 'motion', kind: 'sensor', measure: 'motion', writable: false }], state: () => ({ temperature: 21.5, motion: false }) },
];

/** A data folder holding a real home of `n` devices in 25 rooms, its setup done (the hub starts on Home). */
export async function seedHome(n: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), `hearth-bench-home${n}-`));
  const core = buildCore({ dataDir, host: 'hub', version: 'bench', log: quiet, secrets: openSecretStore({ dataDir }), skipOnboarding: true });
  core.settings.set('home.active', 'real');
  core.devices.useHome('real');
  const now = Date.now();
  const rooms = Array.from({ length: 25 }, (_, i) => ensureArea(core.db, `Room ${i + 1}`, now).id);
  core.db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const kind = KINDS[i % KINDS.length]!;
      const protocol = i % 2 === 0 ? 'zwave' : 'zigbee';
      const nativeId = protocol === 'zwave' ? String(i + 2) : `0x${(0x00124b0000000000n + BigInt(i)).toString(16)}`;
      const id = `${protocol}:${nativeId}`;
      upsertDevice(core.db, {
        id, protocol, nativeId, name: `${kind.model} ${i + 1}`, userNamed: true, areaId: rooms[i % rooms.length]!, userArea: true,
        manufacturer: 'Bench', model: kind.model, firmware: '1.0', capabilities: kind.capabilities,
      }, now, 'real');
      for (const [capabilityId, value] of Object.entries(kind.state())) core.writer.enqueue({ deviceId: id, capabilityId, value, at: now });
    }
  })();
  await core.stop();
  return dataDir;
}

/** The newest modification time under a folder (files only). */
function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

/** Builds the app (npm run build) unless dist/ is newer than every source file. */
export function ensureBuilt(): void {
  const renderer = join(ROOT, 'dist', 'renderer', 'index.html');
  if (existsSync(CLI) && existsSync(renderer) && statSync(CLI).mtimeMs >= newest(join(ROOT, 'src'))) return;
  console.log('building the app (npm run build)…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed');
}

export interface StartedHub {
  child: ChildProcess;
  /** From spawning the process to its "Hearth is running at" line (ms). */
  readyMs: number;
  /** The printed address, with its one-time sign-in code. */
  url: string;
  base: string;
  /** The hub's resident memory now (MB), as the kernel counts it (VmRSS). */
  rssMb(): number;
  stop(): Promise<void>;
}

/** Starts the built hub on a data folder, as `npx hearth --data-dir …` would, and waits until it is ready. */
export async function startBuiltHub(dataDir: string): Promise<StartedHub> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, '--hub', '--port', '0', '--data-dir', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HEARTH_DATA_DIR: '' },
  });
  const output: string[] = [];
  const { url, readyMs } = await new Promise<{ url: string; readyMs: number }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub did not start in 120 s:\n${output.join('')}`)), 120_000);
    child.stdout!.on('data', (b: Buffer) => {
      output.push(b.toString());
      const m = /Hearth is running at (\S+)/.exec(output.join(''));
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, readyMs: performance.now() - t0 });
      }
    });
    child.stderr!.on('data', (b: Buffer) => output.push(b.toString()));
    child.once('exit', (code) => reject(new Error(`the hub exited with ${code}:\n${output.join('')}`)));
  });
  return {
    child, readyMs, url,
    base: url.replace(/\?.*$/, ''),
    rssMb() {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Signs in with the printed one-time code and opens the WebSocket a browser would. */
export async function connect(hub: StartedHub): Promise<{ request<T>(method: string, params?: unknown): Promise<T>; close(): void }> {
  const code = new URL(hub.url).searchParams.get('code');
  const res = await fetch(`${hub.base}api/signin`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) });
  if (!res.ok) throw new Error(`sign-in refused: ${res.status} ${await res.text()}`);
  const { session } = (await res.json()) as { session: string };
  const ws = new WebSocket(`${hub.base.replace(/^http/, 'ws')}api/ws`, [WS_PROTOCOL, `${AUTH_PROTOCOL_PREFIX}${session}`]);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  let nextId = 1;
  const waiters = new Map<number, (m: { ok: boolean; result?: unknown; error?: { message: string } }) => void>();
  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.type === 'reply') waiters.get(m.id)?.(m);
  });
  return {
    request<T>(method: string, params: unknown = {}) {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        waiters.set(id, (m) => (m.ok ? resolve(m.result as T) : reject(new Error(`${method}: ${m.error?.message}`))));
        ws.send(JSON.stringify({ type: 'request', id, method, params }));
      });
    },
    close: () => ws.close(),
  };
}
