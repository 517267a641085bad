// Which entities can do an operation, and what service call that becomes (the CONTRACT.md services).
import { EVERYTHING_DOMAINS, ON_OFF_DOMAINS, hasFeature, type NlEntity } from './home';
import type { Op } from './frame';

/** Operations whose meaning depends on the device ("set it to 50%") → the concrete one per domain. */
export function concreteOp(op: Op, domain: string): Op {
  if (op === 'stop') {
    // Covers, valves and robots stop where they are; a player pauses; a mower goes back; anything else that
    // runs is switched off ("stop it" said of a fan).
    if (domain === 'media_player') return 'pause';
    if (domain === 'lawn_mower') return 'mower_dock';
    return domain === 'cover' || domain === 'valve' || domain === 'vacuum' || !ON_OFF_DOMAINS.has(domain) ? 'stop' : 'off';
  }
  if (op !== 'level' && op !== 'level_step') return op;
  const step = op === 'level_step';
  switch (domain) {
    case 'cover':
    case 'valve':
      return step ? 'position_step' : 'position';
    case 'fan':
      return step ? 'fan_speed_step' : 'fan_speed';
    case 'media_player':
      return step ? 'volume_step' : 'volume';
    case 'climate':
      return step ? 'temperature_step' : 'temperature';
    default:
      return step ? 'brightness_step' : 'brightness';
  }
}

export function supports(e: NlEntity, op: Op): boolean {
  const d = e.domain;
  switch (op) {
    case 'on':
      return ON_OFF_DOMAINS.has(d) || ['scene', 'script', 'cover', 'valve', 'lock', 'vacuum', 'lawn_mower', 'automation'].includes(d);
    case 'off':
      return ON_OFF_DOMAINS.has(d) || ['cover', 'valve', 'lock', 'vacuum', 'lawn_mower', 'automation'].includes(d);
    case 'toggle':
      return ON_OFF_DOMAINS.has(d) || d === 'cover' || d === 'lock';
    case 'open':
      // (A lock is not opened: "open the front door" is asked — unlocking is said "unlock".)
      return d === 'cover' || d === 'valve';
    case 'close':
      return d === 'cover' || d === 'valve' || d === 'lock';
    case 'stop': {
      const concrete = concreteOp(op, d);
      return concrete === 'stop' ? d === 'cover' || d === 'valve' || d === 'vacuum' : supports(e, concrete);
    }
    case 'lock':
    case 'unlock':
      return d === 'lock';
    case 'brightness':
    case 'brightness_step':
      return d === 'light' && hasFeature(e, 'brightness');
    case 'color':
      return d === 'light' && hasFeature(e, 'color');
    case 'color_temp':
    case 'color_temp_step':
      return d === 'light' && hasFeature(e, 'color_temp');
    case 'temperature':
    case 'temperature_step':
      return (d === 'climate' || d === 'water_heater') && hasFeature(e, 'temperature');
    case 'position':
    case 'position_step':
      return (d === 'cover' || d === 'valve') && hasFeature(e, 'position');
    case 'fan_speed':
    case 'fan_speed_step':
      return d === 'fan' && hasFeature(e, 'speed');
    case 'volume':
    case 'volume_step':
      return d === 'media_player' && hasFeature(e, 'volume');
    case 'mute':
    case 'unmute':
    case 'play':
    case 'pause':
    case 'next':
    case 'previous':
      return d === 'media_player';
    case 'vacuum_start':
    case 'clean_area':
    case 'return_to_base':
      return d === 'vacuum';
    case 'mower_start':
    case 'mower_dock':
      return d === 'lawn_mower';
    case 'level':
    case 'level_step':
      return supports(e, concreteOp(op, d));
    case 'query_state':
    case 'query_value':
    case 'query_where':
      return true;
    case 'query_temperature':
      return d === 'climate' || (d === 'sensor' && e.deviceClass === 'temperature');
  }
}

/** Domains an operation acts on when the speaker named no kind of device ("turn off the kitchen"). */
export function defaultDomains(op: Op): ReadonlySet<string> | null {
  switch (op) {
    case 'on':
    case 'off':
    case 'toggle':
      return EVERYTHING_DOMAINS;
    case 'open':
    case 'close':
      return new Set(['cover', 'valve']);
    case 'brightness':
    case 'brightness_step':
    case 'color':
    case 'color_temp':
    case 'color_temp_step':
    case 'level':
    case 'level_step':
      return new Set(['light']);
    case 'query_temperature':
      return new Set(['climate']);
    default:
      return null;
  }
}

export interface ServiceCall {
  service: string;
  data?: Record<string, unknown>;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));

/** The service call for one entity. `value` is already in the contract's units (°C, %, kelvin). */
export function serviceCall(e: NlEntity, op: Op, value: number | string | undefined): ServiceCall | null {
  const d = e.domain;
  const num = typeof value === 'number' ? value : 0;
  switch (concreteOp(op, d)) {
    case 'on':
      if (d === 'cover' || d === 'valve') return { service: 'open' };
      if (d === 'lock') return { service: 'lock' };
      if (d === 'vacuum' || d === 'lawn_mower') return { service: 'start' };
      return { service: 'turn_on' };
    case 'off':
      if (d === 'cover' || d === 'valve') return { service: 'close' };
      if (d === 'lock') return { service: 'unlock' };
      if (d === 'vacuum') return { service: 'return_to_base' };
      if (d === 'lawn_mower') return { service: 'dock' };
      return { service: 'turn_off' };
    case 'toggle':
      return { service: 'toggle' };
    case 'open':
      return { service: d === 'lock' ? 'unlock' : 'open' };
    case 'close':
      return { service: d === 'lock' ? 'lock' : 'close' };
    case 'stop':
      return { service: d === 'media_player' ? 'media_pause' : 'stop' };
    case 'lock':
      return { service: 'lock' };
    case 'unlock':
      return { service: 'unlock' };
    case 'brightness':
      return { service: 'set_brightness', data: { brightness: clamp(Math.round(num), 0, 100) } };
    case 'brightness_step':
      return { service: 'brightness_step', data: { step: clamp(Math.round(num), -100, 100) } };
    case 'color':
      return { service: 'set_color', data: { color: String(value) } };
    case 'color_temp':
      return { service: 'set_color_temp', data: { kelvin: Math.round(num) } };
    case 'color_temp_step':
      return { service: 'color_temp_step', data: { step: Math.round(num) } };
    case 'temperature':
      return { service: 'set_temperature', data: { temperature: round1(num) } };
    case 'temperature_step':
      return { service: 'temperature_step', data: { step: round1(num) } };
    case 'position':
      return { service: 'set_position', data: { position: clamp(Math.round(num), 0, 100) } };
    case 'position_step':
      return { service: 'position_step', data: { step: clamp(Math.round(num), -100, 100) } };
    case 'fan_speed':
      return { service: 'set_fan_speed', data: { percentage: clamp(Math.round(num), 0, 100) } };
    case 'fan_speed_step':
      return { service: 'fan_speed_step', data: { step: clamp(Math.round(num), -100, 100) } };
    case 'volume':
      return { service: 'set_volume', data: { volume_level: clamp(Math.round(num), 0, 100) } };
    case 'volume_step':
      return { service: 'volume_step', data: { step: clamp(Math.round(num), -100, 100) } };
    case 'mute':
      return { service: 'mute' };
    case 'unmute':
      return { service: 'unmute' };
    case 'play':
      return { service: 'media_play' };
    case 'pause':
      return { service: 'media_pause' };
    case 'next':
      return { service: 'media_next' };
    case 'previous':
      return { service: 'media_previous' };
    case 'vacuum_start':
    case 'clean_area':
    case 'mower_start':
      return { service: 'start' };
    case 'return_to_base':
      return { service: 'return_to_base' };
    case 'mower_dock':
      return { service: 'dock' };
    default:
      return null;
  }
}

/** The operation that undoes `op` ("for 10 minutes"), or null. */
export function inverseOp(op: Op): Op | null {
  const pairs: Partial<Record<Op, Op>> = { on: 'off', off: 'on', open: 'close', close: 'open', lock: 'unlock', unlock: 'lock', mute: 'unmute', unmute: 'mute', play: 'pause', pause: 'play' };
  return pairs[op] ?? null;
}
