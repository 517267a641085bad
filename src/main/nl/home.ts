// The parser's view of a home: plain data, no Node APIs. Adapters build it from a Home Assistant
// fixture (home-ha.ts) or from Hearth's own devices (home-hearth.ts).
import { table } from './table';

/** What an entity can do beyond its domain's basics. Undefined = everything its domain usually supports. */
export type Feature = 'brightness' | 'color' | 'color_temp' | 'position' | 'speed' | 'volume' | 'temperature';

export interface NlEntity {
  /** Unique id: an HA entity_id ("light.kitchen") or a Hearth device id. */
  id: string;
  /** The name people use ("Kitchen ceiling"). */
  name: string;
  /** HA-style domain: light, switch, fan, cover, valve, lock, climate, media_player, vacuum, lawn_mower,
   *  scene, script, sensor, binary_sensor, person, ... */
  domain: string;
  /** Area name, or null. */
  area: string | null;
  /** Floor name (from the area), or null. */
  floor: string | null;
  /** HA-style state string ("on", "off", "locked", "open", "21.5", ...), or null when unknown. */
  state: string | null;
  /** HA device class (curtain, window, motion, temperature, ...), or null. */
  deviceClass: string | null;
  attributes: Readonly<Record<string, unknown>>;
  /** Extra names the entity answers to. */
  aliases?: readonly string[];
  /** Supported optional features; undefined means "assume the domain's usual features". */
  features?: readonly Feature[];
}

export interface NlArea {
  id: string;
  name: string;
  /** Floor name, or null. */
  floor: string | null;
  aliases?: readonly string[];
}

export interface NlFloor {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export interface NlHome {
  entities: readonly NlEntity[];
  areas: readonly NlArea[];
  floors: readonly NlFloor[];
  /** Unit people use for temperatures when they give none. Undefined: guess from the value (> 35 is °F). */
  temperatureUnit?: 'C' | 'F';
}

/** Domain of a device whose capabilities are not known yet (its interview is still running): its name is
 *  known, so a sentence naming it gets "still being set up" instead of matching some other device. */
export const PENDING_DOMAIN = 'pending';

/** Domains whose entities can be switched on and off. */
export const ON_OFF_DOMAINS: ReadonlySet<string> = new Set([
  'light', 'switch', 'fan', 'media_player', 'climate', 'input_boolean', 'humidifier', 'siren', 'water_heater',
]);

/** What "everything" means for on/off: things people think of as appliances, never locks or doors. */
export const EVERYTHING_DOMAINS: ReadonlySet<string> = new Set(['light', 'switch', 'fan', 'media_player']);

const DEFAULT_FEATURES: Readonly<Record<string, readonly Feature[]>> = table({
  light: ['brightness', 'color', 'color_temp'],
  cover: ['position'],
  valve: ['position'],
  fan: ['speed'],
  media_player: ['volume'],
  climate: ['temperature'],
});

export function hasFeature(entity: NlEntity, feature: Feature): boolean {
  const features = entity.features ?? DEFAULT_FEATURES[entity.domain] ?? [];
  return features.includes(feature);
}

/** "Kitchen ceiling" → "kitchen_ceiling", "Ισόγειο" → "ισόγειο": ids for homes whose entities or floors come
 *  without one (letters of any script are kept, so names in other scripts do not all become ""). */
export function slugify(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}
