// A Hearth core writing device state as fast as a radio can report it, for crash-safety.test.ts: it prints
// "COMMITTED <n>" each time changes 1..n have been written through the core's own state writer, until killed.
import { buildCore } from '../app';
import { demoDevices, ScriptedAdapter } from './fake-adapter';

const dataDir = process.argv[2]!;
const quiet = { info() {}, warn() {}, error() {} };
const core = buildCore({ dataDir, host: 'hub', version: 'crash', log: quiet });
const radio = new ScriptedAdapter();
await core.startAdapters([radio], { demo: true });
for (const d of demoDevices()) radio.emit({ type: 'device', device: d });

let n = 0;
const burst = () => {
  for (let i = 0; i < 200; i++) {
    n++;
    radio.emit({ type: 'state', nativeId: '5', capabilityId: 'meter.power', value: n, at: Date.now() });
  }
  core.writer.flush();
  process.stdout.write(`COMMITTED ${n}\n`);
  setImmediate(burst);
};
process.stdout.write('READY\n');
burst();
