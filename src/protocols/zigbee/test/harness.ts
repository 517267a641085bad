// The conformance suite's harness for Zigbee (src/protocols/conformance.test.ts): the Z-Stack emulator over
// loopback TCP with a bulb, a plug and a door sensor already in its network (joined once through a real permit
// join, kept in herdsman's database), a spare bulb to pair, and the real integration over herdsman's zstack adapter.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConformanceHarness, SimulatedNetwork } from '../../conformance/harness';
import { ZigbeeAdapter } from '../adapter';
import { ZStackEmulator, ikeaBulb, innrPlug, setContactOpen, sonoffContact } from '../simulator';

const quiet = { info() {}, warn() {}, error() {} };

export const conformanceHarness: ConformanceHarness = {
  name: 'Zigbee',
  skipReason: () => null,
  async setUp(): Promise<SimulatedNetwork> {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-zigbee-conformance-'));
    const network = { panId: 0x3c5e, extendedPanId: randomBytes(8), channel: 21, networkKey: randomBytes(16) };
    const emu = await ZStackEmulator.start({ network });
    const bulb = ikeaBulb({ ieee: '0x000d6ffffe1ac001', nwk: 0x2c01 });
    const plug = innrPlug({ ieee: '0x0017880104ac0002', nwk: 0x2c02, tickMs: 0 });
    const door = sonoffContact({ ieee: '0x00124b002aac0003', nwk: 0x2c03 });
    const spare = ikeaBulb({ ieee: '0x000d6ffffe1ac004', nwk: 0x2c04 });
    const byIeee = new Map([bulb, plug, door, spare].map((d) => [d.ieee, d]));
    const create = () =>
      new ZigbeeAdapter({ serialPath: emu.path, adapterType: 'zstack', ...network, dataDir: join(dir, 'zigbee'), label: 'conformance', log: quiet, readBackAfterMs: 60_000 });

    // The devices join once, as they would have in an earlier run of Hearth.
    const first = create();
    const ready = new Set<string>();
    first.subscribe((e) => e.type === 'pairing' && e.event.type === 'progress' && e.event.step === 'ready' && ready.add(e.event.nativeId));
    await first.start();
    await first.facets.pairing.open(60);
    for (const d of [bulb, plug, door]) await emu.joinWhenPermitted(d);
    const until = Date.now() + 30_000;
    while (ready.size < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    await first.facets.pairing.close();
    await first.stop();
    if (ready.size < 3) throw new Error(`only ${ready.size} of 3 devices joined the simulated network`);

    return {
      create,
      devices: [bulb.ieee, plug.ieee, door.ieee],
      command: { nativeId: bulb.ieee, capabilityId: 'onOff', value: (current) => current !== true },
      deviceValue(nativeId, capabilityId) {
        const v = byIeee.get(nativeId)?.get(1, 'genOnOff', 'onOff');
        return capabilityId === 'onOff' && v !== undefined ? v === 1 : undefined;
      },
      unreachable: { nativeId: plug.ieee, capabilityId: 'onOff', value: true },
      async setAnswering(nativeId, answering) {
        emu.setUnreachable(byIeee.get(nativeId)!, !answering);
      },
      failNextInterview() {
        // The demo's sleepy spare does the same: its active endpoints go unanswered, so the interview fails.
        emu.failZdo(spare, 'activeEndpoints', 2);
      },
      setLinkQuality(nativeId, lqi) {
        byIeee.get(nativeId)!.linkQuality = lqi;
      },
      pairing: {
        open: (integration) => integration.facets.pairing!.open(60),
        async join() {
          await emu.joinWhenPermitted(spare);
          return spare.ieee;
        },
        close: (integration) => integration.facets.pairing!.close(),
      },
      remove: (integration, nativeId) => integration.facets.remove!.remove(nativeId, { force: false }),
      async act(nativeId) {
        const d = byIeee.get(nativeId)!;
        if (d === door) setContactOpen(door, (Number(door.get(1, 'ssIasZone', 'zoneStatus') ?? 0) & 1) === 0);
        else {
          d.set(1, 'genOnOff', 'onOff', d.get(1, 'genOnOff', 'onOff') === 1 ? 0 : 1);
          d.report(1, 'genOnOff');
        }
      },
      openLinks: () => (emu.hostConnected ? 1 : 0),
      async tearDown() {
        await emu.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
