// Command latency: from a request entering the hub transport (the WebSocket message) to the zwave-js
// driver's serial write of the Send Data frame, as the (simulated) stick receives it. 1,000 switch commands,
// one at a time, each waiting for the device's report. Baseline: the same transport's round trip for a
// request that touches no radio (system.info), measured in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { buildCore } from '../src/main/app';
import { startHubServer } from '../src/main/hub/server';
import { authProtocols, testSessions } from '../src/main/test/hub-signin';
import { createZWaveIntegration, startZWaveSimulator } from '../src/protocols/zwave';
import { summary } from './stats';

const quiet = { info() {}, warn() {}, error() {} };
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 1000);

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-'));
  const sim = await startZWaveSimulator({ nodes: [{ id: 2, kind: 'switch', name: 'Lamp', location: 'Lab' }], tickMs: 3_600_000 });
  const core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'bench', log: quiet });
  await core.startAdapters([createZWaveIntegration({ port: sim.path, cacheDir: join(dir, 'zw'), label: 'bench', log: quiet })]);
  const auth = testSessions(core.secrets);
  const hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quiet, sessions: auth.sessions, rendererDir: dir, port: 0 });
  const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/api/ws`, authProtocols(auth.signIn()));
  await new Promise((r) => ws.once('open', r));

  let nextId = 1;
  const waiters = new Map<number, (error?: { message: string }) => void>();
  let onState: ((v: unknown) => void) | null = null;
  ws.on('message', (data) => {
    const m = JSON.parse(String(data));
    if (m.type === 'reply') waiters.get(m.id)?.(m.ok ? undefined : m.error);
    else if (m.event === 'device.state' && m.payload.capabilityId === 'onOff') onState?.(m.payload.value);
  });
  const send = (method: string, params: unknown) => {
    const id = nextId++;
    const done = new Promise<void>((resolve, reject) =>
      waiters.set(id, (error) => (error ? reject(new Error(`${method} failed: ${error.message}`)) : resolve())),
    );
    ws.send(JSON.stringify({ type: 'request', id, method, params }));
    return done;
  };

  const deadline = Date.now() + 60_000;
  while (!core.devices.list().some((d) => d.health === 'online' && d.capabilities.some((c) => c.id === 'onOff'))) {
    if (Date.now() > deadline) throw new Error('the simulated switch never came online');
    await new Promise((r) => setTimeout(r, 50));
  }
  const lamp = core.devices.list()[0]!;

  // Baseline: transport round trip without a radio.
  const baseline: number[] = [];
  for (let i = 0; i < COMMANDS; i++) {
    const t0 = performance.now();
    await send('system.info', {});
    baseline.push(performance.now() - t0);
  }

  const latencies: number[] = [];
  let t0 = 0;
  let seen = false;
  sim.onHostData((bytes) => {
    // Serial API request frame: SOF, length, type 0x00 (request), Send Data (0x13) or Send Data Bridge (0xa9).
    if (!seen && bytes[0] === 0x01 && bytes[2] === 0x00 && (bytes[3] === 0x13 || bytes[3] === 0xa9)) {
      latencies.push(performance.now() - t0);
      seen = true;
    }
  });
  for (let i = 0; i < COMMANDS; i++) {
    const value = i % 2 === 0;
    const reported = new Promise<void>((r) => (onState = (v) => v === value && r()));
    seen = false;
    t0 = performance.now();
    await send('devices.command', { deviceId: lamp.id, capabilityId: 'onOff', value });
    await reported;
  }

  ws.close();
  await hub.close();
  await core.stop();
  await sim.close();
  rmSync(dir, { recursive: true, force: true });

  const cmd = summary(latencies);
  const base = summary(baseline);
  console.log(`command latency over ${cmd.n} commands: p50 ${cmd.p50.toFixed(3)} ms, p99 ${cmd.p99.toFixed(3)} ms, max ${cmd.max.toFixed(3)} ms`);
  console.log(`baseline round trip (system.info) over ${base.n}: p50 ${base.p50.toFixed(3)} ms, p99 ${base.p99.toFixed(3)} ms`);
  report('command_p50_ms', cmd.p50, 'ms');
  report('command_p99_ms', cmd.p99, 'ms');
  report('transport_roundtrip_p50_ms', base.p50, 'ms');
  report('transport_roundtrip_p99_ms', base.p99, 'ms');
  report('command_p50_vs_roundtrip_ratio', cmd.p50 / base.p50, 'x');
  report('command_p99_vs_roundtrip_ratio', cmd.p99 / base.p99, 'x');
}
