// Automation at the scale of a large installation: 10,000 rules over 100,000 devices, the same stream, engine and
// trace writing as bench/automation.ts (1 in 10 devices has a rule listening; each rule checks a device's state
// and the weekday, then dispatches a command). Baseline in the same run: the same events through the bus to a
// listener that does nothing. Goal ≥ 1,000,000 events/s.
import { measureAutomation } from './automation';

const EVENTS = Number(process.env.BENCH_AUTOMATION_EVENTS ?? 2_000_000);

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  const s = { devices: 100_000, rules: 10_000, events: EVENTS };
  const { eps, baseEps, cpuEps, cpuBaseEps, model, lat, dispatched, skipped, seconds, cpuSeconds, sink } = await measureAutomation(s);
  console.log(`automation (100k): ${s.rules} rules over ${s.devices} devices, ${s.events} events in ${seconds.toFixed(2)} s ` +
    `(${cpuSeconds.toFixed(2)} s of CPU): ${Math.round(eps)} events/s, ${Math.round(cpuEps)} per CPU-second; ` +
    `${dispatched} dispatches, ${skipped} stopped by conditions; trigger→dispatch p99 ${(lat.p99 * 1000).toFixed(1)} µs (sink ${sink % 2})`);
  console.log(`baseline (bus → no-op listener): ${Math.round(baseEps)} events/s, ${Math.round(cpuBaseEps)} per CPU-second`);
  console.log(`baseline (bus → device model update, no engine): ${Math.round(model.eps)} events/s, ${Math.round(model.cpuEps)} per CPU-second`);
  report('automation_events_per_s_100k', Math.round(eps), 'events/s');
  report('automation_events_per_cpu_s_100k', Math.round(cpuEps), 'events/cpu-s');
  report('automation_p99_ms_100k', lat.p99, 'ms');
  report('automation_baseline_events_per_s_100k', Math.round(baseEps), 'events/s');
  report('automation_vs_baseline_ratio_100k', eps / baseEps, 'x');
  report('automation_model_only_events_per_s_100k', Math.round(model.eps), 'events/s');
  report('automation_vs_model_only_ratio_100k', eps / model.eps, 'x');
}
