// Plain English for rules: "Every weekday at 07:00", "Floor Lamp turns on", "it is after sunset".
import type { Action, Condition, SunPoint, Trigger, WeatherMeasure, Weekday } from './automation';
import { CapabilityKind, type Capability, type CapabilityValue, type Device } from './model';
import { formatValue, stepLabel } from './describe-values';

export type DeviceLookup = (id: string) => Device | undefined;

export const DAY_NAMES: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };

function daysText(days: readonly Weekday[]): string {
  const set = new Set(days);
  if (set.size === 0 || set.size === 7) return 'every day';
  if (set.size === 5 && !set.has('sat') && !set.has('sun')) return 'every weekday';
  if (set.size === 2 && set.has('sat') && set.has('sun')) return 'every weekend';
  return `every ${days.map((d) => DAY_NAMES[d]).join(', ')}`;
}

function offsetText(event: string, offsetMin: number): string {
  if (!offsetMin) return `at ${event}`;
  const m = Math.abs(offsetMin);
  const amount = m % 60 === 0 ? `${m / 60} h` : `${m} min`;
  return `${amount} ${offsetMin < 0 ? 'before' : 'after'} ${event}`;
}

const sunPointText = (p: SunPoint): string => offsetText(p.event, p.offsetMin).replace(/^at /, '');

function capOf(lookup: DeviceLookup, deviceId: string, capabilityId: string) {
  const d = lookup(deviceId);
  return { name: d?.name ?? 'A removed device', cap: d?.capabilities.find((c) => c.id === capabilityId) };
}

/** A removed device's control is described by its id ("onOff", "ep2.level") when that names a kind, so "on" never reads "true". */
function kindOf(capabilityId: string): CapabilityKind | null {
  const p = CapabilityKind.safeParse(capabilityId.split('.').at(-1));
  return p.success ? p.data : null;
}

function valueText(lookup: DeviceLookup, deviceId: string, capabilityId: string, v: CapabilityValue): string {
  const { cap } = capOf(lookup, deviceId, capabilityId);
  const kind = cap?.kind ?? kindOf(capabilityId);
  return kind ? formatValue(kind, v, cap?.unit) : typeof v === 'boolean' ? (v ? 'on' : 'off') : formatValue('sensor', v);
}

export const WEATHER_WORDS: Record<WeatherMeasure, { name: string; unit: string }> = {
  rainChance: { name: 'the chance of rain today', unit: '%' },
  rainAmount: { name: 'the rain expected today', unit: 'mm' },
  temperature: { name: 'the outside temperature', unit: '°C' },
};

/** "above 50 %", "below 0 °C", "between 10 and 20 °C". */
export function rangeText(above: number | undefined, below: number | undefined, unit: string): string {
  if (above !== undefined && below !== undefined) return `between ${above} and ${below} ${unit}`;
  return above !== undefined ? `above ${above} ${unit}` : below !== undefined ? `below ${below} ${unit}` : 'anything';
}

export function triggerText(t: Trigger, lookup: DeviceLookup): string {
  switch (t.type) {
    case 'state': {
      const { name, cap } = capOf(lookup, t.deviceId, t.capabilityId);
      const kind = cap?.kind ?? kindOf(t.capabilityId);
      const what = cap && cap.kind !== 'onOff' && cap.kind !== 'lock' ? `${name} ${cap.label ?? cap.measure ?? cap.kind}` : name;
      if (t.to !== undefined) {
        const v = valueText(lookup, t.deviceId, t.capabilityId, t.to);
        return kind === 'onOff' ? `${what} turns ${v}` : kind === 'lock' ? `${what} is ${v}` : `${what} becomes ${v}`;
      }
      return `${what} changes`;
    }
    case 'numeric': {
      const { name, cap } = capOf(lookup, t.deviceId, t.capabilityId);
      const what = `${name} ${cap?.label ?? cap?.measure ?? cap?.kind ?? ''}`.trim();
      const unit = cap?.unit ? ` ${cap.unit}` : '';
      if (t.above !== undefined && t.below !== undefined) return `${what} goes between ${t.above} and ${t.below}${unit}`;
      return t.above !== undefined ? `${what} rises above ${t.above}${unit}` : `${what} drops below ${t.below}${unit}`;
    }
    case 'time':
      return `${daysText(t.days).replace(/^./, (c) => c.toUpperCase())} at ${t.at}`;
    case 'sun':
      return `${daysText(t.days).replace(/^./, (c) => c.toUpperCase())} ${offsetText(t.event, t.offsetMin)}`;
    case 'interval': {
      const s = t.everyS;
      const every = s % 3600 === 0 ? `${s / 3600} h` : s % 60 === 0 ? `${s / 60} min` : `${s} s`;
      return `Every ${every}`;
    }
    case 'start':
      return 'When Hearth starts';
    case 'weather': {
      const w = WEATHER_WORDS[t.measure];
      const what = w.name.replace(/^./, (c) => c.toUpperCase());
      if (t.above !== undefined && t.below !== undefined) return `${what} goes ${rangeText(t.above, t.below, w.unit)}`;
      return t.above !== undefined ? `${what} rises above ${t.above} ${w.unit}` : `${what} drops below ${t.below ?? 0} ${w.unit}`;
    }
    case 'calendar': {
      const starts = `event “${t.match}” starts`;
      if (!t.offsetMin) return `An ${starts}`;
      const m = Math.abs(t.offsetMin);
      return `${m % 60 === 0 ? `${m / 60} h` : `${m} min`} ${t.offsetMin < 0 ? 'before' : 'after'} an ${starts}`;
    }
  }
}

export function conditionText(c: Condition, lookup: DeviceLookup): string {
  switch (c.type) {
    case 'state': {
      const { name } = capOf(lookup, c.deviceId, c.capabilityId);
      return `${name} is ${valueText(lookup, c.deviceId, c.capabilityId, c.is)}`;
    }
    case 'numeric': {
      const { name, cap } = capOf(lookup, c.deviceId, c.capabilityId);
      const what = `${name} ${cap?.label ?? cap?.measure ?? cap?.kind ?? ''}`.trim();
      const parts = [c.above !== undefined ? `above ${c.above}` : '', c.below !== undefined ? `below ${c.below}` : ''].filter(Boolean);
      return `${what} is ${parts.join(' and ')}${cap?.unit ? ` ${cap.unit}` : ''}`;
    }
    case 'time':
      if (c.after && c.before) return `it is between ${c.after} and ${c.before}`;
      return c.after ? `it is after ${c.after}` : `it is before ${c.before ?? '24:00'}`;
    case 'weekday':
      return `it is ${daysText(c.days).replace(/^every /, 'a ')}`;
    case 'sun':
      if (c.after && c.before) return `it is between ${sunPointText(c.after)} and ${sunPointText(c.before)}`;
      return c.after ? `it is after ${sunPointText(c.after)}` : c.before ? `it is before ${sunPointText(c.before)}` : 'always';
    case 'weather': {
      const w = WEATHER_WORDS[c.measure];
      return `${w.name} is ${rangeText(c.above, c.below, w.unit)}`;
    }
    case 'calendar':
      return `the calendar has “${c.match}” ${c.when === 'now' ? 'now' : 'today'}`;
    case 'and':
      return c.conditions.map((x) => conditionText(x, lookup)).join(' and ');
    case 'or':
      return c.conditions.map((x) => conditionText(x, lookup)).join(' or ');
    case 'not':
      return `not (${conditionText(c.condition, lookup)})`;
  }
}

/** A relative step in words: "Lower Ceiling Light brightness by 10 %", "Raise Thermostat by 1 °C". */
export function adjustLabel(name: string, cap: Pick<Capability, 'kind' | 'unit'> | undefined, by: number): string {
  const unit = cap?.unit ?? (cap?.kind === 'level' || cap?.kind === 'cover' ? '%' : cap?.kind === 'setpoint' ? '°C' : cap?.kind === 'colorTemp' ? 'K' : '');
  return `${by >= 0 ? 'Raise' : 'Lower'} ${name} ${cap?.kind === 'level' ? 'brightness ' : ''}by ${Math.abs(by)}${unit ? ` ${unit}` : ''}`;
}

export function actionText(a: Action, lookup: DeviceLookup, sceneName: (id: string) => string | undefined): string {
  switch (a.type) {
    case 'command': {
      const d = lookup(a.deviceId);
      const cap = d?.capabilities.find((c) => c.id === a.capabilityId);
      return d && cap ? stepLabel(d, cap.kind, a.value) : `Set a removed device to ${String(a.value)}`;
    }
    case 'adjust': {
      const { name, cap } = capOf(lookup, a.deviceId, a.capabilityId);
      return adjustLabel(name, cap, a.by);
    }
    case 'delay':
      return `Wait ${a.seconds % 60 === 0 ? `${a.seconds / 60} min` : `${a.seconds} s`}`;
    case 'scene':
      return `Apply scene “${sceneName(a.sceneId) ?? 'a removed scene'}”`;
    case 'notify':
      return `Notify: ${a.message}`;
  }
}
