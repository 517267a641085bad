// The conformance suite's harness for MQTT (src/protocols/conformance.test.ts): a real Debian mosquitto on
// 127.0.0.1 (random port), simulated Tasmota plug, ESPHome light and Zigbee2MQTT door sensor announcing
// themselves with HA discovery and adopted once (as in an earlier run of Hearth), a second ESPHome light as the
// spare that announces itself while the pairing window is open, and the real integration over mqtt.js.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ConformanceHarness, SimulatedNetwork } from '../../conformance/harness';
import { MqttAdapter } from '../adapter';
import { esphomeLight, startMqttSimulator, tasmotaPlug, zigbee2mqttDoor } from '../simulator';
import { MOSQUITTO, startMosquitto } from '../simulator/mosquitto';

const quiet = { info() {}, warn() {}, error() {} };

export const conformanceHarness: ConformanceHarness = {
  name: 'MQTT',
  skipReason: () => (MOSQUITTO ? null : 'mosquitto is not installed (apt-get install mosquitto)'),
  async setUp(): Promise<SimulatedNetwork> {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-mqtt-conformance-'));
    const broker = await startMosquitto();
    const sim = await startMqttSimulator(broker.url);
    const plug = tasmotaPlug('8A2F1C');
    const light = esphomeLight('desk');
    const door = zigbee2mqttDoor();
    const spare = esphomeLight('hall', { name: 'Hall Lamp' });
    const byId = new Map([plug, light, door, spare].map((d) => [d.nativeId, d]));
    for (const d of [plug, light, door]) await sim.add(d);
    const create = () => new MqttAdapter({ broker: { url: broker.url }, dataDir: join(dir, 'mqtt'), log: quiet, commandTimeoutMs: 3_000 });

    // Adopted once, as they would have been in an earlier run of Hearth.
    const first = create();
    await first.start();
    const until = Date.now() + 15_000;
    while (first.facets.mqtt.discovered().length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    for (const d of [plug, light, door]) await first.facets.mqtt.adopt(d.nativeId);
    await first.stop();

    return {
      create,
      devices: [plug.nativeId, light.nativeId, door.nativeId],
      command: { nativeId: light.nativeId, capabilityId: 'desk_lamp', value: (current) => current !== true },
      deviceValue: (nativeId, capabilityId) => byId.get(nativeId)?.holds(capabilityId),
      unreachable: { nativeId: plug.nativeId, capabilityId: '8A2F1C_RL_1', value: true },
      setAnswering: (nativeId, answering) => sim.setAnswering(byId.get(nativeId)!, answering),
      pairing: {
        open: (integration) => integration.facets.pairing!.open(60),
        async join() {
          await sim.add(spare);
          return spare.nativeId;
        },
        close: (integration) => integration.facets.pairing!.close(),
      },
      remove: (integration, nativeId) => integration.facets.remove!.remove(nativeId, { force: false }),
      act: (nativeId) => sim.act(byId.get(nativeId)!),
      openLinks: () => broker.connected('hearth-'),
      async tearDown() {
        await sim.stop();
        await broker.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};
