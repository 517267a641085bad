// The Home Assistant intent and slots of a step, in one of the two conventions HA's tests use:
// - 'combination' (slot-combination tests, tests/en/<Intent>/<combo>.yaml): a named device gives only `name`;
//   light settings by area/floor carry `domain: light`.
// - 'flat' (the older tests/en/<domain>_<Intent>.yaml): templates for scenes, scripts, valves, covers, locks,
//   people and sensors also fill `domain` (and `device_class`) for a named device, light settings by area
//   carry no domain, and "all the fans"/"unlock ... in <area>" fill `name: "all"` as those templates did.
import type { Frame, Op } from './frame';
import type { Resolution } from './resolve';
import { concreteOp } from './ops';
import { table } from './table';

export type SlotConvention = 'flat' | 'combination';
export type SlotValue = string | number | string[];

const INTENTS: Partial<Record<Op, string>> = {
  on: 'HassTurnOn', open: 'HassTurnOn', lock: 'HassTurnOn', off: 'HassTurnOff', close: 'HassTurnOff',
  unlock: 'HassTurnOff', toggle: 'HassToggle', brightness: 'HassLightSet', color: 'HassLightSet',
  color_temp: 'HassLightSet', temperature: 'HassClimateSetTemperature', position: 'HassSetPosition',
  fan_speed: 'HassFanSetSpeed', volume: 'HassSetVolume', volume_step: 'HassSetVolumeRelative',
  mute: 'HassMediaPlayerMute', unmute: 'HassMediaPlayerUnmute', play: 'HassMediaUnpause', pause: 'HassMediaPause',
  next: 'HassMediaNext', previous: 'HassMediaPrevious', vacuum_start: 'HassVacuumStart',
  clean_area: 'HassVacuumCleanArea', return_to_base: 'HassVacuumReturnToBase',
  mower_start: 'HassLawnMowerStartMowing', mower_dock: 'HassLawnMowerDock', query_state: 'HassGetState',
  query_value: 'HassGetState', query_where: 'HassGetState', query_temperature: 'HassClimateGetTemperature',
};

/** The domain the step acts on: from the devices found, else the noun said, else the verb. */
export function stepDomain(frame: Frame, res: Resolution): string {
  return res.entities[0]?.domain ?? res.sense?.domain ?? frame.impliedDomain ?? 'light';
}

export function intentOf(frame: Frame, res: Resolution): string | null {
  let op = frame.op;
  if (op === 'level' || op === 'level_step') op = concreteOp(op, stepDomain(frame, res));
  if (op === 'query_temperature' && res.names.length > 0 && res.entities.some((e) => e.domain !== 'climate')) return 'HassGetState';
  return INTENTS[op] ?? null;
}

const one = (xs: readonly string[]): SlotValue | undefined => (xs.length === 0 ? undefined : xs.length === 1 ? xs[0]! : [...xs]);

const NAMED_DOMAIN_FLAT: Record<string, readonly string[]> = table({
  HassTurnOn: ['scene', 'script', 'valve'],
  HassTurnOff: ['scene', 'script', 'valve'],
  HassSetPosition: ['cover', 'valve'],
  HassGetState: ['lock', 'cover', 'person', 'binary_sensor', 'sensor', 'valve'],
});

export function slotsOf(intent: string, frame: Frame, res: Resolution, convention: SlotConvention): Record<string, SlotValue> {
  const slots: Record<string, SlotValue> = {};
  const put = (k: string, v: SlotValue | undefined): void => {
    if (v !== undefined) slots[k] = v;
  };
  const groups = frame.target.groups;
  const named = res.names.length > 0;
  // With names, the places said for those names ("the overhead light in the kitchen"), not for other things.
  const placed = named ? groups.filter((g) => g.names.length > 0) : groups;
  const explicitAreas = [...new Set(placed.flatMap((g) => g.areas.map((a) => a.name)))];
  const explicitFloors = [...new Set(placed.flatMap((g) => g.floors.map((f) => f.name)))];
  if (named) {
    put('name', one([...new Set(res.names)]));
    put('area', one(explicitAreas));
    put('floor', one(explicitFloors));
    const e = res.entities[0];
    if (convention === 'flat' && e && NAMED_DOMAIN_FLAT[intent]?.includes(e.domain) && !(e.domain === 'sensor' && !e.deviceClass)) {
      slots['domain'] = e.domain;
      if ((e.domain === 'binary_sensor' || e.domain === 'sensor') && e.deviceClass) slots['device_class'] = e.deviceClass;
    }
  } else {
    put('area', one(res.areas));
    put('floor', one(res.floors));
    const sense = res.sense;
    const lightSet = intent === 'HassLightSet';
    const wantsDomain = ['HassTurnOn', 'HassTurnOff', 'HassToggle', 'HassGetState', 'HassSetPosition'].includes(intent) || (lightSet && convention === 'combination');
    if (wantsDomain) {
      const domain = sense?.domain ?? frame.impliedDomain ?? (lightSet ? 'light' : undefined);
      put('domain', domain);
      if (sense?.deviceClass && (domain === 'cover' || domain === 'binary_sensor' || domain === 'sensor')) slots['device_class'] = sense.deviceClass;
    }
    if (convention === 'flat' && (intent === 'HassTurnOn' || intent === 'HassTurnOff') && !res.areaFromContext) {
      if (slots['domain'] === 'fan' || (slots['domain'] === 'lock' && intent === 'HassTurnOff' && res.areas.length > 0)) slots['name'] = 'all';
    }
  }
  if (frame.query && res.state && frame.op === 'query_state') slots['state'] = res.state.state;
  const v = frame.value;
  switch (intent) {
    case 'HassLightSet':
      if (typeof v === 'string') slots['color'] = v;
      else if (typeof v === 'number') slots[frame.unit === 'kelvin' ? 'temperature' : 'brightness'] = v;
      break;
    case 'HassClimateSetTemperature':
      put('temperature', typeof v === 'number' ? v : undefined);
      break;
    case 'HassSetPosition':
      put('position', typeof v === 'number' ? v : undefined);
      break;
    case 'HassFanSetSpeed':
      put('percentage', typeof v === 'number' ? v : undefined);
      break;
    case 'HassSetVolume':
      put('volume_level', typeof v === 'number' ? v : undefined);
      break;
    case 'HassSetVolumeRelative':
      slots['volume_step'] = frame.stepWord ?? (typeof v === 'number' ? v : 0);
      break;
    default:
      break;
  }
  return slots;
}
