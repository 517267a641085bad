// Fan, lock, number and select on a real broker (Debian mosquitto on 127.0.0.1, started by the test): a simulated
// device announces itself with the documented discovery payloads (test/fixtures/discovery.json, node id
// 'docs_examples'), Hearth adopts it, shows what its state topics say, and each command reaches the device's command
// topic with the payload it expects. Malformed announcements and unreadable state messages are refused or ignored
// with a reason in the log, and the device keeps working.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationEvent } from '../../shared/integration';
import { MqttAdapter } from './adapter';
import type { MqttEvent } from './facets';
import { type MqttDeviceSimulator, type Publish, type SimulatedMqttDevice, startMqttSimulator } from './simulator';
import { MOSQUITTO, type Mosquitto, startMosquitto } from './simulator/mosquitto';

const fixtures = (JSON.parse(readFileSync(join(__dirname, 'test', 'fixtures', 'discovery.json'), 'utf8')) as { messages: Array<{ topic: string; payload: Record<string, unknown> }> }).messages;
const documented = fixtures.filter((f) => f.topic.includes('/docs_examples/')).map((f) => ({ topic: f.topic, config: f.payload }));

/** A device behind the documented fan, lock, number and select: it obeys their command topics and reports back. */
function documentedDevice() {
  const s = { fanOn: false, speed: 3, locked: true, threshold: 20, option: 'Option 1' };
  const received: Array<{ topic: string; payload: string }> = [];
  const fan = (): Publish[] => [
    { topic: 'bedroom_fan/on/state', payload: String(s.fanOn), retain: true },
    { topic: 'bedroom_fan/speed/percentage_state', payload: String(s.speed), retain: true },
  ];
  const lock = (): Publish => ({ topic: 'home/frontdoor/state', payload: s.locked ? 'LOCKED' : 'UNLOCKED', retain: true });
  const threshold = (): Publish => ({ topic: 'my-device/threshold/state', payload: String(s.threshold), retain: true });
  const option = (): Publish => ({ topic: 'topic/state', payload: s.option, retain: true });
  const device: SimulatedMqttDevice = {
    nativeId: 'docs_examples',
    discovery: documented,
    availability: { topic: 'docs_examples/status', online: 'online', offline: 'offline' },
    commandTopics: ['bedroom_fan/on/set', 'bedroom_fan/speed/percentage', 'home/frontdoor/set', 'my-device/threshold', 'topic'],
    command(topic, payload) {
      received.push({ topic, payload });
      // Each report names what changed, the asked-for value last: a later command is not answered by this one's report.
      if (topic === 'bedroom_fan/on/set' && (payload === 'true' || payload === 'false')) {
        s.fanOn = payload === 'true';
        return s.fanOn ? fan().slice(0, 1) : fan();
      }
      if (topic === 'bedroom_fan/speed/percentage' && /^([1-9]|10)$/.test(payload)) {
        [s.fanOn, s.speed] = [true, Number(payload)];
        return fan();
      }
      if (topic === 'home/frontdoor/set' && (payload === 'LOCK' || payload === 'UNLOCK')) {
        s.locked = payload === 'LOCK';
        return [lock()];
      }
      if (topic === 'my-device/threshold' && Number.isFinite(Number(payload))) {
        s.threshold = Number(payload);
        return [threshold()];
      }
      if (topic === 'topic' && ['Option 1', 'Option 2'].includes(payload)) {
        s.option = payload;
        return [option()];
      }
      return [];
    },
    report: () => [...fan(), lock(), threshold(), option()],
    act() {
      s.locked = !s.locked;
      return [lock()];
    },
    holds(cap) {
      const held: Record<string, boolean | number> = { bedroom_fan: s.fanOn, 'bedroom_fan.level': s.speed * 10, frontdoor: s.locked, threshold: s.threshold, test_select: ['Option 1', 'Option 2'].indexOf(s.option) };
      return held[cap];
    },
  };
  return { device, received };
}

async function until<T>(what: string, check: () => T | undefined | false, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe.skipIf(!MOSQUITTO)('documented fan, lock, number and select on mosquitto', () => {
  let broker: Mosquitto;
  let sim: MqttDeviceSimulator;
  let mqtt: MqttAdapter;
  let dir: string;
  const events: Array<IntegrationEvent<MqttEvent>> = [];
  const warnings: string[] = [];
  const { device, received } = documentedDevice();
  const state = () => mqtt.devices().find((d) => d.nativeId === 'docs_examples')?.state ?? {};
  /** The command, and what reached the device's command topics because of it. */
  const send = async (capabilityId: string, value: unknown) => {
    const before = received.length;
    await mqtt.command('docs_examples', capabilityId, value as never);
    return received.slice(before);
  };

  beforeAll(async () => {
    broker = await startMosquitto();
    sim = await startMqttSimulator(broker.url);
    dir = mkdtempSync(join(tmpdir(), 'hearth-mqtt-components-'));
    mqtt = new MqttAdapter({ broker: { url: broker.url }, dataDir: dir, log: { info() {}, warn: (m) => void warnings.push(m), error: (m) => void warnings.push(m) }, commandTimeoutMs: 8_000 });
    mqtt.subscribe((e) => events.push(e));
    await mqtt.start();
    await sim.add(device);
    await until('the device announced', () => mqtt.facets.mqtt.discovered().find((d) => d.nativeId === 'docs_examples' && d.components.length === 4));
    await mqtt.facets.mqtt.adopt('docs_examples');
  }, 60_000);

  afterAll(async () => {
    await mqtt?.stop();
    await sim?.stop();
    await broker?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows what the state topics say, in Hearth’s terms', async () => {
    const d = await until('every first report', () => {
      const x = mqtt.devices().find((y) => y.nativeId === 'docs_examples');
      return x && Object.keys(x.state).length === 5 ? x : undefined;
    });
    expect(d.capabilities.map((c) => [c.id, c.kind, c.writable])).toEqual([
      ['bedroom_fan', 'onOff', true],
      ['bedroom_fan.level', 'level', true],
      ['frontdoor', 'lock', true],
      ['threshold', 'level', true],
      ['test_select', 'level', true],
    ]);
    expect(d.state).toEqual({ bedroom_fan: false, 'bedroom_fan.level': 30, frontdoor: true, threshold: 20, test_select: 0 });
    await sim.act(device); // someone unlocks the door by hand
    await until('the door reported unlocked', () => state().frontdoor === false);
  });

  it('fan: on/off as its payload_on/off, speed as one of its 10 speeds, 0 % as off', async () => {
    expect(await send('bedroom_fan', true)).toEqual([{ topic: 'bedroom_fan/on/set', payload: 'true' }]);
    expect(state().bedroom_fan).toBe(true);
    expect(await send('bedroom_fan.level', 50)).toEqual([{ topic: 'bedroom_fan/speed/percentage', payload: '5' }]);
    expect([state()['bedroom_fan.level'], device.holds('bedroom_fan.level')]).toEqual([50, 50]);
    expect(await send('bedroom_fan.level', 0)).toEqual([{ topic: 'bedroom_fan/on/set', payload: 'false' }]);
    expect([state().bedroom_fan, device.holds('bedroom_fan')]).toEqual([false, false]);
  });

  it('lock: LOCK / UNLOCK out, LOCKED / UNLOCKED back', async () => {
    expect(await send('frontdoor', true)).toEqual([{ topic: 'home/frontdoor/set', payload: 'LOCK' }]);
    expect([state().frontdoor, device.holds('frontdoor')]).toEqual([true, true]);
    expect(await send('frontdoor', false)).toEqual([{ topic: 'home/frontdoor/set', payload: 'UNLOCK' }]);
    expect([state().frontdoor, device.holds('frontdoor')]).toEqual([false, false]);
  });

  it('number: sent on its step within min and max; outside them refused before anything is sent', async () => {
    expect(await send('threshold', 21.3)).toEqual([{ topic: 'my-device/threshold', payload: '21.5' }]);
    expect([state().threshold, device.holds('threshold')]).toEqual([21.5, 21.5]);
    const before = received.length;
    await expect(mqtt.command('docs_examples', 'threshold', 31)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(mqtt.command('docs_examples', 'threshold', 9.5)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(received.length).toBe(before);
  });

  it('select: an option of its options, by name', async () => {
    expect(await send('test_select', 1)).toEqual([{ topic: 'topic', payload: 'Option 2' }]);
    expect([state().test_select, device.holds('test_select')]).toEqual([1, 1]);
    await expect(mqtt.command('docs_examples', 'test_select', 2)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('malformed announcements of each kind are refused and logged in words; unreadable states change nothing', async () => {
    const bad: Array<[string, string, RegExp]> = [
      ['homeassistant/fan/broken/fan/config', JSON.stringify({ cmd_t: 'fan/set', pct_cmd_t: 'fan/+/speed' }), /^percentage_command_topic: .*wildcards/],
      ['homeassistant/lock/broken/lock/config', JSON.stringify({ stat_t: 'door/state' }), /^a lock needs command_topic$/],
      ['homeassistant/number/broken/number/config', JSON.stringify({ cmd_t: 'n/set', min: 'ten' }), /^min: expected a number/],
      ['homeassistant/select/broken/select/config', '{"cmd_t": "s/set", "options": ["a", ', /^the message is not JSON$/],
    ];
    for (const [topic, payload] of bad) await sim.publish(topic, payload, true);
    for (const [topic, , reason] of bad) {
      const got = await until(`the refusal of ${topic}`, () => events.find((e) => e.type === 'stack' && e.event.type === 'rejected' && e.event.topic === topic));
      expect(got.type === 'stack' && got.event.type === 'rejected' ? got.event.reason : '').toMatch(reason);
      expect(warnings.filter((w) => w.startsWith(`Ignored the MQTT discovery message on ${topic}: `))).toHaveLength(1);
    }
    expect(mqtt.facets.mqtt.discovered().map((d) => d.nativeId)).toEqual(['docs_examples']);

    const before = { ...state() };
    for (const [topic, payload] of [['bedroom_fan/speed/percentage_state', 'fast'], ['home/frontdoor/state', 'AJAR'], ['my-device/threshold/state', 'warm'], ['topic/state', 'Option 9']]) await sim.publish(topic!, payload!);
    await sim.publish('bedroom_fan/on/state', String(!before.bedroom_fan)); // a readable report after them
    await until('the readable report', () => state().bedroom_fan === !before.bedroom_fan);
    expect(state()).toEqual({ ...before, bedroom_fan: !before.bedroom_fan });
    expect(mqtt.status().state).toBe('ready');
    expect(await send('test_select', 0)).toEqual([{ topic: 'topic', payload: 'Option 1' }]);
  }, 60_000);
});
