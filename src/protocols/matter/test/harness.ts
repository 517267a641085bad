// The conformance suite's harness for Matter (src/protocols/conformance.test.ts): virtual matter.js devices on
// loopback (a dimmable light, a thermostat, a door sensor, commissioned once by an earlier controller run and
// kept in its storage, and a spare bulb in pairing mode) and Hearth's real controller. Runs only inside a
// loopback-only network namespace, like every Matter test that sends traffic.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConformanceHarness, SimulatedNetwork } from '../../conformance/harness';
import { MatterAdapter } from '../adapter';
import { checkLoopbackOnlyNamespace } from '../loopback-namespace';
import { Logger, LogLevel } from '../matterjs';
import { VirtualMatterDevice } from '../simulator';

/** UDP sockets open in this process (the devices' and the controller's). */
const udpSockets = () => process.getActiveResourcesInfo().filter((r) => r === 'UDPWrap').length;

export const conformanceHarness: ConformanceHarness = {
  name: 'Matter',
  skipReason() {
    const ns = checkLoopbackOnlyNamespace();
    return ns.ok ? null : `not inside a loopback-only network namespace (${ns.reason}); run "npm run test:conformance"`;
  },
  async setUp(): Promise<SimulatedNetwork> {
    Logger.level = LogLevel.FATAL; // devices log refused sessions as errors while they are off; the suite asserts instead
    const dir = mkdtempSync(join(tmpdir(), 'hearth-matter-conformance-'));
    // Pairing data of their own: other Matter test files run devices on the same loopback at the same time.
    const device = (kind: 'dimmableLight' | 'thermostat' | 'contactSensor' | 'onOffLight', id: string, discriminator: number, passcode: number) =>
      VirtualMatterDevice.start({ kind, id, storage: join(dir, id), discriminator, passcode, subscriptionMaxIntervalSeconds: 30 });
    const light = await device('dimmableLight', 'conf-light', 0x5a1, 20202081);
    const thermostat = await device('thermostat', 'conf-thermostat', 0x5a2, 20202082);
    const door = await device('contactSensor', 'conf-door', 0x5a3, 20202083);
    const spare = await device('onOffLight', 'conf-spare', 0x5a4, 20202084);
    let baseline = 0;
    const create = () => {
      baseline = udpSockets(); // what is open before this controller exists: the devices' own sockets
      return new MatterAdapter({ dataDir: join(dir, 'hearth'), commandTimeoutMs: 3_000, label: 'conformance' });
    };

    // An earlier run of the controller added the three devices (by address: no discovery needed).
    const first = create();
    await first.start();
    const ids: string[] = [];
    for (const d of [light, thermostat, door]) ids.push((await first.commission({ code: d.pairing.manualPairingCode, address: d.address })).nativeId);
    await first.stop();
    const [lightId, thermostatId, doorId] = ids as [string, string, string];
    const byId = new Map([
      [lightId, light],
      [thermostatId, thermostat],
      [doorId, door],
    ]);
    let commissioning: Promise<string> | undefined;

    return {
      create,
      devices: ids,
      command: { nativeId: lightId, capabilityId: 'onOff', value: (current) => current !== true },
      deviceValue(nativeId, capabilityId) {
        const v = byId.get(nativeId)?.read();
        return capabilityId === 'onOff' ? v?.onOff : undefined;
      },
      unreachable: { nativeId: thermostatId, capabilityId: 'setpoint', value: 24 },
      async setAnswering(nativeId, answering) {
        const d = byId.get(nativeId)!;
        await (answering ? d.powerOn() : d.powerOff());
      },
      pairing: {
        // Matter adds a device by its pairing code: the attempt is the pairing window.
        async open(integration) {
          commissioning = (integration as MatterAdapter).facets.commissioning
            .commission({ code: spare.pairing.manualPairingCode, address: spare.address })
            .then((d) => d.nativeId);
          commissioning.catch(() => undefined);
        },
        join: () => commissioning!,
        async close() {
          // The window closes by itself when the attempt ends.
        },
      },
      remove: (integration, nativeId) => integration.facets.remove!.remove(nativeId, { force: false }),
      async act(nativeId) {
        const d = byId.get(nativeId)!;
        if (d === door) await door.simulate({ contact: !door.read().contact });
        else await d.simulate({ onOff: !d.read().onOff });
      },
      // The controller's own sockets (operational and mDNS) beyond what was open before the last one was created.
      openLinks: () => Math.max(0, udpSockets() - baseline),
      async tearDown() {
        for (const d of [light, thermostat, door, spare]) await d.powerOn().catch(() => undefined);
        for (const d of [light, thermostat, door, spare]) await d.stop().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
