// A Hearth device as Home Assistant MQTT entities: which component each capability becomes, its discovery config,
// the state it publishes, and the commands it takes (checked with zod, refused with a reason a person can read).
//
//   onOff + level / colorTemp / color (same endpoint)  → light (json schema: brightness 0–100, colour temperature in
//                                                         kelvin, hs colour)
//   onOff alone                                        → switch
//   setpoint                                           → climate (heat; current temperature from the device's
//                                                         temperature sensor, when it has one)
//   cover                                              → cover (position 0–100, OPEN / CLOSE)
//   lock                                               → lock (LOCK / UNLOCK)
//   meter, battery, numeric sensor                     → sensor (device class from what it measures)
//   boolean sensor (contact, motion, leak, smoke…)      → binary_sensor
//   anything read-only that is not a sensor            → sensor or binary_sensor
// Hearth has no fan capability: a fan appears as the switch or light its radio reports.
import { z } from 'zod';
import { commandValueSchema, type Capability, type CapabilityValue, type Device } from '../../shared/model';

export type Component = 'light' | 'switch' | 'sensor' | 'binary_sensor' | 'climate' | 'cover' | 'lock';

export interface CapCommand {
  capabilityId: string;
  value: CapabilityValue;
}

export type CommandResult = { ok: true; commands: CapCommand[] } | { ok: false; reason: string };

export interface Entity {
  /** Topic level and the end of its unique id: 'light', 'onoff', 'meter_power'. */
  key: string;
  component: Component;
  /** The capabilities whose state it shows. */
  caps: string[];
  /** Its part of the discovery config, given the entity's base topic (`hearth/<home>/<device>/<entity>`). */
  config(base: string): Record<string, unknown>;
  /** What it publishes now, as [topic suffix, payload]; values not known yet are left out. */
  states(device: Device): [string, string][];
  /** Reads a command published to `<base>/<verb>`. */
  command(verb: 'set' | 'set_position', payload: string, device: Device): CommandResult;
}

const LIGHT_KINDS = new Set(['onOff', 'level', 'colorTemp', 'color']);
const slug = (s: string) => s.replace(/[^a-zA-Z0-9]+/g, '_').replace(/^_|_$/g, '').toLowerCase() || 'x';
const prefixOf = (id: string) => (id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : '');
const num = (v: CapabilityValue | undefined): v is number => typeof v === 'number' && Number.isFinite(v);
const bool = (v: CapabilityValue | undefined): v is boolean => typeof v === 'boolean';

/** Sensor device classes by what Hearth says a capability measures. */
const SENSOR_CLASS: Record<string, string> = {
  temperature: 'temperature', humidity: 'humidity', illuminance: 'illuminance', power: 'power', energy: 'energy', voltage: 'voltage',
  current: 'current', pressure: 'pressure', co2: 'carbon_dioxide', battery: 'battery',
};
const BINARY_CLASS: Record<string, string> = { contact: 'opening', motion: 'motion', occupancy: 'occupancy', leak: 'moisture', water: 'moisture', smoke: 'smoke', rain: 'moisture' };
const BOOLEAN_MEASURES = new Set(Object.keys(BINARY_CLASS));

function nameOf(cap: Capability, prefix = ''): string | null {
  if (cap.label) return cap.label;
  return prefix ? prefix : null;
}

/** A payload word (ON, off, Lock…) against the words a component takes, case and spaces ignored. */
function word<const W extends string>(payload: string, words: readonly W[]): W | null {
  const p = payload.trim().toUpperCase();
  return (words as readonly string[]).includes(p) ? (p as W) : null;
}

const show = (payload: string) => JSON.stringify(payload.length > 60 ? `${payload.slice(0, 60)}…` : payload);

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `"${i.path.map(String).join('.')}" ${i.message.replace(/^Invalid input: /, '')}` : i.message))
    .join('; ');
}

/** Checks each value against its capability's range before a plan is made, naming the device and the range. */
function fits(device: Device, commands: CapCommand[]): CommandResult {
  for (const c of commands) {
    const cap = device.capabilities.find((x) => x.id === c.capabilityId);
    if (!cap) return { ok: false, reason: `${device.name} has no "${c.capabilityId}" control.` };
    if (!commandValueSchema(cap).safeParse(c.value).success) {
      const range = cap.min !== undefined && cap.max !== undefined ? ` (${cap.min}–${cap.max}${cap.unit ? ` ${cap.unit}` : ''})` : '';
      return { ok: false, reason: `${JSON.stringify(c.value)} does not fit ${device.name}'s ${cap.label ?? cap.kind}${range}.` };
    }
  }
  return { ok: true, commands };
}

const onlySet = (verb: string, what: string): CommandResult | null => (verb === 'set' ? null : { ok: false, reason: `${what} takes commands on …/set only, not …/${verb}.` });

function numberPayload(payload: string, what: string): number | string {
  const n = Number(payload.trim());
  if (payload.trim() === '' || !Number.isFinite(n)) return `${what} must be a number, not ${show(payload)}.`;
  return n;
}

const LightCommand = z
  .object({
    state: z.enum(['ON', 'OFF']).optional(),
    brightness: z.number().min(0).max(100).optional(),
    /** Kelvin (the config says color_temp_kelvin); a value below 1000 is taken as mireds, as older senders use. */
    color_temp: z.number().positive().optional(),
    color: z.object({ h: z.number().min(0).max(360), s: z.number().min(0).max(100) }).optional(),
    transition: z.number().nonnegative().optional(),
  })
  .loose();

function light(device: Device, prefix: string, caps: Capability[]): Entity {
  const find = (kind: string) => caps.find((c) => c.kind === kind);
  const onOff = find('onOff');
  const level = find('level');
  const colorTemp = find('colorTemp');
  const color = find('color');
  const modes = [colorTemp ? 'color_temp' : null, color ? 'hs' : null].filter((m): m is string => m !== null);
  const supported = modes.length ? modes : level ? ['brightness'] : ['onoff'];
  const key = prefix ? `${slug(prefix)}_light` : 'light';
  const isOn = (d: Device): boolean | null => {
    if (onOff) return bool(d.state[onOff.id]) ? (d.state[onOff.id] as boolean) : null;
    const l = level ? d.state[level.id] : undefined;
    return num(l) ? l > 0 : null;
  };
  return {
    key,
    component: 'light',
    caps: caps.map((c) => c.id),
    config: (base) => ({
      name: nameOf(onOff ?? level ?? caps[0]!, prefix),
      schema: 'json',
      state_topic: `${base}/state`,
      command_topic: `${base}/set`,
      brightness: level !== undefined,
      ...(level ? { brightness_scale: 100 } : {}),
      supported_color_modes: supported,
      ...(colorTemp ? { color_temp_kelvin: true, min_kelvin: colorTemp.min ?? 2000, max_kelvin: colorTemp.max ?? 6500 } : {}),
    }),
    states(d) {
      const on = isOn(d);
      if (on === null) return [];
      const s: Record<string, unknown> = { state: on ? 'ON' : 'OFF' };
      if (level && num(d.state[level.id])) s.brightness = d.state[level.id];
      const ct = colorTemp ? d.state[colorTemp.id] : undefined;
      const hs = color ? d.state[color.id] : undefined;
      if (num(ct)) s.color_temp = Math.round(ct);
      if (hs && typeof hs === 'object') s.color = { h: hs.hue, s: hs.saturation };
      if (modes.length) {
        const hsNewer = color && colorTemp ? (d.stateAt[color.id] ?? 0) > (d.stateAt[colorTemp.id] ?? 0) : !!color;
        s.color_mode = hsNewer ? 'hs' : 'color_temp';
      } else s.color_mode = supported[0];
      return [['state', JSON.stringify(s)]];
    },
    command(verb, payload, d) {
      const wrong = onlySet(verb, 'A light');
      if (wrong) return wrong;
      let raw: unknown;
      const plain = word(payload, ['ON', 'OFF'] as const);
      if (plain) raw = { state: plain };
      else {
        try {
          raw = JSON.parse(payload);
        } catch {
          return { ok: false, reason: `A light takes JSON like {"state": "ON", "brightness": 0–100}, not ${show(payload)}.` };
        }
      }
      const parsed = LightCommand.safeParse(raw);
      if (!parsed.success) return { ok: false, reason: `That light command does not fit: ${issuesText(parsed.error)}.` };
      const c = parsed.data;
      const out: CapCommand[] = [];
      if (c.state === 'OFF') {
        out.push(onOff ? { capabilityId: onOff.id, value: false } : { capabilityId: level!.id, value: 0 });
        return fits(d, out);
      }
      if (c.state === 'ON' && onOff) out.push({ capabilityId: onOff.id, value: true });
      if (c.brightness !== undefined) {
        if (!level) return { ok: false, reason: `${d.name} cannot be dimmed.` };
        out.push({ capabilityId: level.id, value: c.brightness });
      } else if (c.state === 'ON' && !onOff && level) {
        const was = d.state[level.id];
        out.push({ capabilityId: level.id, value: num(was) && was > 0 ? was : 100 });
      }
      if (c.color_temp !== undefined) {
        if (!colorTemp) return { ok: false, reason: `${d.name} has no colour temperature.` };
        out.push({ capabilityId: colorTemp.id, value: Math.round(c.color_temp < 1000 ? 1e6 / c.color_temp : c.color_temp) });
      }
      if (c.color !== undefined) {
        if (!color) return { ok: false, reason: `${d.name} has no colour.` };
        out.push({ capabilityId: color.id, value: { hue: c.color.h, saturation: c.color.s } });
      }
      if (out.length === 0) return { ok: false, reason: 'That light command asks for nothing: give "state", "brightness", "color_temp" or "color".' };
      return fits(d, out);
    },
  };
}

function switchEntity(cap: Capability, prefix: string): Entity {
  return {
    key: slug(cap.id),
    component: 'switch',
    caps: [cap.id],
    config: (base) => ({ name: nameOf(cap, prefix), state_topic: `${base}/state`, command_topic: `${base}/set` }),
    states: (d) => (bool(d.state[cap.id]) ? [['state', d.state[cap.id] ? 'ON' : 'OFF']] : []),
    command(verb, payload, d) {
      const wrong = onlySet(verb, 'A switch');
      if (wrong) return wrong;
      const w = word(payload, ['ON', 'OFF'] as const);
      if (!w) return { ok: false, reason: `A switch takes ON or OFF, not ${show(payload)}.` };
      return fits(d, [{ capabilityId: cap.id, value: w === 'ON' }]);
    },
  };
}

function lockEntity(cap: Capability): Entity {
  return {
    key: slug(cap.id),
    component: 'lock',
    caps: [cap.id],
    config: (base) => ({ name: nameOf(cap), state_topic: `${base}/state`, command_topic: `${base}/set`, payload_lock: 'LOCK', payload_unlock: 'UNLOCK', state_locked: 'LOCKED', state_unlocked: 'UNLOCKED' }),
    states: (d) => (bool(d.state[cap.id]) ? [['state', d.state[cap.id] ? 'LOCKED' : 'UNLOCKED']] : []),
    command(verb, payload, d) {
      const wrong = onlySet(verb, 'A lock');
      if (wrong) return wrong;
      const w = word(payload, ['LOCK', 'UNLOCK'] as const);
      if (!w) return { ok: false, reason: `A lock takes LOCK or UNLOCK, not ${show(payload)}.` };
      return fits(d, [{ capabilityId: cap.id, value: w === 'LOCK' }]);
    },
  };
}

function coverEntity(cap: Capability): Entity {
  return {
    key: slug(cap.id),
    component: 'cover',
    caps: [cap.id],
    config: (base) => ({
      name: nameOf(cap),
      command_topic: `${base}/set`,
      payload_open: 'OPEN',
      payload_close: 'CLOSE',
      payload_stop: null,
      state_topic: `${base}/state`,
      position_topic: `${base}/position`,
      set_position_topic: `${base}/set_position`,
      position_open: 100,
      position_closed: 0,
    }),
    states(d) {
      const v = d.state[cap.id];
      return num(v) ? [['state', v > 0 ? 'open' : 'closed'], ['position', String(Math.round(v))]] : [];
    },
    command(verb, payload, d) {
      if (verb === 'set_position') {
        const n = numberPayload(payload, 'A cover position');
        return typeof n === 'string' ? { ok: false, reason: n } : fits(d, [{ capabilityId: cap.id, value: n }]);
      }
      const w = word(payload, ['OPEN', 'CLOSE', 'STOP'] as const);
      if (w === 'STOP') return { ok: false, reason: `Hearth cannot stop ${d.name} part-way; send a position (0–100) to …/set_position instead.` };
      if (!w) return { ok: false, reason: `A cover takes OPEN or CLOSE (or a position on …/set_position), not ${show(payload)}.` };
      return fits(d, [{ capabilityId: cap.id, value: w === 'OPEN' ? 100 : 0 }]);
    },
  };
}

function climateEntity(cap: Capability, current: Capability | undefined): Entity {
  return {
    key: slug(cap.id),
    component: 'climate',
    caps: [cap.id, ...(current ? [current.id] : [])],
    config: (base) => ({
      name: nameOf(cap),
      modes: ['heat'],
      temperature_unit: 'C',
      temperature_state_topic: `${base}/state`,
      temperature_command_topic: `${base}/set`,
      ...(current ? { current_temperature_topic: `${base}/current` } : {}),
      min_temp: cap.min ?? 5,
      max_temp: cap.max ?? 30,
      temp_step: cap.step ?? 0.5,
    }),
    states(d) {
      const out: [string, string][] = [];
      if (num(d.state[cap.id])) out.push(['state', String(d.state[cap.id])]);
      if (current && num(d.state[current.id])) out.push(['current', String(d.state[current.id])]);
      return out;
    },
    command(verb, payload, d) {
      const wrong = onlySet(verb, 'A thermostat');
      if (wrong) return wrong;
      const n = numberPayload(payload, 'A target temperature');
      return typeof n === 'string' ? { ok: false, reason: n } : fits(d, [{ capabilityId: cap.id, value: n }]);
    },
  };
}

function readOnly(cap: Capability, device: Device): Entity {
  const measure = cap.kind === 'battery' ? 'battery' : cap.measure;
  const binary = (measure !== undefined && BOOLEAN_MEASURES.has(measure)) || cap.kind === 'onOff' || cap.kind === 'lock' || typeof device.state[cap.id] === 'boolean';
  const component: Component = binary ? 'binary_sensor' : 'sensor';
  const deviceClass = binary
    ? (measure && BINARY_CLASS[measure]) ?? (cap.kind === 'onOff' ? 'power' : cap.kind === 'lock' ? 'lock' : undefined)
    : measure && SENSOR_CLASS[measure];
  const unit = cap.unit ?? (cap.kind === 'battery' || cap.kind === 'level' || cap.kind === 'cover' ? '%' : undefined);
  const label = cap.label ?? (measure ? measure[0]!.toUpperCase() + measure.slice(1) : cap.kind);
  return {
    key: slug(cap.id),
    component,
    caps: [cap.id],
    config: (base) => ({
      name: label,
      state_topic: `${base}/state`,
      ...(deviceClass ? { device_class: deviceClass } : {}),
      ...(!binary && unit ? { unit_of_measurement: unit } : {}),
      ...(!binary ? { state_class: measure === 'energy' ? 'total_increasing' : 'measurement' } : {}),
    }),
    states(d) {
      const v = d.state[cap.id];
      // HA's lock class reads ON as unlocked; Hearth's lock is true when locked.
      if (binary) return bool(v) ? [['state', (cap.kind === 'lock' ? !v : v) ? 'ON' : 'OFF']] : [];
      return num(v) ? [['state', String(v)]] : [];
    },
    command: (_verb, _payload, d) => ({ ok: false, reason: `${d.name}'s ${label} can only be read.` }),
  };
}

/** Every entity a device is published as (none for a device with no capability). */
export function entitiesOf(device: Device): Entity[] {
  const out: Entity[] = [];
  const lightGroups = new Map<string, Capability[]>();
  const temperature = device.capabilities.find((c) => c.kind === 'sensor' && c.measure === 'temperature');
  for (const cap of device.capabilities) {
    if (cap.writable && LIGHT_KINDS.has(cap.kind)) {
      const p = prefixOf(cap.id);
      lightGroups.set(p, [...(lightGroups.get(p) ?? []), cap]);
      continue;
    }
    if (!cap.writable) out.push(readOnly(cap, device));
    else if (cap.kind === 'setpoint') out.push(climateEntity(cap, temperature));
    else if (cap.kind === 'cover') out.push(coverEntity(cap));
    else if (cap.kind === 'lock') out.push(lockEntity(cap));
    else out.push(readOnly(cap, device));
  }
  for (const [prefix, caps] of lightGroups) {
    if (caps.length === 1 && caps[0]!.kind === 'onOff') out.push(switchEntity(caps[0]!, prefix));
    else out.push(light(device, prefix, caps));
  }
  // Keys are unique within a device (two capabilities could slug alike: keep the first, number the others).
  const seen = new Set<string>();
  for (const e of out) {
    let k = e.key;
    for (let i = 2; seen.has(k); i++) k = `${e.key}_${i}`;
    e.key = k;
    seen.add(k);
  }
  return out;
}
