// A headless hub given an MQTT broker (hub --mqtt-url … --mqtt-adopt all): a real mosquitto on 127.0.0.1 with a
// simulated Tasmota plug announcing itself; the hub runs the real home (no demo), the plug becomes a Hearth device
// and a command through the dispatcher switches the plug itself, confirmed by its own report.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/contract';
import { MOSQUITTO, type Mosquitto, type MqttDeviceSimulator, startMosquitto, startMqttSimulator, tasmotaPlug } from '../../../protocols/mqtt';
import { startApp } from '../../app';
import { quietLog, tempDir } from '../../test/temp';
import { waitFor } from '../../test/wait';
import { readMqttCredentials } from './index';

describe.skipIf(!MOSQUITTO)('a hub on an MQTT broker', () => {
  let broker: Mosquitto;
  let sim: MqttDeviceSimulator;
  beforeAll(async () => {
    broker = await startMosquitto();
    sim = await startMqttSimulator(broker.url);
  });
  afterAll(async () => {
    await sim?.stop();
    await broker?.stop();
  });

  it('adopts the announced plug (--mqtt-adopt all) and switches it from a command', async () => {
    const plug = tasmotaPlug('C0FFEE', { name: 'Kitchen Plug' });
    await sim.add(plug);
    const app = await startApp({ dataDir: tempDir(), host: 'hub', log: quietLog, matter: false, mqtt: { url: broker.url, adopt: 'all' } });
    try {
      await app.radiosStarted;
      expect(app.core.info()).toMatchObject({ demo: false });
      expect(app.core.info().adapters).toContainEqual(expect.objectContaining({ protocol: 'mqtt', state: 'ready' }));
      const device = await waitFor(() => app.core.devices.list().find((d) => d.protocol === 'mqtt' && d.name === 'Kitchen Plug' && d.health === 'online'), 15_000);
      const states: EventPayload<'device.state'>[] = [];
      app.core.bus.on('device.state', 'test', (s) => states.push(s));
      const reply = await app.core.dispatch('devices.command', { deviceId: device.id, capabilityId: 'C0FFEE_RL_1', value: true }, { actor: 'test' });
      expect(reply).toEqual({ ok: true, result: { ok: true } });
      await waitFor(() => states.find((s) => s.deviceId === device.id && s.capabilityId === 'C0FFEE_RL_1' && s.value === true));
      expect(plug.holds('C0FFEE_RL_1')).toBe(true);
    } finally {
      await app.stop();
    }
  }, 60_000);
});

describe('the MQTT credentials file', () => {
  it('reads {username, password}; anything else is refused, naming the file', () => {
    const dir = tempDir();
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify({ username: 'hearth', password: 's3cret' }));
    expect(readMqttCredentials(good)).toEqual({ username: 'hearth', password: 's3cret' });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"user": "hearth"');
    expect(() => readMqttCredentials(bad)).toThrow(/bad\.json is not JSON/);
    writeFileSync(bad, JSON.stringify({ user: 'hearth', pass: 1 }));
    expect(() => readMqttCredentials(bad)).toThrow(/must hold exactly "username" and "password"/);
    expect(() => readMqttCredentials(join(dir, 'missing.json'))).toThrow(/Cannot read the MQTT credentials file/);
  });
});
