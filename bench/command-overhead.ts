// Hearth's own share of a command, per command: a timing probe (src/shared/timing-probe.ts, off unless installed)
// marks the request arriving at the hub's WebSocket, Hearth's call into zwave-js (node.setValue), zwave-js
// reporting the device's new value, and the device.state event leaving the WebSocket. Hearth's time is
// (call − arrival) + (event out − report): the request's way in (parsing, the contract, plan limits, the audit
// log, the device registry) and the report's way out (the registry, the state writer's queue, the bus and its
// listeners, the hub's event batching). 1,000 switch commands to a simulated Z-Wave switch, one at a time.
// Beside it, in the same run: the same commands end to end as a client sees them (request sent → device.state
// received), and the same command sent by a bare zwave-js driver to the same simulated stick (setValue → the
// 'value updated' event), which is what the stack and the stick take without Hearth. The simulated stick runs in a
// process of its own (bench/zwave-sim-process.ts): a real one is hardware, and its work is not Hearth's. Goal:
// overhead p99 < 2 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { probe, type ProbePoint } from '../src/shared/timing-probe';
import { buildCore } from '../src/main/app';
import { startHubServer } from '../src/main/hub/server';
import { authProtocols, testSessions } from '../src/main/test/hub-signin';
import { createZWaveIntegration, timeBareDriverCommands } from '../src/protocols/zwave';
import { startSimProcess } from './zwave-sim-process';
import { summary } from './stats';

const quiet = { info() {}, warn() {}, error() {} };
const COMMANDS = Number(process.env.BENCH_COMMANDS ?? 1000);
const WARMUP = 50;

interface Mark {
  point: ProbePoint;
  detail: string;
  t: number;
}

/** Hearth's time in one command, from its marks: the way in and the way out (null when a mark is missing). */
function share(marks: Mark[]): { inMs: number; outMs: number } | null {
  const received = marks.find((m) => m.point === 'request.received' && m.detail === 'devices.command');
  const call = received && marks.find((m) => m.point === 'stack.call' && m.t >= received.t);
  if (!received || !call) return null;
  // The event that carried the new state out, and the stack's report it came from (the last one before it).
  const sent = marks.find((m) => m.point === 'event.sent' && m.t >= call.t && m.detail.split(' ').includes('device.state'));
  const report = sent && marks.filter((m) => m.point === 'stack.report' && m.t >= call.t && m.t <= sent.t).at(-1);
  if (!sent || !report) return null;
  return { inMs: call.t - received.t, outMs: sent.t - report.t };
}

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-overhead-'));
  // The stick is simulated in a process of its own, as a real stick is hardware outside Hearth's process.
  const sim = await startSimProcess([{ id: 2, kind: 'switch', name: 'Lamp', location: 'Lab' }]);
  const marks: Mark[] = [];
  const shares: { inMs: number; outMs: number }[] = [];
  const e2e: number[] = [];
  let missing = 0;
  try {
    const core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'bench', log: quiet });
    await core.startAdapters([createZWaveIntegration({ port: sim.path, cacheDir: join(dir, 'zw'), label: 'bench', log: quiet })]);
    const auth = testSessions(core.secrets);
    const hub = await startHubServer({ dispatch: core.dispatch, bus: core.bus, log: quiet, sessions: auth.sessions, rendererDir: dir, port: 0 });
    const ws = new WebSocket(`ws://127.0.0.1:${hub.port}/api/ws`, authProtocols(auth.signIn()));
    await new Promise((r) => ws.once('open', r));

    let nextId = 1;
    const waiters = new Map<number, (error?: { message: string }) => void>();
    let onState: ((v: unknown) => void) | null = null;
    const stateOf = (e: { event: string; payload?: { capabilityId?: string; value?: unknown } }) => {
      if (e.event === 'device.state' && e.payload?.capabilityId === 'onOff') onState?.(e.payload.value);
    };
    ws.on('message', (data) => {
      const m = JSON.parse(String(data));
      if (m.type === 'reply') waiters.get(m.id)?.(m.ok ? undefined : m.error);
      else if (m.type === 'event') stateOf(m);
      else if (m.type === 'events') for (const e of m.events) stateOf(e);
    });
    const command = async (value: boolean) => {
      const id = nextId++;
      const replied = new Promise<void>((resolve, reject) => waiters.set(id, (error) => (error ? reject(new Error(`devices.command failed: ${error.message}`)) : resolve())));
      let t = 0;
      const reported = new Promise<void>((r) => (onState = (v) => v === value && ((t = performance.now()), r())));
      const t0 = performance.now();
      ws.send(JSON.stringify({ type: 'request', id, method: 'devices.command', params: { deviceId: lamp.id, capabilityId: 'onOff', value } }));
      await Promise.all([replied, reported]);
      waiters.delete(id);
      return t - t0;
    };

    const deadline = Date.now() + 60_000;
    while (!core.devices.list().some((d) => d.health === 'online' && d.capabilities.some((c) => c.id === 'onOff'))) {
      if (Date.now() > deadline) throw new Error('the simulated switch never came online');
      await new Promise((r) => setTimeout(r, 50));
    }
    const lamp = core.devices.list()[0]!;
    for (let i = 0; i < WARMUP; i++) await command(i % 2 === 0);

    probe.current = { mark: (point, detail, at) => marks.push({ point, detail, t: at ?? performance.now() }) };
    try {
      for (let i = 0; i < COMMANDS; i++) {
        marks.length = 0;
        e2e.push(await command(i % 2 === 0));
        // The event leaves in the turn after the report: let its mark land before reading them.
        await new Promise((r) => setImmediate(r));
        const s = share(marks);
        if (s) shares.push(s);
        else missing++;
      }
    } finally {
      probe.current = null;
    }
    ws.close();
    await hub.close();
    await core.stop();

    // The same commands from a bare zwave-js driver on the same simulated stick.
    const bare = await timeBareDriverCommands({ port: sim.path, cacheDir: join(dir, 'bare'), nodeId: 2, count: WARMUP + COMMANDS });
    const driver = summary(bare.latencies.slice(WARMUP));

    const total = summary(shares.map((s) => s.inMs + s.outMs));
    const inbound = summary(shares.map((s) => s.inMs));
    const outbound = summary(shares.map((s) => s.outMs));
    const end = summary(e2e);
    console.log(`command overhead over ${total.n} commands (${missing} without every mark): p50 ${total.p50.toFixed(3)} ms, p99 ${total.p99.toFixed(3)} ms, max ${total.max.toFixed(3)} ms; ` +
      `way in p50 ${inbound.p50.toFixed(3)} / p99 ${inbound.p99.toFixed(3)} ms, way out p50 ${outbound.p50.toFixed(3)} / p99 ${outbound.p99.toFixed(3)} ms`);
    console.log(`end to end (client): p50 ${end.p50.toFixed(3)} ms, p99 ${end.p99.toFixed(3)} ms; bare zwave-js driver: p50 ${driver.p50.toFixed(3)} ms, p99 ${driver.p99.toFixed(3)} ms`);
    report('command_overhead_p99_ms', total.p99, 'ms');
    report('command_overhead_p50_ms', total.p50, 'ms');
    report('command_overhead_in_p99_ms', inbound.p99, 'ms');
    report('command_overhead_out_p99_ms', outbound.p99, 'ms');
    report('command_e2e_p99_ms', end.p99, 'ms');
    report('command_e2e_p50_ms', end.p50, 'ms');
    report('driver_p99_ms', driver.p99, 'ms');
    report('driver_p50_ms', driver.p50, 'ms');
    report('command_e2e_vs_driver_p50_ratio', end.p50 / driver.p50, 'x');
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
