// zigbee-herdsman-converters "exposes" → Hearth capabilities, and the value conversions both ways.
// Pure functions over plain expose-shaped data, so they are testable without a radio.
import type { Capability, CapabilityValue, HueSat } from '../../../shared/model';
import { xyToHueSat } from './color';

/** The parts of a zigbee-herdsman-converters expose this mapping reads. */
export interface ExposeLike {
  type: string;
  name: string;
  property?: string;
  access: number;
  unit?: string;
  value_min?: number;
  value_max?: number;
  value_on?: unknown;
  value_off?: unknown;
  endpoint?: string;
  features?: ExposeLike[];
}

/** How one capability is read from converter payloads and written through toZigbee converters. */
export interface CapabilityBinding {
  capability: Capability;
  /** Converter payload key the value arrives under (and the toZigbee key). */
  property: string;
  /** Endpoint name of multi-endpoint devices ("l1"), if any. */
  endpoint?: string;
  fromNative(payload: Record<string, unknown>): CapabilityValue | undefined;
  toNative?(value: CapabilityValue): unknown;
}

const ACCESS_STATE = 1;
const ACCESS_SET = 2;

interface SimpleMeasure {
  kind: 'sensor' | 'meter' | 'battery';
  id: string;
  measure: string;
  label: string;
  unit: string;
}

/** Numeric exposes we understand, by name, with the unit they must carry to be mapped. */
const NUMERIC: Record<string, SimpleMeasure> = {
  temperature: { kind: 'sensor', id: 'sensor.temperature', measure: 'temperature', label: 'Temperature', unit: '°C' },
  humidity: { kind: 'sensor', id: 'sensor.humidity', measure: 'humidity', label: 'Humidity', unit: '%' },
  pressure: { kind: 'sensor', id: 'sensor.pressure', measure: 'pressure', label: 'Pressure', unit: 'hPa' },
  illuminance: { kind: 'sensor', id: 'sensor.illuminance', measure: 'illuminance', label: 'Illuminance', unit: 'lx' },
  co2: { kind: 'sensor', id: 'sensor.co2', measure: 'co2', label: 'CO₂', unit: 'ppm' },
  pm25: { kind: 'sensor', id: 'sensor.pm25', measure: 'pm25', label: 'PM2.5', unit: 'µg/m³' },
  power: { kind: 'meter', id: 'meter.power', measure: 'power', label: 'Power', unit: 'W' },
  energy: { kind: 'meter', id: 'meter.energy', measure: 'energy', label: 'Energy', unit: 'kWh' },
  voltage: { kind: 'meter', id: 'meter.voltage', measure: 'voltage', label: 'Voltage', unit: 'V' },
  current: { kind: 'meter', id: 'meter.current', measure: 'current', label: 'Current', unit: 'A' },
  battery: { kind: 'battery', id: 'battery', measure: 'battery', label: 'Battery', unit: '%' },
};

/**
 * Binary exposes that become boolean sensors. Hearth's sensors are true when something is detected
 * (motion, leak, smoke, an open door: as Z-Wave's Door/Window sensor and the UI read them); the
 * converters' `contact` is true when closed, so it is inverted.
 */
const BINARY_SENSORS: Record<string, { measure: string; label: string }> = {
  contact: { measure: 'contact', label: 'Contact' },
  occupancy: { measure: 'motion', label: 'Motion' },
  presence: { measure: 'presence', label: 'Presence' },
  water_leak: { measure: 'water_leak', label: 'Water leak' },
  smoke: { measure: 'smoke', label: 'Smoke' },
  vibration: { measure: 'vibration', label: 'Vibration' },
  battery_low: { measure: 'battery_low', label: 'Battery low' },
};

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

function withEndpoint(id: string, endpoint: string | undefined): string {
  return endpoint ? `${endpoint}.${id}` : id;
}

function binaryValue(e: ExposeLike): Pick<CapabilityBinding, 'fromNative' | 'toNative'> {
  const property = e.property ?? e.name;
  return {
    fromNative: (p) => {
      const v = p[property];
      if (v === undefined) return undefined;
      if (v === e.value_on) return true;
      if (v === e.value_off) return false;
      return undefined;
    },
    toNative: (v) => (v === true ? e.value_on : e.value_off),
  };
}

function mapFeature(e: ExposeLike, parent: ExposeLike | undefined): CapabilityBinding | undefined {
  const endpoint = e.endpoint ?? parent?.endpoint;
  const property = e.property ?? e.name;
  const writable = (e.access & ACCESS_SET) !== 0;
  const cap = (c: Omit<Capability, 'id'> & { id: string }): Capability => ({ ...c, id: withEndpoint(c.id, endpoint) });
  const container = parent?.type;

  if (e.type === 'binary' && e.name === 'state' && (container === 'light' || container === 'switch')) {
    return { capability: cap({ id: 'onOff', kind: 'onOff', writable }), property, endpoint, ...binaryValue(e) };
  }
  if (e.type === 'binary' && e.name === 'state' && container === 'lock') {
    return { capability: cap({ id: 'lock', kind: 'lock', writable }), property, endpoint, ...binaryValue(e) };
  }
  if (e.type === 'numeric' && e.name === 'brightness' && container === 'light') {
    const max = e.value_max ?? 254;
    return {
      capability: cap({ id: 'level', kind: 'level', writable, unit: '%', min: 0, max: 100, step: 1, label: 'Brightness' }),
      property, endpoint,
      fromNative: (p) => { const v = num(p[property]); return v === undefined ? undefined : Math.round((v / max) * 100); },
      toNative: (v) => Math.round((Number(v) / 100) * max),
    };
  }
  if (e.type === 'numeric' && e.name === 'color_temp' && container === 'light') {
    const minMired = e.value_min ?? 150;
    const maxMired = e.value_max ?? 500;
    return {
      capability: cap({ id: 'colorTemp', kind: 'colorTemp', writable, unit: 'K', min: Math.ceil(1e6 / maxMired), max: Math.floor(1e6 / minMired), step: 1, label: 'Colour temperature' }),
      property, endpoint,
      fromNative: (p) => { const v = num(p[property]); return v === undefined || v <= 0 ? undefined : Math.round(1e6 / v); },
      toNative: (v) => Math.min(maxMired, Math.max(minMired, Math.round(1e6 / Number(v)))),
    };
  }
  if (e.type === 'composite' && (e.name === 'color_hs' || e.name === 'color_xy') && container === 'light') {
    return {
      capability: cap({ id: 'color', kind: 'color', writable, label: 'Colour' }),
      property, endpoint,
      fromNative: (p) => colorFrom(p[property]),
      toNative: (v) => ({ hue: (v as HueSat).hue, saturation: (v as HueSat).saturation }),
    };
  }
  if (e.type === 'numeric' && e.name === 'occupied_heating_setpoint' && container === 'climate') {
    return {
      capability: cap({ id: 'setpoint', kind: 'setpoint', writable, unit: '°C', min: e.value_min, max: e.value_max, label: 'Target temperature' }),
      property, endpoint,
      fromNative: (p) => num(p[property]),
      toNative: (v) => v,
    };
  }
  if (e.type === 'numeric' && e.name === 'position' && container === 'cover') {
    return {
      capability: cap({ id: 'cover', kind: 'cover', writable, unit: '%', min: 0, max: 100, step: 1, label: 'Position' }),
      property, endpoint,
      fromNative: (p) => num(p[property]),
      toNative: (v) => v,
    };
  }
  if (container !== undefined && container !== 'switch') return undefined;
  if (e.type === 'numeric' && NUMERIC[e.name] && e.unit === NUMERIC[e.name]?.unit && (e.access & ACCESS_STATE) !== 0) {
    const m = NUMERIC[e.name] as SimpleMeasure;
    return {
      capability: cap({ id: m.id, kind: m.kind, writable: false, unit: m.unit, label: m.label, measure: m.measure, ...(m.kind === 'battery' ? { min: 0, max: 100 } : {}) }),
      property, endpoint,
      fromNative: (p) => { const v = num(p[property]); return v === undefined ? undefined : round(v, 3); },
    };
  }
  if (e.type === 'binary' && BINARY_SENSORS[e.name] && (e.access & ACCESS_STATE) !== 0) {
    const s = BINARY_SENSORS[e.name] as { measure: string; label: string };
    // The converters' own booleans carry the meaning, whatever value_on says.
    const raw = (p: Record<string, unknown>) => (typeof p[property] === 'boolean' ? (p[property] as boolean) : binaryValue(e).fromNative(p));
    const invert = e.name === 'contact';
    const fromNative = (p: Record<string, unknown>) => {
      const v = raw(p);
      return invert && typeof v === 'boolean' ? !v : v;
    };
    return { capability: cap({ id: `sensor.${s.measure}`, kind: 'sensor', writable: false, measure: s.measure, label: s.label }), property, endpoint, fromNative };
  }
  return undefined;
}

function colorFrom(v: unknown): HueSat | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const c = v as Record<string, unknown>;
  const hue = num(c.hue);
  const saturation = num(c.saturation);
  if (hue !== undefined && saturation !== undefined) return { hue: round(hue, 1), saturation: round(saturation, 1) };
  const x = num(c.x);
  const y = num(c.y);
  return x !== undefined && y !== undefined ? xyToHueSat(x, y) : undefined;
}

/** Maps a device's exposes to capability bindings (first one wins for a given id). */
export function mapExposes(exposes: readonly ExposeLike[]): CapabilityBinding[] {
  const out = new Map<string, CapabilityBinding>();
  const add = (b: CapabilityBinding | undefined) => {
    if (b && !out.has(b.capability.id)) out.set(b.capability.id, b);
  };
  for (const e of exposes) {
    if (['light', 'switch', 'lock', 'cover', 'climate'].includes(e.type) && e.features) {
      for (const f of e.features) add(mapFeature(f, e));
    } else {
      add(mapFeature(e, undefined));
    }
  }
  return [...out.values()];
}

/** Reads every capability a converter payload carries. */
export function readPayload(bindings: readonly CapabilityBinding[], payload: Record<string, unknown>): Array<[string, CapabilityValue]> {
  const out: Array<[string, CapabilityValue]> = [];
  for (const b of bindings) {
    const v = b.fromNative(payload);
    if (v !== undefined) out.push([b.capability.id, v]);
  }
  return out;
}
