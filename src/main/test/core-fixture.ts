// A Core over a temp database with a scripted radio carrying the demo home's devices, on a fake clock. It runs as
// the demo home (so the subscription's limits do not apply: tests here put thousands of rules and lights in it);
// subscriptions/enforcement.test.ts builds its own core to test the limits.
import { join } from 'node:path';
import { buildCore, type Core } from '../app';
import { demoDevices, ScriptedAdapter } from './fake-adapter';
import { FakeClock } from './fake-clock';
import { quietLog } from './temp';

export interface Fixture {
  core: Core;
  radio: ScriptedAdapter;
  clock: FakeClock;
  /** Device id by name. */
  id(name: string): string;
  value(name: string, capabilityId: string): unknown;
}

let n = 0;
export async function demoCore(dir: string, start = new Date(2025, 0, 6, 6, 0)): Promise<Fixture> {
  const clock = new FakeClock(start);
  const core = buildCore({ dataDir: join(dir, `core-${n++}`), host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
  const radio = new ScriptedAdapter();
  radio.echo = true;
  await core.startAdapters([radio], { demo: true });
  for (const d of demoDevices()) radio.emit({ type: 'device', device: d });
  const id = (name: string) => core.devices.list().find((d) => d.name === name)!.id;
  return { core, radio, clock, id, value: (name, cap) => core.devices.get(id(name)).state[cap] };
}
