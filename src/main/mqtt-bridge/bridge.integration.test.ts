// Hearth publishing a home on a real broker (Debian's mosquitto on 127.0.0.1), seen the way Home Assistant sees it:
// a subscriber on homeassistant/# and hearth/# reads the discovery configs and states; commands it publishes run as
// plans with audit entries; a bad one is refused with a reason; when Hearth's connection dies (a TCP proxy in
// between is cut) the last will says offline, and Hearth comes back and publishes again. A device Hearth adopted
// from the same broker is never published back.
import { createServer, connect as tcpConnect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBroker, createMqttIntegration, MOSQUITTO, startMosquitto, startMqttSimulator, tasmotaPlug, type BrokerLink, type BrokerMessage, type Mosquitto, type MqttDeviceSimulator } from '../../protocols/mqtt';
import { buildCore, type Core } from '../app';
import { demoDevices, ScriptedAdapter } from '../test/fake-adapter';
import { tempDir } from '../test/temp';
import { waitFor } from '../test/wait';

const HOME = 'test-home';

/** A TCP proxy to the broker that can cut every connection through it, as a network failure would. */
async function cuttableProxy(port: number): Promise<{ url: string; cut(): void; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = tcpConnect(port, '127.0.0.1');
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => {
        sockets.delete(s);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const a = server.address();
  const p = a && typeof a === 'object' ? a.port : 0;
  return {
    url: `mqtt://127.0.0.1:${p}`,
    cut: () => {
      for (const s of sockets) s.destroy();
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

describe.skipIf(!MOSQUITTO)('Hearth on MQTT (the bridge)', () => {
  let broker: Mosquitto;
  let proxy: Awaited<ReturnType<typeof cuttableProxy>>;
  let sim: MqttDeviceSimulator;
  let core: Core;
  let radio: ScriptedAdapter;
  let ha: BrokerLink;
  const latest = new Map<string, string>();
  const messages: BrokerMessage[] = [];
  const warnings: string[] = [];
  const plug = tasmotaPlug('8A2F1C', { name: 'Adopted Plug' });
  const config = (component: string, object: string) => {
    const raw = latest.get(`homeassistant/${component}/hearth_${HOME}/${object}/config`);
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  };

  beforeAll(async () => {
    broker = await startMosquitto();
    proxy = await cuttableProxy(broker.port);
    sim = await startMqttSimulator(broker.url);
    await sim.add(plug);
    ha = await connectBroker({ url: broker.url, clientId: 'home-assistant-test' });
    ha.onMessage((m) => {
      latest.set(m.topic, m.payload);
      messages.push(m);
    });
    await ha.subscribe(['homeassistant/#', 'hearth/#']);
    const dir = tempDir();
    core = buildCore({
      dataDir: join(dir, 'core'), host: 'hub', version: 'test',
      log: { info() {}, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) },
      mqttPublish: { publish: { enabled: true, url: proxy.url, homeId: HOME } },
    });
    radio = new ScriptedAdapter();
    radio.echo = true;
    const consumer = createMqttIntegration({ broker: { url: broker.url }, dataDir: join(dir, 'mqtt'), adopt: 'all', log: { info() {}, warn() {}, error() {} } });
    await core.startAdapters([radio, consumer], { demo: true });
    for (const d of demoDevices()) radio.emit({ type: 'device', device: d });
    await core.mqttBridge.whenOnline();
  }, 60_000);

  afterAll(async () => {
    await core?.stop();
    await ha?.end();
    await sim?.stop();
    await proxy?.close();
    await broker?.stop();
  });

  it('announces each device with Home Assistant discovery (retained) and keeps its state current', async () => {
    const light = await waitFor(() => config('light', 'zwave_3_light'), 10_000, 'the Ceiling Light config');
    expect(light).toMatchObject({
      schema: 'json', brightness: true, brightness_scale: 100, supported_color_modes: ['brightness'],
      command_topic: `hearth/${HOME}/zwave_3/light/set`, state_topic: `hearth/${HOME}/zwave_3/light/state`,
      unique_id: `hearth_${HOME}_zwave_3_light`,
      device: { name: 'Ceiling Light', suggested_area: 'Living Room' },
      availability: [{ topic: `hearth/${HOME}/status` }, { topic: `hearth/${HOME}/zwave_3/availability` }],
    });
    expect(config('switch', 'zwave_2_onoff')).toMatchObject({ command_topic: `hearth/${HOME}/zwave_2/onoff/set`, device: { name: 'Floor Lamp' } });
    expect(config('climate', 'zwave_4_setpoint')).toMatchObject({ min_temp: 5, max_temp: 30, current_temperature_topic: `hearth/${HOME}/zwave_4/setpoint/current` });
    expect(config('sensor', 'zwave_4_sensor_temperature')).toMatchObject({ device_class: 'temperature', unit_of_measurement: '°C' });
    expect(config('sensor', 'zwave_5_meter_power')).toMatchObject({ device_class: 'power', unit_of_measurement: 'W' });
    expect(config('lock', 'zwave_6_lock')).toMatchObject({ command_topic: `hearth/${HOME}/zwave_6/lock/set` });
    expect(latest.get(`hearth/${HOME}/status`)).toBe('online');
    expect(latest.get(`hearth/${HOME}/zwave_4/setpoint/state`)).toBe('20');
    expect(latest.get(`hearth/${HOME}/zwave_6/lock/state`)).toBe('LOCKED');

    radio.emit({ type: 'state', nativeId: '5', capabilityId: 'meter.power', value: 1850, at: Date.now() });
    await waitFor(() => (latest.get(`hearth/${HOME}/zwave_5/meter_power/state`) === '1850' ? true : undefined), 5_000, 'the new power reading');

    // A dashboard that connects later gets it all from the broker's retained messages.
    const late = await connectBroker({ url: broker.url, clientId: 'late-dashboard' });
    const got = new Map<string, string>();
    late.onMessage((m) => got.set(m.topic, m.payload));
    await late.subscribe([`homeassistant/light/hearth_${HOME}/+/config`, `hearth/${HOME}/zwave_5/meter_power/state`]);
    await waitFor(() => (got.size >= 2 ? true : undefined), 5_000, 'retained messages');
    expect(got.get(`hearth/${HOME}/zwave_5/meter_power/state`)).toBe('1850');
    await late.end();
  });

  it('runs a command from the command topic as a plan, audited as MQTT', async () => {
    await ha.publish(`hearth/${HOME}/zwave_3/light/set`, JSON.stringify({ state: 'ON', brightness: 40 }));
    await waitFor(() => (latest.get(`hearth/${HOME}/zwave_3/light/state`)?.includes('"brightness":40') ? true : undefined), 5_000, 'the light state');
    expect(JSON.parse(latest.get(`hearth/${HOME}/zwave_3/light/state`)!)).toMatchObject({ state: 'ON', brightness: 40 });
    expect(radio.commands).toEqual(expect.arrayContaining([{ nativeId: '3', capabilityId: 'onOff', value: true }, { nativeId: '3', capabilityId: 'level', value: 40 }]));
    const plan = core.plans.history(10).find((p) => p.source.kind === 'mqtt');
    expect(plan).toMatchObject({ status: 'done', source: { kind: 'mqtt', topic: `hearth/${HOME}/zwave_3/light/set` }, title: 'Ceiling Light (from MQTT)' });
    const audit = core.db.prepare("SELECT actor, target, detail FROM audit_log WHERE action = 'device.command' AND target = 'zwave:3'").all() as { actor: string; detail: string }[];
    expect(audit.map((a) => a.actor)).toEqual([`mqtt:${new URL(proxy.url).host}`, `mqtt:${new URL(proxy.url).host}`]);
    expect(audit.map((a) => JSON.parse(a.detail))).toEqual(expect.arrayContaining([{ capabilityId: 'level', value: 40 }]));
    // And the app can undo it like any plan.
    expect(plan!.undoUntil).toBeGreaterThan(Date.now());
  });

  it('refuses a malformed command with a reason it logs and says on …/rejected, and keeps working', async () => {
    const before = radio.commands.length;
    const rejected = () => messages.filter((m) => m.topic === `hearth/${HOME}/rejected`).map((m) => JSON.parse(m.payload) as { topic: string; reason: string });
    await ha.publish(`hearth/${HOME}/zwave_3/light/set`, '{"state": "SIDEWAYS"');
    await ha.publish(`hearth/${HOME}/zwave_3/light/set`, JSON.stringify({ state: 'ON', brightness: 400 }));
    await ha.publish(`hearth/${HOME}/zwave_2/onoff/set`, 'maybe');
    await ha.publish(`hearth/${HOME}/zwave_6/lock/set`, 'UNLOCK');
    await waitFor(() => (rejected().length >= 4 ? true : undefined), 5_000, 'four rejections');
    const reasons = rejected().map((r) => r.reason);
    expect(reasons[0]).toMatch(/A light takes JSON like \{"state": "ON"/);
    expect(reasons[1]).toMatch(/"brightness".*100/);
    expect(reasons[2]).toBe('A switch takes ON or OFF, not "maybe".');
    expect(reasons[3]).toMatch(/Unlocking Back Door from MQTT is turned off/);
    expect(warnings.filter((w) => w.startsWith(`MQTT command on hearth/${HOME}/`)).length).toBeGreaterThanOrEqual(4);
    expect(radio.commands.length).toBe(before);
    const refusedAudit = core.db.prepare("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'mqtt.command.refused'").get() as { n: number };
    expect(refusedAudit.n).toBeGreaterThanOrEqual(4);
    // Still listening: a good command after the bad ones goes through.
    await ha.publish(`hearth/${HOME}/zwave_2/onoff/set`, 'ON');
    await waitFor(() => (latest.get(`hearth/${HOME}/zwave_2/onoff/state`) === 'ON' ? true : undefined), 5_000, 'the Floor Lamp on');
  });

  it('never publishes a device adopted from MQTT', async () => {
    const adopted = await waitFor(() => core.devices.list().find((d) => d.protocol === 'mqtt' && d.name === 'Adopted Plug'), 15_000, 'the adopted plug');
    await sim.act(plug); // its state changes: still nothing of it on Hearth's topics
    await waitFor(() => (core.devices.get(adopted.id).state['8A2F1C_RL_1'] === true ? true : undefined), 5_000, 'the plug report');
    await new Promise((r) => setTimeout(r, 300));
    const ours = [...latest.keys()].filter((t) => t.includes(`hearth_${HOME}`) || t.startsWith(`hearth/${HOME}/`));
    expect(ours.length).toBeGreaterThan(10);
    expect(ours.filter((t) => t.includes('8A2F1C') || t.includes('mqtt_'))).toEqual([]);
  });

  it('updates the config on a rename and withdraws it when the device is removed', async () => {
    core.devices.rename('zwave:2', 'Reading Lamp', 'test');
    await waitFor(() => ((config('switch', 'zwave_2_onoff')?.device as { name?: string } | undefined)?.name === 'Reading Lamp' ? true : undefined), 5_000, 'the renamed config');
    radio.emit({ type: 'deviceRemoved', nativeId: '2' });
    await waitFor(() => (latest.get(`homeassistant/switch/hearth_${HOME}/zwave_2_onoff/config`) === '' ? true : undefined), 5_000, 'the withdrawn config');
    expect(latest.get(`hearth/${HOME}/zwave_2/onoff/state`)).toBe('');
  });

  it('goes offline by its last will when the connection dies, then reconnects and publishes again', async () => {
    const from = messages.length;
    proxy.cut();
    await waitFor(() => (messages.slice(from).some((m) => m.topic === `hearth/${HOME}/status` && m.payload === 'offline') ? true : undefined), 10_000, 'the last will');
    await waitFor(() => (messages.slice(from).some((m) => m.topic === `hearth/${HOME}/status` && m.payload === 'online') ? true : undefined), 15_000, 'online again');
    await waitFor(() => (messages.slice(from).some((m) => m.topic === `homeassistant/light/hearth_${HOME}/zwave_3_light/config`) ? true : undefined), 5_000, 'configs published again');
    await core.mqttBridge.whenOnline();
    expect(core.mqttBridge.status()).toMatchObject({ state: 'online', homeId: HOME });
    // The removed Floor Lamp stays withdrawn after the reconnect.
    expect(latest.get(`homeassistant/switch/hearth_${HOME}/zwave_2_onoff/config`)).toBe('');
  }, 30_000);
});

describe('the MQTT bridge and the subscription', () => {
  it('is refused on Free with the tiers that include it', async () => {
    const core = buildCore({ dataDir: join(tempDir(), 'core'), host: 'hub', version: 'test', log: { info() {}, warn() {}, error() {} }, mqttPublish: { publish: { enabled: true, url: 'mqtt://127.0.0.1:9', homeId: 'h' } } });
    try {
      await core.startAdapters([new ScriptedAdapter()], { demo: false });
      await waitFor(() => (core.mqttBridge.status().state === 'refused' ? true : undefined), 2_000, 'the refusal');
      expect(core.mqttBridge.status().message).toBe(
        'Publishing this home on MQTT (the MQTT bridge) is part of Professional and Enterprise; this home is on Free. Upgrade in Subscription (a licence key unlocks it at once).',
      );
    } finally {
      await core.stop();
    }
  });

  it('is off by default, and follows its settings without a restart', async () => {
    const core = buildCore({ dataDir: join(tempDir(), 'core'), host: 'hub', version: 'test', log: { info() {}, warn() {}, error() {} } });
    try {
      await core.startAdapters([new ScriptedAdapter()], { demo: true });
      expect(core.mqttBridge.status()).toMatchObject({ state: 'off', devices: 0 });
      core.settings.set('mqtt.publish.enabled', true);
      expect((await core.mqttBridge.apply()).state).toBe('refused');
      expect(core.mqttBridge.status().message).toMatch(/No broker to publish on: set one up in Settings → Integrations → MQTT/);
      core.settings.set('mqtt.publish.url', 'mqtt://127.0.0.1:9');
      await core.mqttBridge.apply();
      await waitFor(() => (core.mqttBridge.status().message ? true : undefined), 5_000, 'the connection refusal');
      expect(core.mqttBridge.status()).toMatchObject({ state: 'connecting', broker: '127.0.0.1:9' });
      expect(core.mqttBridge.status().homeId).toMatch(/^home-[0-9a-f]{6}$/);
      expect(core.settings.get('mqtt.publish.homeId')).toBe(core.mqttBridge.status().homeId);
      core.settings.set('mqtt.publish.enabled', false);
      expect(await core.mqttBridge.apply()).toMatchObject({ state: 'off' });
    } finally {
      await core.stop();
    }
  });
});
