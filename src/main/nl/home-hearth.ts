// Adapter: Hearth's own devices (capabilities, src/shared/model.ts) → NlHome. A device becomes one entity
// whose HA-style domain follows from what it can do (lock → lock, cover → cover, setpoint → climate,
// onOff/level with light-ish capabilities → light, onOff alone → switch, "fan" in the name → fan), plus one
// sensor entity per reading it reports (temperature, power, motion...), named "<device> <what>".
import type { Area, Capability, CapabilityValue, Device } from '../../shared/model';
import type { Feature, NlArea, NlEntity, NlFloor, NlHome } from './home';
import { PENDING_DOMAIN, slugify } from './home';
import { table } from './table';

/** Boolean sensor measures → HA binary_sensor device classes. */
const BINARY_CLASSES: Readonly<Record<string, string>> = table({
  contact: 'opening', door: 'door', window: 'window', motion: 'motion', occupancy: 'occupancy', presence: 'presence',
  water: 'moisture', leak: 'moisture', moisture: 'moisture', smoke: 'smoke', gas: 'gas', co: 'carbon_monoxide',
  carbon_monoxide: 'carbon_monoxide', vibration: 'vibration', tamper: 'tamper', sound: 'sound', problem: 'problem',
});

/** Entity id for a device's extra sensor: "<deviceId>#<capabilityId>". */
export function sensorEntityId(deviceId: string, capabilityId: string): string {
  return `${deviceId}#${capabilityId}`;
}

function find(caps: readonly Capability[], kind: Capability['kind'], writable?: boolean): Capability | undefined {
  return caps.find((c) => c.kind === kind && (writable === undefined || c.writable === writable));
}

const LIGHT_NAME = /\b(lamps?|lights?|lighting|bulbs?|lanterns?|sconces?|chandeliers?|pendants?|spotlights?|downlights?|uplights?|fairy lights)\b/i;

function primaryDomain(device: Device): string | null {
  const caps = device.capabilities;
  if (find(caps, 'lock', true)) return 'lock';
  if (find(caps, 'cover', true)) return 'cover';
  if (find(caps, 'setpoint', true)) return 'climate';
  const onOff = find(caps, 'onOff', true);
  const level = find(caps, 'level', true);
  if (/\bfans?\b/i.test(device.name) && (onOff || level)) return 'fan';
  if (level || find(caps, 'colorTemp', true) || find(caps, 'color', true)) return 'light';
  // A switch or plug named like a light ("Floor Lamp") is a light to the people who say its name.
  if (onOff && LIGHT_NAME.test(device.name)) return 'light';
  if (onOff) return 'switch';
  return null;
}

const num = (v: CapabilityValue | undefined): number | null => (typeof v === 'number' ? v : null);

function primaryEntity(device: Device, domain: string, area: Area | undefined): NlEntity {
  const caps = device.capabilities;
  const value = (kind: Capability['kind']): CapabilityValue | undefined => {
    const cap = find(caps, kind);
    return cap ? device.state[cap.id] : undefined;
  };
  const attributes: Record<string, unknown> = {};
  const features: Feature[] = [];
  let state: string | null = null;
  const onOff = value('onOff');
  if (typeof onOff === 'boolean') state = onOff ? 'on' : 'off';
  const level = num(value('level'));
  if (find(caps, 'level', true)) features.push(domain === 'fan' ? 'speed' : 'brightness');
  if (level !== null) attributes[domain === 'fan' ? 'percentage' : 'brightness'] = level;
  if (state === null && level !== null && (domain === 'light' || domain === 'fan')) state = level > 0 ? 'on' : 'off';
  if (find(caps, 'colorTemp', true)) features.push('color_temp');
  if (num(value('colorTemp')) !== null) attributes['color_temp_kelvin'] = num(value('colorTemp'));
  if (find(caps, 'color', true)) features.push('color');
  if (domain === 'lock') state = value('lock') === null || value('lock') === undefined ? null : value('lock') ? 'locked' : 'unlocked';
  if (domain === 'cover') {
    features.push('position');
    const pos = num(value('cover'));
    attributes['current_position'] = pos;
    state = pos === null ? null : pos > 0 ? 'open' : 'closed';
  }
  if (domain === 'climate') {
    features.push('temperature');
    attributes['temperature'] = num(value('setpoint'));
    const temp = caps.find((c) => c.kind === 'sensor' && c.measure === 'temperature');
    if (temp) attributes['current_temperature'] = num(device.state[temp.id]);
    state ??= 'heat';
  }
  return {
    id: device.id, name: device.name, domain, area: area?.name ?? null, floor: area?.floor ?? null, state,
    deviceClass: null, attributes, features,
  };
}

function sensorEntities(device: Device, area: Area | undefined, hasPrimary: boolean): NlEntity[] {
  const out: NlEntity[] = [];
  for (const cap of device.capabilities) {
    if (cap.kind !== 'sensor' && cap.kind !== 'meter' && cap.kind !== 'battery') continue;
    const v = device.state[cap.id];
    const measure = cap.kind === 'battery' ? 'battery' : cap.measure ?? cap.kind;
    const binary = typeof v === 'boolean' || (cap.kind === 'sensor' && measure in BINARY_CLASSES && cap.unit === undefined);
    const label = cap.label ?? measure.replace(/_/g, ' ');
    out.push({
      id: hasPrimary || device.capabilities.length > 1 ? sensorEntityId(device.id, cap.id) : device.id,
      name: hasPrimary || device.capabilities.length > 1 ? `${device.name} ${label}` : device.name,
      domain: binary ? 'binary_sensor' : 'sensor',
      area: area?.name ?? null,
      floor: area?.floor ?? null,
      state: v === null || v === undefined ? null : typeof v === 'boolean' ? (v ? 'on' : 'off') : typeof v === 'number' ? String(v) : null,
      deviceClass: binary ? BINARY_CLASSES[measure] ?? null : measure,
      attributes: cap.unit ? { unit_of_measurement: cap.unit } : {},
    });
  }
  // A sensor and nothing else ("Front Door": contact and battery) answers to the device's own name with its
  // main reading, so "is the front door open?" and "unlock the front door" are about that device.
  const main = out.find((e) => e.domain === 'binary_sensor' && e.deviceClass !== 'battery') ?? out.find((e) => e.deviceClass !== 'battery');
  if (!hasPrimary && main && main.name !== device.name) main.aliases = [device.name];
  return out;
}

export interface HearthHomeOptions {
  /** The home's temperature unit (Home preferences → units.temperature): what "72" and "up 2 degrees" are in. */
  temperatureUnit?: 'C' | 'F';
}

export function homeFromHearth(devices: readonly Device[], areas: readonly Area[], options: HearthHomeOptions = {}): NlHome {
  const areaById = new Map(areas.map((a) => [a.id, a]));
  const nlAreas: NlArea[] = areas.map((a) => ({ id: a.id, name: a.name, floor: a.floor }));
  const floorNames = [...new Set(areas.map((a) => a.floor).filter((f): f is string => !!f))];
  const floors: NlFloor[] = floorNames.map((name) => ({ id: slugify(name), name }));
  const entities: NlEntity[] = [];
  for (const device of devices) {
    const area = device.areaId ? areaById.get(device.areaId) : undefined;
    const domain = primaryDomain(device);
    if (domain) entities.push(primaryEntity(device, domain, area));
    entities.push(...sensorEntities(device, area, domain !== null));
    // Still being interviewed (or nothing it reports is known): its name is known, what it can do is not.
    if (!domain && !device.capabilities.some((c) => c.kind === 'sensor' || c.kind === 'meter' || c.kind === 'battery')) {
      entities.push({
        id: device.id, name: device.name, domain: PENDING_DOMAIN, area: area?.name ?? null, floor: area?.floor ?? null,
        state: null, deviceClass: null, attributes: {}, features: [],
      });
    }
  }
  return { entities, areas: nlAreas, floors, temperatureUnit: options.temperatureUnit ?? 'C' };
}
