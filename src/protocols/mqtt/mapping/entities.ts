// One discovered entity (a light, a switch, a sensor...) as Hearth capabilities: which topic feeds which
// capability and how its payload reads, and what a command publishes where.
import type { Capability, CapabilityValue, HueSat } from '../../../shared/model';
import { type Component, COMPONENTS, type DiscoveryConfig, type DiscoveryTopic } from './discovery';
import { compileValueTemplate, fillCommandTemplate, type ValueReader } from './templates';

export interface Publish {
  topic: string;
  payload: string;
}

export interface Binding {
  capability: Capability;
  /** Reads the capability from a message on `topic`; undefined when the message says nothing about it. */
  reads: Array<{ topic: string; read(payload: string): CapabilityValue | undefined }>;
  /** What to publish for a commanded value (absent for read-only capabilities). */
  write?: (value: CapabilityValue) => Publish[];
}

export interface AvailabilityRule {
  topic: string;
  online: string;
  offline: string;
  read: ValueReader;
}

export interface Entity {
  /** "<component>/<node_id>/<object_id>": the discovery topic it came from, without prefix and /config. */
  key: string;
  component: Component;
  name: string | null;
  bindings: Binding[];
  availability: AvailabilityRule[];
  availabilityMode: 'all' | 'any' | 'latest';
  /** Templates we could not read (state still arrives raw; logged once). */
  unsupportedTemplates: string[];
  /** What of the announcement Hearth leaves out, in words (logged once), e.g. a lock that asks for a code. */
  warnings: string[];
}

export type EntityMapping = { ok: true; entity: Entity } | { ok: false; reason: string };

const slug = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 40);
const num = (v: unknown): number | undefined => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
};
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An RGB colour (0–255 each) as hue (0–360) and saturation (0–100); brightness is the level's business. */
export function rgbToHs(r: number, g: number, b: number): HueSat | undefined {
  if (![r, g, b].every((x) => Number.isFinite(x))) return undefined;
  const [R, G, B] = [r, g, b].map((x) => clamp(x, 0, 255) / 255) as [number, number, number];
  const max = Math.max(R, G, B);
  const d = max - Math.min(R, G, B);
  if (max === 0) return { hue: 0, saturation: 0 };
  let h = 0;
  if (d > 0) h = max === R ? ((G - B) / d) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return { hue: Math.round(((h * 60) + 360) % 360), saturation: Math.round((d / max) * 100) };
}

/** Hue and saturation at full value, as the RGB a device takes. */
export function hsToRgb({ hue, saturation }: HueSat): [number, number, number] {
  const s = clamp(saturation, 0, 100) / 100;
  const f = (n: number) => {
    const k = (n + hue / 60) % 6;
    return Math.round(255 * (1 - s * Math.max(0, Math.min(k, 4 - k, 1))));
  };
  return [f(5), f(3), f(1)];
}

/** Sensors measured in these device classes are meters (power, energy...) rather than plain sensors. */
const METER_CLASSES = new Set(['power', 'energy', 'voltage', 'current', 'apparent_power', 'reactive_power', 'power_factor', 'frequency', 'gas', 'water']);
/** HA binary_sensor device classes Hearth's measures name differently. */
const BINARY_MEASURE: Record<string, string> = { door: 'contact', window: 'contact', opening: 'contact', garage_door: 'contact', motion: 'motion', occupancy: 'occupancy', presence: 'occupancy', moisture: 'water', smoke: 'smoke' };

export function mapEntity(where: DiscoveryTopic, c: DiscoveryConfig): EntityMapping {
  if (!(COMPONENTS as readonly string[]).includes(where.component)) return { ok: false, reason: `Hearth does not handle '${where.component}' entities yet` };
  const component = where.component as Component;
  const id = slug(c.object_id ?? where.objectId);
  const label = (c.name ?? undefined)?.slice(0, 64);
  const unsupported: string[] = [];
  const reader = (tpl: string | undefined): ValueReader => {
    const r = compileValueTemplate(tpl);
    if (r) return r;
    unsupported.push(tpl!);
    return (p) => p;
  };
  const onOffReader = (tpl: string | undefined, on: string, off: string) => {
    const r = reader(tpl);
    return (p: string): CapabilityValue | undefined => {
      const v = r(p);
      if (v === undefined || v === null) return undefined;
      const s = String(v);
      return s === on ? true : s === off ? false : undefined;
    };
  };
  const numberReader = (tpl: string | undefined, map: (n: number) => number = (n) => n) => {
    const r = reader(tpl);
    return (p: string): CapabilityValue | undefined => {
      const n = num(r(p));
      return n === undefined ? undefined : map(n);
    };
  };
  const bindings: Binding[] = [];
  const warnings: string[] = [];
  const needs = (...keys: Array<keyof DiscoveryConfig>) => {
    const missing = keys.filter((k) => c[k] === undefined);
    return missing.length ? `a ${component} needs ${missing.join(' and ')}` : null;
  };

  switch (component) {
    case 'switch':
    case 'fan':
    case 'lock': {
      const lock = component === 'lock';
      const plOn = lock ? (c.payload_lock ?? 'LOCK') : (c.payload_on ?? 'ON');
      const plOff = lock ? (c.payload_unlock ?? 'UNLOCK') : (c.payload_off ?? 'OFF');
      const stOn = lock ? (c.state_locked ?? 'LOCKED') : (c.state_on ?? plOn);
      const stOff = lock ? (c.state_unlocked ?? 'UNLOCKED') : (c.state_off ?? plOff);
      const missing = needs('command_topic');
      if (missing) return { ok: false, reason: missing };
      // The payload through command_template (`{{ value }}` only); null when the template asks for more.
      const send = (topic: string, tpl: string | undefined, value: string): Publish[] => {
        const payload = fillCommandTemplate(tpl, value);
        return payload === null ? [] : [{ topic, payload }];
      };
      // A lock that asks for a code (code_format) cannot be locked or unlocked without one; Hearth has none to give.
      const needsCode = lock && c.code_format !== undefined;
      if (needsCode) warnings.push('the lock asks for a code (code_format), which Hearth cannot send; its state is shown, but it cannot be locked or unlocked from Hearth');
      bindings.push({
        capability: { id, kind: lock ? 'lock' : 'onOff', writable: !needsCode, ...(label ? { label } : {}) },
        reads: c.state_topic ? [{ topic: c.state_topic, read: onOffReader(c.value_template ?? c.state_value_template, stOn, stOff) }] : [],
        ...(needsCode ? {} : { write: (v: CapabilityValue) => send(c.command_topic!, c.command_template, v === true ? plOn : plOff) }),
      });
      if (component === 'fan' && c.percentage_command_topic) {
        const lo = c.speed_range_min ?? 1;
        const hi = c.speed_range_max ?? 100;
        const speeds = hi - lo + 1;
        const pct = (n: number) => clamp(Math.floor(((n - lo + 1) * 100) / speeds), 0, 100);
        bindings.push({
          capability: { id: `${id}.level`, kind: 'level', writable: true, min: 0, max: 100, unit: '%', label: 'Speed' },
          reads: c.percentage_state_topic ? [{ topic: c.percentage_state_topic, read: numberReader(c.percentage_value_template, pct) }] : [],
          // As Home Assistant does: 0 % turns the fan off; otherwise the speed is ceil(speeds × % / 100) within the range.
          write: (v) =>
            (v as number) <= 0
              ? send(c.command_topic!, c.command_template, plOff)
              : send(c.percentage_command_topic!, c.percentage_command_template, String(Math.ceil((speeds * (v as number)) / 100) + lo - 1)),
        });
      }
      break;
    }
    case 'light': {
      const missing = needs('command_topic');
      if (missing) return { ok: false, reason: missing };
      const scale = c.brightness_scale ?? 255;
      const modes = c.supported_color_modes ?? [];
      const minK = c.min_kelvin ?? (c.max_mireds ? Math.round(1e6 / c.max_mireds) : 2000);
      const maxK = c.max_kelvin ?? (c.min_mireds ? Math.round(1e6 / c.min_mireds) : 6500);
      const hasCt = modes.includes('color_temp') || c.color_temp_command_topic !== undefined;
      const hasHs = modes.some((m) => ['hs', 'rgb', 'rgbw', 'rgbww', 'xy'].includes(m)) || c.hs_command_topic !== undefined || c.rgb_command_topic !== undefined;
      const hasBri = c.brightness === true || c.brightness_command_topic !== undefined || hasCt || hasHs || modes.includes('brightness');
      const onOff: Capability = { id, kind: 'onOff', writable: true, ...(label ? { label } : {}) };
      const level: Capability = { id: `${id}.level`, kind: 'level', writable: true, min: 0, max: 100, unit: '%' };
      const ct: Capability = { id: `${id}.colorTemp`, kind: 'colorTemp', writable: true, min: minK, max: maxK, unit: 'K' };
      const hs: Capability = { id: `${id}.color`, kind: 'color', writable: true };
      const pct = (n: number) => clamp(Math.round((n / scale) * 100), 0, 100);
      const raw = (v: number) => Math.round((clamp(v, 0, 100) / 100) * scale);
      if (c.schema === 'json') {
        const json = (p: string): Record<string, unknown> | undefined => {
          try {
            const v: unknown = JSON.parse(p);
            return isObject(v) ? v : undefined;
          } catch {
            return undefined;
          }
        };
        const st = c.state_topic;
        const reads = (f: (o: Record<string, unknown>) => CapabilityValue | undefined) => (st ? [{ topic: st, read: (p: string) => { const o = json(p); return o ? f(o) : undefined; } }] : []);
        const cmd = (o: Record<string, unknown>): Publish[] => [{ topic: c.command_topic!, payload: JSON.stringify(o) }];
        bindings.push({ capability: onOff, reads: reads((o) => (o.state === 'ON' ? true : o.state === 'OFF' ? false : undefined)), write: (v) => cmd({ state: v ? 'ON' : 'OFF' }) });
        if (hasBri) bindings.push({ capability: level, reads: reads((o) => (num(o.brightness) !== undefined ? pct(num(o.brightness)!) : undefined)), write: (v) => cmd({ state: 'ON', brightness: raw(v as number) }) });
        if (hasCt) {
          const kelvin = c.color_temp_kelvin === true;
          bindings.push({
            capability: ct,
            reads: reads((o) => {
              const n = num(o.color_temp);
              return n === undefined || n <= 0 ? undefined : kelvin ? n : Math.round(1e6 / n);
            }),
            write: (v) => cmd({ state: 'ON', color_temp: kelvin ? v : Math.round(1e6 / (v as number)) }),
          });
        }
        if (hasHs) {
          bindings.push({
            capability: hs,
            reads: reads((o) => {
              const col = o.color;
              if (!isObject(col)) return undefined;
              if (num(col.h) !== undefined && num(col.s) !== undefined) return { hue: clamp(num(col.h)!, 0, 360), saturation: clamp(num(col.s)!, 0, 100) };
              // rgb / rgbw / rgbww colour modes report the colour as r, g, b (ESPHome, Tasmota).
              if (num(col.r) !== undefined && num(col.g) !== undefined && num(col.b) !== undefined) return rgbToHs(num(col.r)!, num(col.g)!, num(col.b)!);
              return undefined;
            }),
            write: (v) => {
              const hsv = v as HueSat;
              // A device that announced no hs mode takes its colour as r, g, b.
              if (!modes.includes('hs') && modes.some((m) => m.startsWith('rgb'))) {
                const [r, g, b] = hsToRgb(hsv);
                return cmd({ state: 'ON', color: { r, g, b } });
              }
              return cmd({ state: 'ON', color: { h: hsv.hue, s: hsv.saturation } });
            },
          });
        }
      } else if (c.schema === undefined || c.schema === 'default' || c.schema === 'basic') {
        const plOn = c.payload_on ?? 'ON';
        const plOff = c.payload_off ?? 'OFF';
        bindings.push({
          capability: onOff,
          reads: c.state_topic ? [{ topic: c.state_topic, read: onOffReader(c.state_value_template ?? c.value_template, plOn, plOff) }] : [],
          write: (v) => [{ topic: c.command_topic!, payload: v ? plOn : plOff }],
        });
        if (c.brightness_command_topic) {
          bindings.push({
            capability: level,
            reads: c.brightness_state_topic ? [{ topic: c.brightness_state_topic, read: numberReader(c.brightness_value_template, pct) }] : [],
            write: (v) => [{ topic: c.brightness_command_topic!, payload: String(raw(v as number)) }],
          });
        }
        if (c.color_temp_command_topic) {
          bindings.push({
            capability: ct,
            reads: c.color_temp_state_topic ? [{ topic: c.color_temp_state_topic, read: numberReader(c.color_temp_value_template, (m) => Math.round(1e6 / m)) }] : [],
            write: (v) => [{ topic: c.color_temp_command_topic!, payload: String(Math.round(1e6 / (v as number))) }],
          });
        }
        if (c.rgb_command_topic && !c.hs_command_topic) {
          const r = reader(c.rgb_value_template);
          bindings.push({
            capability: hs,
            reads: c.rgb_state_topic
              ? [{ topic: c.rgb_state_topic, read: (p) => { const [R, G, B] = String(r(p)).split(',').map(Number); return rgbToHs(R!, G!, B!); } }]
              : [],
            write: (v) => [{ topic: c.rgb_command_topic!, payload: hsToRgb(v as HueSat).join(',') }],
          });
        }
        if (c.hs_command_topic) {
          const r = reader(c.hs_value_template);
          bindings.push({
            capability: hs,
            reads: c.hs_state_topic
              ? [{ topic: c.hs_state_topic, read: (p) => { const [h, s] = String(r(p)).split(',').map(Number); return Number.isFinite(h) && Number.isFinite(s) ? { hue: clamp(h!, 0, 360), saturation: clamp(s!, 0, 100) } : undefined; } }]
              : [],
            write: (v) => [{ topic: c.hs_command_topic!, payload: `${(v as HueSat).hue},${(v as HueSat).saturation}` }],
          });
        }
      } else {
        return { ok: false, reason: `lights with the '${c.schema}' schema are not handled (default and json are)` };
      }
      break;
    }
    case 'sensor': {
      const missing = needs('state_topic');
      if (missing) return { ok: false, reason: missing };
      const cls = c.device_class ?? undefined;
      const unit = c.unit_of_measurement ?? undefined;
      const kind = cls === 'battery' ? 'battery' : cls && METER_CLASSES.has(cls) ? 'meter' : 'sensor';
      bindings.push({
        capability: { id, kind, writable: false, ...(label ? { label } : {}), ...(unit ? { unit: unit.slice(0, 16) } : {}), ...(cls ? { measure: cls.slice(0, 32) } : {}) },
        reads: [{ topic: c.state_topic!, read: numberReader(c.value_template) }],
      });
      break;
    }
    case 'binary_sensor': {
      const missing = needs('state_topic');
      if (missing) return { ok: false, reason: missing };
      const cls = c.device_class ?? undefined;
      bindings.push({
        capability: { id, kind: 'sensor', writable: false, ...(label ? { label } : {}), measure: (cls ? (BINARY_MEASURE[cls] ?? cls) : 'state').slice(0, 32) },
        reads: [{ topic: c.state_topic!, read: onOffReader(c.value_template, c.payload_on ?? 'ON', c.payload_off ?? 'OFF') }],
      });
      break;
    }
    case 'climate': {
      if (!c.temperature_command_topic && !c.current_temperature_topic && !c.mode_command_topic) return { ok: false, reason: 'a climate entity needs temperature_command_topic, current_temperature_topic or mode_command_topic' };
      if (c.temperature_command_topic) {
        bindings.push({
          capability: { id: `${id}.setpoint`, kind: 'setpoint', writable: true, unit: '°C', min: c.min_temp ?? 7, max: c.max_temp ?? 35, step: c.temp_step ?? 0.5, ...(label ? { label } : {}) },
          reads: c.temperature_state_topic ? [{ topic: c.temperature_state_topic, read: numberReader(c.temperature_state_template) }] : [],
          write: (v) => [{ topic: c.temperature_command_topic!, payload: String(v) }],
        });
      }
      if (c.current_temperature_topic) {
        bindings.push({
          capability: { id: `${id}.temperature`, kind: 'sensor', writable: false, unit: '°C', measure: 'temperature', label: 'Temperature' },
          reads: [{ topic: c.current_temperature_topic, read: numberReader(c.current_temperature_template) }],
        });
      }
      // The mode (off, heat, cool, auto…), as a select is: a level holding the index of one of `modes`.
      if (c.mode_command_topic || c.mode_state_topic) {
        const modes = c.modes ?? ['auto', 'off', 'cool', 'heat', 'dry', 'fan_only'];
        const r = reader(c.mode_state_template);
        bindings.push({
          capability: { id: `${id}.mode`, kind: 'level', writable: c.mode_command_topic !== undefined, min: 0, max: modes.length - 1, step: 1, label: `Mode (${modes.join(', ')})`.slice(0, 64) },
          reads: c.mode_state_topic ? [{ topic: c.mode_state_topic, read: (p) => { const i = modes.indexOf(String(r(p)).trim()); return i < 0 ? undefined : i; } }] : [],
          ...(c.mode_command_topic ? { write: (v: CapabilityValue) => { const m = modes[v as number]; return m === undefined ? [] : [{ topic: c.mode_command_topic!, payload: m }]; } } : {}),
        });
      }
      break;
    }
    case 'cover': {
      if (!c.set_position_topic && !c.command_topic) return { ok: false, reason: 'a cover needs command_topic or set_position_topic' };
      const open = c.position_open ?? 100;
      const closed = c.position_closed ?? 0;
      const toPct = (n: number) => clamp(Math.round(((n - closed) / (open - closed)) * 100), 0, 100);
      const fromPct = (p: number) => Math.round(closed + (p / 100) * (open - closed));
      const reads: Binding['reads'] = [];
      if (c.position_topic) reads.push({ topic: c.position_topic, read: numberReader(c.position_template, toPct) });
      else if (c.state_topic) {
        const r = reader(c.value_template);
        const so = c.state_open ?? 'open';
        const sc = c.state_closed ?? 'closed';
        reads.push({ topic: c.state_topic, read: (p) => { const s = String(r(p)); return s === so ? 100 : s === sc ? 0 : undefined; } });
      }
      bindings.push({
        capability: { id, kind: 'cover', writable: true, min: 0, max: 100, unit: '%', ...(label ? { label } : {}) },
        reads,
        write: (v) =>
          c.set_position_topic
            ? [{ topic: c.set_position_topic, payload: String(fromPct(v as number)) }]
            : [{ topic: c.command_topic!, payload: (v as number) >= 50 ? (c.payload_open ?? 'OPEN') : (c.payload_close ?? 'CLOSE') }],
      });
      break;
    }
    case 'number':
    case 'select': {
      const missing = needs('command_topic');
      if (missing) return { ok: false, reason: missing };
      const options = component === 'select' ? c.options : undefined;
      if (component === 'select' && !options) return { ok: false, reason: 'a select needs options' };
      const r = reader(c.value_template);
      const [min, max, step] = [c.min ?? 1, c.max ?? 100, c.step ?? 1];
      if (!options && min > max) return { ok: false, reason: `a number's min (${min}) is above its max (${max})` };
      // A select is held as the index of its option; the label names the options in order.
      const cap: Capability = options
        ? { id, kind: 'level', writable: true, min: 0, max: options.length - 1, step: 1, label: `${label ?? 'Option'} (${options.join(', ')})`.slice(0, 64) }
        : { id, kind: 'level', writable: true, min, max, step, ...(label ? { label } : {}), ...(c.unit_of_measurement ? { unit: c.unit_of_measurement.slice(0, 16) } : {}) };
      // A number is sent on its step (counted from min), without float noise: 21.3 with step 0.5 is sent as 21.5.
      const decimals = (String(step).split('.')[1] ?? '').length;
      const onStep = (v: number) => Number(clamp(min + Math.round((v - min) / step) * step, min, max).toFixed(decimals));
      bindings.push({
        capability: cap,
        reads: c.state_topic
          ? [{ topic: c.state_topic, read: (p) => { const v = r(p); if (options) { const i = options.indexOf(String(v)); return i < 0 ? undefined : i; } return num(v); } }]
          : [],
        write: (v) => {
          const out = options ? options[v as number] : onStep(v as number);
          const payload = out === undefined ? null : fillCommandTemplate(c.command_template, out);
          return payload === null ? [] : [{ topic: c.command_topic!, payload }];
        },
      });
      break;
    }
  }

  const availability: AvailabilityRule[] = [];
  if (c.availability) {
    for (const a of c.availability) availability.push({ topic: a.topic, online: a.payload_available ?? 'online', offline: a.payload_not_available ?? 'offline', read: reader(a.value_template) });
  } else if (c.availability_topic) {
    availability.push({ topic: c.availability_topic, online: c.payload_available ?? 'online', offline: c.payload_not_available ?? 'offline', read: (p) => p });
  }
  const key = [where.component, where.nodeId, where.objectId].filter((x) => x !== null).join('/');
  return { ok: true, entity: { key, component, name: c.name ?? null, bindings, availability, availabilityMode: c.availability_mode ?? 'latest', unsupportedTemplates: unsupported, warnings } };
}

/** Which device an entity belongs to: its device block's first identifier, else its connection, node or own id. */
export function deviceIdOf(where: DiscoveryTopic, c: DiscoveryConfig): string {
  const ids = c.device?.identifiers;
  const first = Array.isArray(ids) ? ids[0] : ids;
  if (first) return first.slice(0, 128);
  const conn = c.device?.connections?.[0];
  if (conn) return `${conn[0]}:${conn[1]}`.slice(0, 128);
  return (where.nodeId ?? c.unique_id ?? where.objectId).slice(0, 128);
}
