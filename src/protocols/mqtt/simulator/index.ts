// Simulated Wi-Fi devices on a real broker, announcing themselves with Home Assistant discovery the way their
// firmware does (topic layouts and keys as in test/fixtures): a Tasmota plug with a power meter, an ESPHome
// light (json schema, brightness and colour temperature), a Zigbee2MQTT door sensor behind its bridge, and a
// Shelly-style cover. Each keeps its own truth, obeys its command topics and reports its new state back.
import { type BrokerLink, connectBroker } from '../mqttjs';

// The broker itself for tests and the e2e: Debian's mosquitto binary, run by the test.
export { freePort, MOSQUITTO, type Mosquitto, startMosquitto } from './mosquitto';

export interface Publish {
  topic: string;
  payload: string;
  retain?: boolean;
}

export interface SimulatedMqttDevice {
  /** The id Hearth groups it by (its discovery device identifier). */
  readonly nativeId: string;
  readonly discovery: Array<{ topic: string; config: Record<string, unknown> }>;
  readonly availability: { topic: string; online: string; offline: string };
  /** Topics the device listens on. */
  readonly commandTopics: string[];
  /** Applies a command; returns what the device then reports (nothing when it did not understand it). */
  command(topic: string, payload: string): Publish[];
  /** Everything it reports about itself now (sent when it comes online). */
  report(): Publish[];
  /** Someone uses it by hand (a button, a door): its truth changes. */
  act(): Publish[];
  /** What it holds for a Hearth capability id, in Hearth's units. */
  holds(capabilityId: string): boolean | number | undefined;
}

/** A Tasmota plug (SetOption19 1: HA discovery), relay and energy monitor, topic `tasmota_<ID>`. */
export function tasmotaPlug(id = '8A2F1C', opts: { name?: string; watts?: number } = {}): SimulatedMqttDevice {
  let power = false;
  const t = `tasmota_${id}`;
  const name = opts.name ?? 'Tasmota Plug';
  const dev = { identifiers: [id], connections: [['mac', `DC:4F:22:${id.slice(0, 2)}:${id.slice(2, 4)}:${id.slice(4, 6)}`]], name, model: 'Sonoff S31', sw_version: '12.5.0(tasmota)', manufacturer: 'Tasmota' };
  const watts = () => (power ? (opts.watts ?? 42) : 0);
  // Set up as Home Assistant users often do (PowerRetain 1, SensorRetain 1): its reports are retained, so a
  // client that connects later learns the state at once instead of at the next telemetry period.
  const result = (): Publish => ({ topic: `${t}/stat/RESULT`, payload: JSON.stringify({ POWER: power ? 'ON' : 'OFF' }), retain: true });
  const sensor = (): Publish => ({ topic: `${t}/tele/SENSOR`, payload: JSON.stringify({ Time: '2024-05-01T12:00:00', ENERGY: { Total: 1.234, Power: watts(), Voltage: 230, Current: watts() / 230 } }), retain: true });
  return {
    nativeId: id,
    discovery: [
      {
        topic: `homeassistant/switch/${id}_RL_1/config`,
        config: { name, cmd_t: '~cmnd/POWER', stat_t: '~stat/RESULT', val_tpl: '{{value_json.POWER}}', pl_off: 'OFF', pl_on: 'ON', avty_t: '~tele/LWT', pl_avail: 'Online', pl_not_avail: 'Offline', uniq_id: `${id}_RL_1`, dev, '~': `${t}/` },
      },
      {
        topic: `homeassistant/sensor/${id}_ENERGY_Power/config`,
        config: { name: `${name} Power`, stat_t: `${t}/tele/SENSOR`, avty_t: `${t}/tele/LWT`, pl_avail: 'Online', pl_not_avail: 'Offline', uniq_id: `${id}_ENERGY_Power`, dev, unit_of_meas: 'W', dev_cla: 'power', stat_cla: 'measurement', val_tpl: "{{value_json['ENERGY']['Power']}}" },
      },
    ],
    availability: { topic: `${t}/tele/LWT`, online: 'Online', offline: 'Offline' },
    commandTopics: [`${t}/cmnd/POWER`],
    command(_topic, payload) {
      const p = payload.trim().toUpperCase();
      if (p === 'ON' || p === '1') power = true;
      else if (p === 'OFF' || p === '0') power = false;
      else if (p === 'TOGGLE' || p === '2') power = !power;
      else return [];
      return [{ topic: `${t}/stat/POWER`, payload: power ? 'ON' : 'OFF' }, result(), sensor()];
    },
    report: () => [result(), sensor()],
    act() {
      power = !power;
      return [result(), sensor()];
    },
    holds: (cap) => (cap === `${id}_RL_1` ? power : cap === `${id}_ENERGY_Power` ? watts() : undefined),
  };
}

/** An ESPHome light (json schema), node `node`, with brightness and colour temperature. */
export function esphomeLight(node = 'desk', opts: { name?: string } = {}): SimulatedMqttDevice {
  const state = { on: false, brightness: 128, mireds: 370 };
  const base = `${node}/light/${node}_lamp`;
  const mac = `a4cf12${Buffer.from(node).toString('hex').padEnd(6, '0').slice(0, 6)}`;
  const report = (): Publish => ({
    topic: `${base}/state`,
    payload: JSON.stringify({ state: state.on ? 'ON' : 'OFF', brightness: state.brightness, color_mode: 'color_temp', color_temp: state.mireds }),
    retain: true,
  });
  const name = opts.name ?? 'Desk Lamp';
  return {
    nativeId: mac,
    discovery: [
      {
        topic: `homeassistant/light/${node}/${node}_lamp/config`,
        config: {
          name,
          schema: 'json',
          brightness: true,
          color_mode: true,
          supported_color_modes: ['color_temp'],
          min_mirs: 153,
          max_mirs: 500,
          avty_t: `${node}/status`,
          stat_t: '~/state',
          cmd_t: '~/command',
          uniq_id: `ESPlight${node}_lamp`,
          '~': base,
          dev: { ids: mac, name: node, sw: 'esphome v2024.5.0 May 15 2024, 10:00:00', mdl: 'esp32dev', mf: 'espressif' },
        },
      },
    ],
    availability: { topic: `${node}/status`, online: 'online', offline: 'offline' },
    commandTopics: [`${base}/command`],
    command(_topic, payload) {
      let cmd: unknown;
      try {
        cmd = JSON.parse(payload);
      } catch {
        return [];
      }
      if (typeof cmd !== 'object' || cmd === null) return [];
      const c = cmd as { state?: unknown; brightness?: unknown; color_temp?: unknown };
      if (c.state === 'ON') state.on = true;
      if (c.state === 'OFF') state.on = false;
      if (typeof c.brightness === 'number') state.brightness = Math.max(0, Math.min(255, Math.round(c.brightness)));
      if (typeof c.color_temp === 'number') state.mireds = Math.max(153, Math.min(500, Math.round(c.color_temp)));
      return [report()];
    },
    report: () => [report()],
    act() {
      state.on = !state.on;
      return [report()];
    },
    holds(cap) {
      if (cap === `${node}_lamp`) return state.on;
      if (cap === `${node}_lamp.level`) return Math.round((state.brightness / 255) * 100);
      if (cap === `${node}_lamp.colorTemp`) return Math.round(1e6 / state.mireds);
      return undefined;
    },
  };
}

/** A Zigbee2MQTT door sensor (friendly name `name`), contact and battery, available while the bridge is. */
export function zigbee2mqttDoor(ieee = '0x00158d0001a2b3c4', name = 'front_door'): SimulatedMqttDevice {
  let open = false;
  const st = `zigbee2mqtt/${name}`;
  const dev = { identifiers: [`zigbee2mqtt_${ieee}`], name, model: 'Aqara door & window contact sensor (MCCGQ11LM)', manufacturer: 'Aqara', via_device: 'zigbee2mqtt_bridge_0x00124b0022d2d3b1' };
  const availability = [{ topic: 'zigbee2mqtt/bridge/state', value_template: '{{ value_json.state }}' }];
  const report = (): Publish => ({ topic: st, payload: JSON.stringify({ battery: 91, contact: !open, linkquality: 120, voltage: 3005 }), retain: true });
  return {
    nativeId: `zigbee2mqtt_${ieee}`,
    discovery: [
      { topic: `homeassistant/binary_sensor/${ieee}/contact/config`, config: { availability, device: dev, device_class: 'door', name: 'Door', object_id: `${name}_contact`, payload_off: true, payload_on: false, state_topic: st, unique_id: `${ieee}_contact_zigbee2mqtt`, value_template: '{{ value_json.contact }}' } },
      { topic: `homeassistant/sensor/${ieee}/battery/config`, config: { availability, device: dev, device_class: 'battery', name: 'Battery', object_id: `${name}_battery`, state_class: 'measurement', state_topic: st, unique_id: `${ieee}_battery_zigbee2mqtt`, unit_of_measurement: '%', value_template: '{{ value_json.battery }}' } },
    ],
    availability: { topic: 'zigbee2mqtt/bridge/state', online: JSON.stringify({ state: 'online' }), offline: JSON.stringify({ state: 'offline' }) },
    commandTopics: [],
    command: () => [],
    report: () => [report()],
    act() {
      open = !open;
      return [report()];
    },
    holds: (cap) => (cap === `${name}_contact` ? open : cap === `${name}_battery` ? 91 : undefined),
  };
}

export interface MqttDeviceSimulator {
  /** Announces a device (retained discovery), brings it online and has it report its state. */
  add(device: SimulatedMqttDevice): Promise<void>;
  /** Withdraws its announcement (empty retained discovery messages), as firmware does when reset. */
  withdraw(device: SimulatedMqttDevice): Promise<void>;
  /** Off: says so on its availability topic and ignores commands; on: back online, reports its state. */
  setAnswering(device: SimulatedMqttDevice, answering: boolean): Promise<void>;
  act(device: SimulatedMqttDevice): Promise<void>;
  /** Publishes anything (malformed discovery messages in tests). */
  publish(topic: string, payload: string, retain?: boolean): Promise<void>;
  stop(): Promise<void>;
}

/** Connects the simulated devices to the broker at `url` (one connection, as a bridge would). */
export async function startMqttSimulator(url: string, auth: { username?: string; password?: string } = {}): Promise<MqttDeviceSimulator> {
  const link: BrokerLink = await connectBroker({ url, ...auth, clientId: `simulator-${Math.random().toString(36).slice(2, 8)}`, reconnectMs: 500 });
  const devices = new Map<string, { device: SimulatedMqttDevice; answering: boolean }>();
  const send = async (ps: Publish[]) => {
    for (const p of ps) await link.publish(p.topic, p.payload, { retain: p.retain ?? false, qos: 1 });
  };
  link.onMessage((m) => {
    for (const { device, answering } of devices.values()) {
      if (!answering || !device.commandTopics.includes(m.topic)) continue;
      void send(device.command(m.topic, m.payload)).catch(() => undefined);
    }
  });
  const online = (d: SimulatedMqttDevice, up: boolean) => link.publish(d.availability.topic, up ? d.availability.online : d.availability.offline, { retain: true, qos: 1 });
  return {
    async add(device) {
      devices.set(device.nativeId, { device, answering: true });
      await link.subscribe(device.commandTopics);
      for (const d of device.discovery) await link.publish(d.topic, JSON.stringify(d.config), { retain: true, qos: 1 });
      await online(device, true);
      await send(device.report());
    },
    async withdraw(device) {
      for (const d of device.discovery) await link.publish(d.topic, '', { retain: true, qos: 1 });
      devices.delete(device.nativeId);
    },
    async setAnswering(device, answering) {
      const e = devices.get(device.nativeId);
      if (!e) return;
      e.answering = answering;
      await online(device, answering);
      if (answering) await send(device.report());
    },
    async act(device) {
      await send(device.act());
    },
    publish: (topic, payload, retain = false) => link.publish(topic, payload, { retain, qos: 1 }),
    stop: () => link.end(),
  };
}
