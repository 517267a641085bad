// A Zigbee "stick" for e2e tests that need a home other than the demo: Hearth's Z-Stack emulator on 127.0.0.1 with
// N IKEA bulbs powered on (not joined), run as its own process (`npx tsx e2e/zigbee-stick.ts 6`; Playwright's loader
// cannot load zigbee-herdsman). It prints `STICK <path>` and each bulb's IEEE address (`BULB <i> <ieee>`), then reads
// commands on stdin: `join <i>…` (the bulbs join once the network is opened; `JOINED <i>`, or `FAILED <i> <why>`)
// and `permit` (`PERMIT open|closed`). It stops when stdin closes.
import { createInterface } from 'node:readline';
import { ZStackEmulator, ikeaBulb } from '../src/protocols/zigbee';

const count = Number(process.argv[2] ?? 6);
const emu = await ZStackEmulator.start();
const bulbs = Array.from({ length: count }, (_, i) => emu.addDevice(ikeaBulb({ ieee: `0x000d6ffffe2b00${String(i + 1).padStart(2, '0')}`, nwk: 0x2b01 + i })));
console.log(`STICK ${emu.path}`);
bulbs.forEach((b, i) => console.log(`BULB ${i} ${b.ieee}`));

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const [cmd, ...args] = line.trim().split(/\s+/);
  if (cmd === 'permit') console.log(`PERMIT ${emu.permitJoinOpen ? 'open' : 'closed'}`);
  if (cmd === 'join') {
    for (const i of args.map(Number)) {
      const bulb = bulbs[i];
      if (!bulb) continue;
      emu.joinWhenPermitted(bulb, 30_000).then(
        () => console.log(`JOINED ${i}`),
        (err: Error) => console.log(`FAILED ${i} ${err.message}`),
      );
    }
  }
});
lines.on('close', () => void emu.stop().then(() => process.exit(0)));
