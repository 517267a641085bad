// Automation engine throughput: 1,000 rules over 10,000 devices, a stream of state events through the
// core's event bus into the engine (trigger index → conditions → dispatch, "didn't run" traces written in
// batches to SQLite), on one core. Figures: events/s, and p99 latency from an event entering the bus to the
// rule's dispatch. Baseline in the same run: the same events through the bus to a listener that does nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Rule, Trigger } from '../src/shared/automation';
import type { CapabilityValue, Device } from '../src/shared/model';
import { systemClock } from '../src/main/time/clock';
import { AutomationEngine } from '../src/main/automation/engine';
import { TraceStore } from '../src/main/automation/traces';
import { EventBus } from '../src/main/bus';
import { openDatabase } from '../src/main/storage/db';
import { buildCore } from '../src/main/app';
import { ScriptedAdapter } from '../src/main/test/fake-adapter';
import { manyLights, manyRules, rng } from '../src/main/test/many-rules';
import { summary } from './stats';

const quiet = { info() {}, warn() {}, error() {} };
const EVENTS = Number(process.env.BENCH_AUTOMATION_EVENTS ?? 2_000_000);

/** CPU seconds (user + system, every thread of the process) since `from`. */
export function cpuSeconds(from: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1e6;
}

export interface AutomationScale {
  devices: number;
  rules: number;
  events: number;
}

function makeDevices(n: number): Map<string, Device> {
  const out = new Map<string, Device>();
  for (let i = 0; i < n; i++) {
    const id = `zwave:${i}`;
    out.set(id, {
      id, protocol: 'zwave', name: `Light ${i}`, areaId: null, manufacturer: '', model: '', firmware: null, health: 'online', lastSeen: null, stateAt: {},
      capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }, { id: 'level', kind: 'level', writable: true, min: 0, max: 100 }],
      state: { onOff: false, level: 0 },
    });
  }
  return out;
}

function makeRules(s: AutomationScale, random: () => number): Rule[] {
  const rules: Rule[] = [];
  const spread = Math.max(1, Math.floor(s.devices / s.rules));
  for (let i = 0; i < s.rules; i++) {
    const on = `zwave:${i * spread}`; // triggers spread over the home: 1 in 10 devices has a rule listening
    const trigger: Trigger = i % 2 === 0 ? { type: 'state', deviceId: on, capabilityId: 'onOff', to: true } : { type: 'numeric', deviceId: on, capabilityId: 'level', above: 50 };
    rules.push({
      id: `r${i}`, name: `Rule ${i}`, enabled: true, source: 'form', createdAt: 0, updatedAt: 0, triggers: [trigger],
      conditions: [
        { type: 'state', deviceId: `zwave:${Math.floor(random() * s.devices)}`, capabilityId: 'onOff', is: true },
        { type: 'weekday', days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] },
      ],
      actions: [{ type: 'command', deviceId: `zwave:${Math.floor(random() * s.devices)}`, capabilityId: 'level', value: 40 }],
    });
  }
  return rules;
}

interface Ev {
  deviceId: string;
  capabilityId: string;
  value: CapabilityValue;
  at: number;
}

function makeEvents(s: AutomationScale, random: () => number): Ev[] {
  const out: Ev[] = [];
  for (let i = 0; i < s.events; i++) {
    const d = Math.floor(random() * s.devices);
    const level = random() < 0.5;
    out.push({ deviceId: `zwave:${d}`, capabilityId: level ? 'level' : 'onOff', value: level ? Math.floor(random() * 101) : random() < 0.5, at: i });
  }
  return out;
}

/**
 * `rules` rules over `devices` devices, `events` state events through the bus into the engine, and the same
 * events through a bus to a no-op listener (the baseline), in this run.
 */
export async function measureAutomation(s: AutomationScale) {
  const random = rng(42);
  const devices = makeDevices(s.devices);
  const rules = makeRules(s, random);
  const events = makeEvents(s, random);
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-auto-'));
  const file = join(dir, 'bench.db');
  const db = openDatabase(file);

  // Baseline: the same stream through the bus to a listener that does nothing.
  const baseBus = new EventBus(quiet);
  let sink = 0;
  let eventStart = 0;
  baseBus.on('device.state', 'baseline', (e) => void (sink += e.at));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const e of events) baseBus.emit('device.state', e);
  const baseS = (performance.now() - t0) / 1000;
  const baseCpuS = cpuSeconds(c0);

  // Second baseline: the same stream through the bus to the device model's update alone (no engine), the part of
  // each event that is not the automations' (on a copy of the states, so the engine starts from the same ones).
  const modelBus = new EventBus(quiet);
  const states = new Map([...devices].map(([id, d]) => [id, { ...d.state }]));
  modelBus.on('device.state', 'model', (e) => {
    const st = states.get(e.deviceId);
    if (st) st[e.capabilityId] = e.value;
  });
  const cm = process.cpuUsage();
  const tm = performance.now();
  for (const e of events) modelBus.emit('device.state', e);
  const modelS = (performance.now() - tm) / 1000;
  const modelCpuS = cpuSeconds(cm);

  // The engine, twice from the same start: once for the rate (the stream as it comes, nothing else in the loop) and
  // once for the latency (a clock read per event, which costs about as much as a rule-less event: kept out of the
  // rate), each with its own devices, engine and trace store on the same database.
  const runEngine = (stream: readonly Ev[], timed: boolean) => {
    const model = timed ? makeDevices(s.devices) : devices;
    const bus = new EventBus(quiet);
    // As the core writes them: on a thread of their own, with its own connection to the file.
    const traces = new TraceStore({ db, log: quiet, ...(process.env.BENCH_TRACES_HERE ? {} : { thread: { file, pragmas: () => [] } }) });
    const latencies: number[] = [];
    const lastSkip = new Map<string, number>();
    let dispatched = 0;
    let skipped = 0;
    const engine = new AutomationEngine({
      clock: systemClock,
      value: (id, cap) => model.get(id)?.state[cap],
      lookup: (id) => model.get(id),
      location: () => null,
      dispatch: (rule, trace) => {
        if (timed) latencies.push(performance.now() - eventStart);
        dispatched++;
        traces.record(trace);
      },
      skipped: (rule, trace) => {
        skipped++;
        // As the automation service does: at most one "didn't run" trace per rule per second.
        const last = lastSkip.get(rule.id) ?? -Infinity;
        if (trace.at - last < 1000) return;
        lastSkip.set(rule.id, trace.at);
        traces.record(trace);
      },
    });
    for (const r of rules) engine.put(r);
    engine.start();
    bus.on('device.state', 'automations', (e) => {
      const d = model.get(e.deviceId);
      if (d) d.state[e.capabilityId] = e.value;
      engine.onState(e.deviceId, e.capabilityId, e.value);
    });
    const c = process.cpuUsage();
    const t = performance.now();
    if (timed) {
      for (const e of stream) {
        eventStart = performance.now();
        bus.emit('device.state', e);
      }
    } else {
      for (const e of stream) bus.emit('device.state', e);
    }
    traces.flush();
    const seconds = (performance.now() - t) / 1000;
    const cpu = cpuSeconds(c);
    engine.stop();
    traces.close();
    return { seconds, cpu, latencies, dispatched, skipped };
  };
  const rate = runEngine(events, false);
  const timed = runEngine(events.slice(0, Math.min(events.length, 500_000)), true);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const engineS = rate.seconds;
  const engineCpuS = rate.cpu;
  const { dispatched, skipped } = rate;
  const latencies = timed.latencies;

  const eps = events.length / engineS;
  const baseEps = events.length / baseS;
  const lat = summary(latencies);
  // Per second of CPU the process got: on a shared machine, wall-clock rates also measure the neighbours.
  const cpuEps = events.length / engineCpuS;
  const cpuBaseEps = events.length / baseCpuS;
  const model = { eps: events.length / modelS, cpuEps: events.length / modelCpuS };
  return { eps, baseEps, cpuEps, cpuBaseEps, model, lat, dispatched, skipped, seconds: engineS, cpuSeconds: engineCpuS, sink };
}

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const s = { devices: 10_000, rules: 1_000, events: EVENTS };
  const { eps, baseEps, lat, dispatched, skipped, seconds, sink } = await measureAutomation(s);
  console.log(`automation: ${s.rules} rules over ${s.devices} devices, ${s.events} events in ${seconds.toFixed(2)} s: ${Math.round(eps)} events/s; ` +
    `${dispatched} dispatches, ${skipped} stopped by conditions; trigger→dispatch p50 ${(lat.p50 * 1000).toFixed(1)} µs, p99 ${(lat.p99 * 1000).toFixed(1)} µs (sink ${sink % 2})`);
  console.log(`baseline (bus → no-op listener): ${Math.round(baseEps)} events/s`);
  report('automation_events_per_s', Math.round(eps), 'events/s');
  report('automation_p99_ms', lat.p99, 'ms');
  report('automation_baseline_events_per_s', Math.round(baseEps), 'events/s');
  report('automation_vs_baseline_ratio', eps / baseEps, 'x');
}

/**
 * Saving a rule among many: a core with 1,000 lights and N rules of every kind imported, then new rules saved one
 * by one (store, engine and the conflict check against the others). Figures: median save at 5,000 rules, and in
 * the same run the median save at 250 rules (the baseline) and the import of 5,000 rules.
 */
export async function runRuleSave(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const saves = Number(process.env.BENCH_RULE_SAVES ?? 25);
  const measure = async (rules: number) => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-rules-'));
    const core = buildCore({ dataDir: join(dir, 'data'), host: 'hub', version: 'bench', log: quiet });
    const radio = new ScriptedAdapter();
    // 5,000 rules is far past the Free plan; the demo flag lifts plan limits, which are not what this measures
    await core.startAdapters([radio], { demo: true });
    for (const device of manyLights(1000)) radio.emit({ type: 'device', device });
    const lights = core.devices.list().map((d) => d.id);
    const t0 = performance.now();
    core.automations.import({ format: 'hearth.automations', version: 1, rules: manyRules(rules, lights), scenes: [] });
    const importMs = performance.now() - t0;
    const random = rng(11);
    const pick = () => lights[Math.floor(random() * lights.length)]!;
    const times: number[] = [];
    for (let i = 0; i <= saves; i++) {
      const t = performance.now();
      core.automations.create({
        name: `Saved ${i}`, enabled: true, conditions: [], triggers: [{ type: 'time', at: `0${i % 10}:30`, days: [] }],
        actions: [{ type: 'command', deviceId: pick(), capabilityId: 'onOff', value: true }, { type: 'command', deviceId: pick(), capabilityId: 'level', value: 30 }],
      }, 'form');
      times.push(performance.now() - t);
    }
    await core.stop();
    rmSync(dir, { recursive: true, force: true });
    const first = times.shift()!; // the first check after an import works out every rule's steps once
    return { importMs, first, ...summary(times) };
  };
  const small = await measure(250);
  const large = await measure(5000);
  console.log(`rule save: 250 rules p50 ${small.p50.toFixed(1)} ms (first ${small.first.toFixed(1)} ms); ` +
    `5,000 rules p50 ${large.p50.toFixed(1)} ms, p99 ${large.p99.toFixed(1)} ms (first ${large.first.toFixed(1)} ms); import of 5,000 rules ${large.importMs.toFixed(0)} ms`);
  report('rule_save_ms_5000', large.p50, 'ms');
  report('rule_save_ms_250', small.p50, 'ms');
  report('rule_save_5000_vs_250_ratio', large.p50 / small.p50, 'x');
  report('rule_import_ms_5000', large.importMs, 'ms');
}
