// Maps zwave-js values (command class, endpoint, property, key) to Hearth capabilities and back.
// Pure functions over a small view of a node, so the rules are unit-testable.
import { CommandClasses, type ValueID, type ValueMetadata } from '../zwavejs';
import type { Capability, CapabilityValue } from '../../../shared/model';

export interface NodeValues {
  getDefinedValueIDs(): ValueID[];
  getValueMetadata(id: ValueID): ValueMetadata;
  getValue<T = unknown>(id: ValueID): T | undefined;
}

export interface Binding {
  capability: Capability;
  /** The value that carries the current state. */
  read: ValueID;
  /** The value to set, when the capability is writable. */
  write?: ValueID;
  fromZWave(v: unknown): CapabilityValue;
  toZWave?(v: CapabilityValue): unknown;
}

const fToC = (f: number) => Math.round(((f - 32) * 5) / 9 * 10) / 10;
const cToF = (c: number) => Math.round((c * 9) / 5 + 32);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function sameValueId(a: ValueID, b: ValueID): boolean {
  return (
    a.commandClass === b.commandClass &&
    (a.endpoint ?? 0) === (b.endpoint ?? 0) &&
    a.property === b.property &&
    a.propertyKey === b.propertyKey
  );
}

function prefix(endpoint: number | undefined): string {
  return endpoint ? `ep${endpoint}.` : '';
}

function meta(node: NodeValues, id: ValueID): ValueMetadata & { unit?: string; min?: number; max?: number; ccSpecific?: Record<string, number> } {
  return node.getValueMetadata(id) as ValueMetadata & { unit?: string; min?: number; max?: number; ccSpecific?: Record<string, number> };
}

/** Level 0..99 (Z-Wave) <-> 0..100 % (Hearth). 255 means "restore last level". Levels 0–98 are the same
 *  number in both (so "dim to 50 %" reads back 50 %, not 51 %); Z-Wave's top level 99 is 100 %. */
export const levelFromZWave = (v: number) => (v >= 99 ? 100 : Math.max(0, Math.round(v)));
export const levelToZWave = (pct: number) => (pct >= 99 ? 99 : Math.max(0, Math.round(pct)));

const SENSOR_TYPES: Record<number, { measure: string; unit?: string }> = {
  1: { measure: 'temperature', unit: '°C' },
  3: { measure: 'illuminance', unit: 'lx' },
  4: { measure: 'power', unit: 'W' },
  5: { measure: 'humidity', unit: '%' },
};
const ELECTRIC_SCALES: Record<number, { measure: string; unit: string; label: string }> = {
  0: { measure: 'energy', unit: 'kWh', label: 'Energy' },
  2: { measure: 'power', unit: 'W', label: 'Power' },
  4: { measure: 'voltage', unit: 'V', label: 'Voltage' },
  5: { measure: 'current', unit: 'A', label: 'Current' },
};

export function bindingsFor(node: NodeValues): Binding[] {
  const ids = node.getDefinedValueIDs();
  const out: Binding[] = [];
  const hasBinary = new Set(ids.filter((v) => v.commandClass === CommandClasses['Binary Switch']).map((v) => v.endpoint ?? 0));

  for (const id of ids) {
    const p = prefix(id.endpoint);
    switch (id.commandClass) {
      case CommandClasses['Binary Switch']:
        if (id.property !== 'currentValue') break;
        out.push({
          capability: { id: `${p}onOff`, kind: 'onOff', writable: true },
          read: id,
          write: { ...id, property: 'targetValue' },
          fromZWave: (v) => (typeof v === 'boolean' ? v : null),
          toZWave: (v) => v === true,
        });
        break;
      case CommandClasses['Multilevel Switch']: {
        if (id.property !== 'currentValue') break;
        const write = { ...id, property: 'targetValue' };
        out.push({
          capability: { id: `${p}level`, kind: 'level', writable: true, unit: '%', min: 0, max: 100, step: 1 },
          read: id,
          write,
          fromZWave: (v) => (num(v) === null ? null : levelFromZWave(num(v)!)),
          toZWave: (v) => levelToZWave(typeof v === 'number' ? v : 0),
        });
        if (!hasBinary.has(id.endpoint ?? 0)) {
          out.push({
            capability: { id: `${p}onOff`, kind: 'onOff', writable: true },
            read: id,
            write,
            fromZWave: (v) => (num(v) === null ? null : num(v)! > 0),
            toZWave: (v) => (v === true ? 255 : 0),
          });
        }
        break;
      }
      case CommandClasses['Thermostat Setpoint']: {
        if (id.property !== 'setpoint' || id.propertyKey !== 1) break; // Heating
        const m = meta(node, id);
        const isF = m.unit === '°F';
        const cap: Capability = { id: `${p}setpoint`, kind: 'setpoint', writable: true, unit: '°C', step: 0.5 };
        if (m.min !== undefined) cap.min = isF ? fToC(m.min) : m.min;
        if (m.max !== undefined) cap.max = isF ? fToC(m.max) : m.max;
        out.push({
          capability: cap,
          read: id,
          write: id,
          fromZWave: (v) => (num(v) === null ? null : isF ? fToC(num(v)!) : num(v)),
          toZWave: (v) => (typeof v === 'number' ? (isF ? cToF(v) : v) : v),
        });
        break;
      }
      case CommandClasses['Multilevel Sensor']: {
        const m = meta(node, id);
        const type = m.ccSpecific?.sensorType;
        const known = type !== undefined ? SENSOR_TYPES[type] : undefined;
        if (!known) break;
        const isF = m.unit === '°F';
        const cap: Capability = { id: `${p}sensor.${known.measure}`, kind: 'sensor', writable: false, measure: known.measure };
        const unit = known.unit ?? m.unit;
        if (unit) cap.unit = unit;
        out.push({
          capability: cap,
          read: id,
          fromZWave: (v) => (num(v) === null ? null : isF ? fToC(num(v)!) : num(v)),
        });
        break;
      }
      case CommandClasses.Meter: {
        if (id.property !== 'value') break;
        const cs = meta(node, id).ccSpecific;
        if (!cs || cs.meterType !== 1 || cs.rateType === 2) break; // electric, consumed
        const scale = cs.scale !== undefined ? ELECTRIC_SCALES[cs.scale] : undefined;
        if (!scale) break;
        out.push({
          capability: { id: `${p}meter.${scale.measure}`, kind: 'meter', writable: false, unit: scale.unit, measure: scale.measure, label: scale.label },
          read: id,
          fromZWave: (v) => num(v),
        });
        break;
      }
      case CommandClasses.Battery:
        if (id.property !== 'level') break;
        out.push({
          capability: { id: `${p}battery`, kind: 'battery', writable: false, unit: '%', min: 0, max: 100 },
          read: id,
          fromZWave: (v) => num(v),
        });
        break;
      case CommandClasses['Door Lock']:
        if (id.property !== 'currentMode') break;
        out.push({
          capability: { id: `${p}lock`, kind: 'lock', writable: true },
          read: id,
          write: { ...id, property: 'targetMode' },
          fromZWave: (v) => (num(v) === null ? null : num(v) === 255),
          toZWave: (v) => (v === true ? 255 : 0),
        });
        break;
      case CommandClasses['Binary Sensor']: {
        const measure = id.property === 'Door/Window' ? 'contact' : id.property === 'Motion' ? 'motion' : null;
        if (!measure) break;
        out.push({
          capability: { id: `${p}sensor.${measure}`, kind: 'sensor', writable: false, measure },
          read: id,
          fromZWave: (v) => (typeof v === 'boolean' ? v : null),
        });
        break;
      }
    }
  }
  // One capability per id: the first mapping wins (e.g. a Binary Switch over a derived on/off).
  const seen = new Set<string>();
  return out.filter((b) => (seen.has(b.capability.id) ? false : (seen.add(b.capability.id), true)));
}

export function currentState(node: NodeValues, bindings: Binding[]): Record<string, CapabilityValue> {
  const state: Record<string, CapabilityValue> = {};
  for (const b of bindings) state[b.capability.id] = b.fromZWave(node.getValue(b.read));
  return state;
}
