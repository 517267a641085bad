// MQTT in: state messages published on a real mosquitto (Debian's binary, started here on 127.0.0.1) → capability
// state events out of Hearth's MQTT integration (discovery, topic routing, value templates), per second. Baseline,
// same run, same broker, same publisher: raw mqtt.js throughput, a plain subscriber counting the same messages.
// A Tasmota plug announces itself and is adopted; its stat/RESULT topic then gets N reports alternating ON and OFF
// (each a state event), then one power reading that marks the end. Publishing keeps 50 messages in flight.
// mqtt_events_of_messages: events out per message in (below 1 when mosquitto dropped QoS 0 messages because
// the integration read more slowly than they came; seen once, 0.16, on a loaded machine).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectBroker, createMqttIntegration, MOSQUITTO, startMosquitto, startMqttSimulator, tasmotaPlug, type BrokerLink } from '../src/protocols/mqtt';

const quiet = { info() {}, warn() {}, error() {} };
const MESSAGES = Number(process.env.BENCH_MQTT_MESSAGES ?? 20_000);
const ROUNDS = Number(process.env.BENCH_MQTT_ROUNDS ?? 5);
const ID = 'BE0C4A';
const RESULT = `tasmota_${ID}/stat/RESULT`;
const SENSOR = `tasmota_${ID}/tele/SENSOR`;
const END_WATTS = 4242;

async function publishAll(pub: BrokerLink, topic: string): Promise<void> {
  // 50 in flight at a time (not one round trip each), so the reading side is what is measured.
  for (let i = 0; i < MESSAGES; i += 50) {
    const batch: Promise<void>[] = [];
    for (let j = i; j < Math.min(MESSAGES, i + 50); j++) batch.push(pub.publish(topic, JSON.stringify({ POWER: j % 2 === 0 ? 'ON' : 'OFF' })));
    await Promise.all(batch);
  }
  await pub.publish(SENSOR, JSON.stringify({ ENERGY: { Total: 1, Power: END_WATTS, Voltage: 230, Current: 1 } }));
}

const until = (done: () => boolean, what: string, ms = 120_000) =>
  new Promise<void>((resolve, reject) => {
    const end = Date.now() + ms;
    const tick = () => (done() ? resolve() : Date.now() > end ? reject(new Error(`bench: timed out waiting for ${what}`)) : setTimeout(tick, 1));
    tick();
  });

export async function run(report: (name: string, value: number, unit: string) => void): Promise<void> {
  if (!MOSQUITTO) throw new Error('bench mqtt needs mosquitto (apt-get install mosquitto)');
  const dir = mkdtempSync(join(tmpdir(), 'hearth-bench-mqtt-'));
  const broker = await startMosquitto();
  const sim = await startMqttSimulator(broker.url);
  const pub = await connectBroker({ url: broker.url, clientId: 'bench-publisher' });
  const raw = await connectBroker({ url: broker.url, clientId: 'bench-raw' });
  const hearth = createMqttIntegration({ broker: { url: broker.url }, dataDir: join(dir, 'mqtt'), adopt: 'all', log: quiet });
  try {
    let events = 0;
    let ended = false;
    hearth.subscribe((e) => {
      if (e.type !== 'state') return;
      if (e.value === END_WATTS) ended = true;
      else events++;
    });
    await hearth.start();
    await sim.add(tasmotaPlug(ID, { name: 'Bench Plug' }));
    await until(() => hearth.devices().some((d) => d.nativeId === ID), 'the plug to be adopted', 15_000);
    await new Promise((r) => setTimeout(r, 300)); // its first reports settle
    let rawCount = 0;
    raw.onMessage((m) => {
      if (m.topic.startsWith('bench/raw/')) rawCount++;
    });
    await raw.subscribe(['bench/raw/#']);

    const rawRates: number[] = [];
    const delivered: number[] = [];
    const eventRates: number[] = [];
    // Interleaved rounds, so both see the same machine load.
    for (let round = 0; round < ROUNDS; round++) {
      rawCount = 0;
      let t = performance.now();
      await publishAll(pub, `bench/raw/${RESULT}`);
      await until(() => rawCount >= MESSAGES, 'the raw subscriber');
      rawRates.push(MESSAGES / ((performance.now() - t) / 1000));

      events = 0;
      ended = false;
      t = performance.now();
      await publishAll(pub, RESULT);
      await until(() => ended, "Hearth's last event");
      const s = (performance.now() - t) / 1000;
      eventRates.push(events / s);
      // mosquitto drops QoS 0 messages a subscriber is too slow to take (max_queued_messages): say how many.
      delivered.push(events / MESSAGES);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(`mqtt: ${MESSAGES} messages x ${ROUNDS} rounds; raw ${rawRates.map((r) => r.toFixed(0)).join(', ')} msg/s; Hearth ${eventRates.map((r) => r.toFixed(0)).join(', ')} events/s; events per message ${delivered.map((r) => r.toFixed(3)).join(', ')}`);
    report('mqtt_events_per_s', Math.round(median(eventRates)), 'events/s');
    report('mqtt_raw_messages_per_s', Math.round(median(rawRates)), 'messages/s');
    report('mqtt_vs_raw_ratio', median(eventRates) / median(rawRates), 'ratio');
    report('mqtt_events_of_messages', median(delivered), 'ratio');
  } finally {
    await hearth.stop().catch(() => undefined);
    await raw.end();
    await pub.end();
    await sim.stop();
    await broker.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
