// A start of Hearth on a real home (nothing plugged in, no broker, Matter not set up on the home network), for
// lazy-stacks.test.ts: prints "RADIOS <json>" with the radios that run, then "MATTER <json>" with the answer a
// Matter request gets, and stops.
import { startApp } from '../app';

const dataDir = process.argv[2]!;
const quiet = { info() {}, warn() {}, error() {} };
const app = await startApp({ dataDir, host: 'hub', log: quiet, skipOnboarding: true });
await app.radiosStarted;
process.stdout.write(`RADIOS ${JSON.stringify(app.core.info().adapters.map((a) => a.protocol))} demo=${app.core.info().demo}\n`);
const reply = await app.core.dispatch('matter.fabrics', { deviceId: 'matter:1' }, { actor: 'test' });
process.stdout.write(`MATTER ${JSON.stringify(reply)}\n`);
await app.stop();
