// The MQTT integration against an in-process broker (aedes on 127.0.0.1): what the user sees of announced
// devices (discovered, adopted, ignored, withdrawn), commands confirmed by the device, a malformed announcement
// that is refused and logged while everything else keeps working, and the broker's refusals in plain words.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HearthError } from '../../shared/errors';
import type { IntegrationEvent } from '../../shared/integration';
import { MqttAdapter } from './adapter';
import type { MqttEvent } from './facets';
import { esphomeLight, type MqttDeviceSimulator, startMqttSimulator, tasmotaPlug } from './simulator';
import { type InProcessBroker, startAedes } from './test/aedes';
import { testBrokerConnection } from './index';

type Event = IntegrationEvent<MqttEvent>;

async function until<T>(what: string, check: () => T | undefined | false, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('MQTT devices on a broker', () => {
  let broker: InProcessBroker;
  let sim: MqttDeviceSimulator;
  let dir: string;
  let mqtt: MqttAdapter;
  const events: Event[] = [];
  const warnings: string[] = [];
  const log = { info() {}, warn: (m: string) => void warnings.push(m), error: (m: string) => void warnings.push(m) };

  beforeEach(async () => {
    broker = await startAedes();
    sim = await startMqttSimulator(broker.url);
    dir = mkdtempSync(join(tmpdir(), 'hearth-mqtt-unit-'));
    events.length = 0;
    warnings.length = 0;
    mqtt = new MqttAdapter({ broker: { url: broker.url }, dataDir: dir, log, commandTimeoutMs: 1_500 });
    mqtt.subscribe((e) => events.push(e));
  });

  afterEach(async () => {
    await mqtt.stop();
    await sim.stop();
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('announced devices are discovered, not added, until the user adopts one; an ignored one stays out', async () => {
    const plug = tasmotaPlug('A1B2C3', { name: 'Kettle Plug' });
    const light = esphomeLight('desk');
    await sim.add(plug);
    await sim.add(light);
    await mqtt.start();
    await until('both discovered', () => mqtt.facets.mqtt.discovered().length === 2);
    expect(mqtt.devices()).toEqual([]);
    expect(mqtt.facets.mqtt.discovered().find((d) => d.nativeId === 'A1B2C3')).toMatchObject({ name: 'Kettle Plug', state: 'discovered', components: ['switch', 'sensor'] });

    await mqtt.facets.mqtt.adopt('A1B2C3');
    await mqtt.facets.mqtt.ignore(light.nativeId);
    expect(mqtt.devices().map((d) => d.nativeId)).toEqual(['A1B2C3']);
    await until('its state', () => mqtt.devices()[0]?.state.A1B2C3_ENERGY_Power !== undefined && mqtt.devices()[0]?.health === 'online');
    expect(mqtt.devices()[0]).toMatchObject({ suggestedName: 'Kettle Plug', manufacturer: 'Tasmota', model: 'Sonoff S31', health: 'online', state: { A1B2C3_RL_1: false, A1B2C3_ENERGY_Power: 0 } });
    expect(events).toContainEqual({ type: 'pairing', event: { type: 'progress', nativeId: 'A1B2C3', step: 'ready', canRetry: false } });
    expect(mqtt.facets.mqtt.discovered().find((d) => d.nativeId === light.nativeId)?.state).toBe('ignored');

    await mqtt.command('A1B2C3', 'A1B2C3_RL_1', true);
    expect(plug.holds('A1B2C3_RL_1')).toBe(true);
    expect(mqtt.devices()[0]!.state.A1B2C3_RL_1).toBe(true);
    await until('the meter to follow', () => mqtt.devices()[0]!.state.A1B2C3_ENERGY_Power === 42);
    await expect(mqtt.command(light.nativeId, 'desk_lamp', true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(mqtt.command('A1B2C3', 'A1B2C3_ENERGY_Power', 5)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(mqtt.command('A1B2C3', 'A1B2C3_RL_1', 7)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('a malformed announcement is refused with a reason and logged once; the others keep working', async () => {
    await mqtt.start();
    await sim.publish('homeassistant/switch/broken/config', '{"name": "Broken", "cmd_t": ', true);
    await sim.publish('homeassistant/light/evil/config', JSON.stringify({ cmd_t: 'lights/#', stat_t: 5 }), true);
    await sim.publish('homeassistant/switch/broken/config', '{"name": "Broken", "cmd_t": ', false);
    const plug = tasmotaPlug('D4E5F6');
    await sim.add(plug);
    await mqtt.facets.mqtt.adopt(await until('the plug', () => mqtt.facets.mqtt.discovered().find((d) => d.nativeId === 'D4E5F6')?.nativeId));
    const rejected = events.flatMap((e) => (e.type === 'stack' && e.event.type === 'rejected' ? [e.event] : []));
    expect(rejected).toContainEqual({ type: 'rejected', topic: 'homeassistant/switch/broken/config', reason: 'the message is not JSON' });
    expect(rejected.find((r) => r.topic === 'homeassistant/light/evil/config')?.reason).toMatch(/topic/);
    expect(warnings.filter((w) => w.includes('homeassistant/switch/broken/config'))).toHaveLength(1);
    expect(mqtt.status().state).toBe('ready');
    await until('its first report', () => mqtt.devices()[0]?.state.D4E5F6_RL_1 === false);
    await mqtt.command('D4E5F6', 'D4E5F6_RL_1', true);
    expect(plug.holds('D4E5F6_RL_1')).toBe(true);
  });

  it('a device that withdraws its announcement leaves Hearth', async () => {
    const plug = tasmotaPlug('0F0F0F');
    await sim.add(plug);
    await mqtt.start();
    await until('discovered', () => mqtt.facets.mqtt.discovered().length === 1);
    await mqtt.facets.mqtt.adopt('0F0F0F');
    await sim.withdraw(plug);
    await until('removed', () => events.some((e) => e.type === 'deviceRemoved' && e.nativeId === '0F0F0F'));
    expect(mqtt.devices()).toEqual([]);
    expect(mqtt.facets.mqtt.discovered()).toEqual([]);
  });
});

describe('the broker refusing Hearth, in plain words', () => {
  it('bad credentials', async () => {
    const broker = await startAedes({ username: 'hearth', password: 'right' });
    try {
      await expect(testBrokerConnection({ url: broker.url, username: 'hearth', password: 'wrong' })).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringMatching(/refused the user name or password/) });
      await expect(testBrokerConnection({ url: broker.url, username: 'hearth', password: 'right' })).resolves.toBeUndefined();
    } finally {
      await broker.stop();
    }
  });

  it('nothing listening, and TLS asked of a plain broker', async () => {
    const free = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => resolve(port));
      });
    });
    const refused = await testBrokerConnection({ url: `mqtt://127.0.0.1:${free}`, connectTimeoutMs: 2_000 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HearthError);
    expect((refused as HearthError).message).toMatch(/Nothing accepts connections at mqtt:\/\/127\.0\.0\.1/);

    const broker = await startAedes();
    try {
      const tls = await testBrokerConnection({ url: broker.url.replace('mqtt:', 'mqtts:'), connectTimeoutMs: 2_000 }).catch((e: unknown) => e);
      expect(tls).toBeInstanceOf(HearthError);
      expect((tls as HearthError).message).toMatch(/TLS/);
    } finally {
      await broker.stop();
    }
  });

  it('an integration that cannot reach its broker says so in its status, and stays startable', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hearth-mqtt-unit-'));
    const mqtt = new MqttAdapter({ broker: { url: 'mqtt://127.0.0.1:1', connectTimeoutMs: 2_000 }, dataDir: dir, log: { info() {}, warn() {}, error() {} } });
    await expect(mqtt.start()).rejects.toBeInstanceOf(HearthError);
    expect(mqtt.status()).toMatchObject({ state: 'failed', message: expect.stringMatching(/Nothing accepts connections/) });
    await mqtt.stop();
    rmSync(dir, { recursive: true, force: true });
  });
});
