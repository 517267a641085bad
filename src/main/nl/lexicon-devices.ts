// What people call devices, their states and what sensors measure, as HA domains and device classes.
// General English vocabulary only: nothing here is specific to one home or one test sentence.
import { table } from './table';

/** One meaning of a device noun: a domain, optionally narrowed to a device class. */
export interface NounSense {
  domain: string;
  deviceClass?: string;
}

/** One meaning of a state word: the state value for a domain (and device class). No domain = plain on/off. */
export interface StateSense {
  domain?: string;
  deviceClass?: string;
  state: string;
}

type NounTable = Record<string, readonly NounSense[]>;

const d = (domain: string, deviceClass?: string): NounSense => (deviceClass ? { domain, deviceClass } : { domain });
const bin = (deviceClass: string): NounSense => d('binary_sensor', deviceClass);

/** Device nouns. Keys are space-separated token phrases; each has a singular and a plural form listed. */
const NOUNS_SINGULAR: NounTable = {
  light: [d('light'), bin('light')], lamp: [d('light')], lighting: [d('light')], bulb: [d('light')],
  'light bulb': [d('light')], lightbulb: [d('light')], chandelier: [d('light')], 'light strip': [d('light')],
  switch: [d('switch')], plug: [d('switch')], outlet: [d('switch')], socket: [d('switch')],
  'smart plug': [d('switch')], 'power strip': [d('switch')],
  fan: [d('fan')], ventilator: [d('fan')], 'ceiling fan': [d('fan')],
  curtain: [d('cover', 'curtain')], drape: [d('cover', 'curtain')], blind: [d('cover', 'blind')],
  shade: [d('cover', 'shade')], shutter: [d('cover', 'shutter')], 'roller shutter': [d('cover', 'shutter')],
  awning: [d('cover', 'awning')], gate: [d('cover', 'gate')], damper: [d('cover', 'damper')],
  'garage door': [d('cover', 'garage'), bin('garage_door')],
  window: [d('cover', 'window'), bin('window')], door: [d('cover', 'door'), d('lock'), bin('door'), bin('opening')],
  cover: [d('cover')], covering: [d('cover')], 'window covering': [d('cover')], 'window treatment': [d('cover')], skylight: [d('cover', 'window'), bin('window')],
  lock: [d('lock')], 'door lock': [d('lock')], deadbolt: [d('lock')],
  valve: [d('valve')], 'water valve': [d('valve')], 'gas valve': [d('valve')],
  // ("shut off the water": the water's valve.)
  water: [d('valve')], 'water supply': [d('valve')], 'water main': [d('valve')], 'mains water': [d('valve')],
  thermostat: [d('climate')], heating: [d('climate')], heater: [d('climate')], heat: [d('climate')],
  ac: [d('climate')], 'air conditioning': [d('climate')], 'air conditioner': [d('climate')], aircon: [d('climate')],
  hvac: [d('climate')], 'heat pump': [d('climate')], radiator: [d('climate')],
  // A TV is no speaker: "the speaker" is a player of that class, or one whose name says so (match.ts).
  tv: [d('media_player')], television: [d('media_player')], telly: [d('media_player')], tellie: [d('media_player')],
  'tee vee': [d('media_player')], teevee: [d('media_player')], speaker: [d('media_player', 'speaker')],
  'media player': [d('media_player')], media: [d('media_player')], player: [d('media_player')],
  music: [d('media_player')], stereo: [d('media_player')], radio: [d('media_player', 'radio')], show: [d('media_player')],
  soundbar: [d('media_player', 'speaker')],
  vacuum: [d('vacuum')], 'vacuum cleaner': [d('vacuum')], 'robot vacuum': [d('vacuum')], robot: [d('vacuum')],
  mower: [d('lawn_mower')], 'lawn mower': [d('lawn_mower')], lawnmower: [d('lawn_mower')],
  'robot mower': [d('lawn_mower')],
  scene: [d('scene')], script: [d('script')], automation: [d('automation')],
  sensor: [d('binary_sensor'), d('sensor')], detector: [d('binary_sensor'), d('sensor')],
  'motion sensor': [bin('motion')], 'motion detector': [bin('motion')], 'occupancy sensor': [bin('occupancy')],
  'presence sensor': [bin('presence'), bin('occupancy')], 'smoke sensor': [bin('smoke')],
  'smoke detector': [bin('smoke')], 'smoke alarm': [bin('smoke')], 'water sensor': [bin('moisture')],
  'leak sensor': [bin('moisture')], 'leak detector': [bin('moisture')], 'moisture sensor': [bin('moisture')],
  'gas sensor': [bin('gas')], 'gas detector': [bin('gas')], 'carbon monoxide sensor': [bin('carbon_monoxide')],
  'carbon monoxide detector': [bin('carbon_monoxide')], 'co sensor': [bin('carbon_monoxide')],
  'co detector': [bin('carbon_monoxide')], 'sound sensor': [bin('sound')], 'door sensor': [bin('door')],
  'window sensor': [bin('window')], 'contact sensor': [bin('opening')], 'vibration sensor': [bin('vibration')],
  'temperature sensor': [d('sensor', 'temperature')], 'humidity sensor': [d('sensor', 'humidity')],
  'carbon monoxide': [bin('carbon_monoxide'), d('sensor', 'carbon_monoxide')], co: [bin('carbon_monoxide')],
  gas: [bin('gas')], smoke: [bin('smoke')], motion: [bin('motion')], movement: [bin('motion')],
  occupancy: [bin('occupancy')], presence: [bin('presence'), bin('occupancy')], noise: [bin('sound')],
  sound: [bin('sound')], leak: [bin('moisture')], flood: [bin('moisture')], moisture: [bin('moisture')],
  vibration: [bin('vibration')], tampering: [bin('tamper')], tamper: [bin('tamper')], problem: [bin('problem')],
  update: [bin('update')], battery: [bin('battery'), bin('battery_charging'), d('sensor', 'battery')],
  opening: [bin('opening')], 'power outage': [bin('power')], connection: [bin('connectivity')],
  person: [d('person')], people: [d('person')], anyone: [d('person')], anybody: [d('person')],
  someone: [d('person')], somebody: [d('person')], everyone: [d('person')], everybody: [d('person')],
};

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = table({
  switch: 'switches', battery: 'batteries', person: 'people', people: 'people', 'media player': 'media players',
  lighting: 'lighting', music: 'music', heating: 'heating', media: 'media', gas: 'gas', smoke: 'smoke',
  motion: 'motion', occupancy: 'occupancy', presence: 'presence', noise: 'noise', sound: 'sound',
  moisture: 'moisture', vibration: 'vibration', tampering: 'tampering', co: 'co', 'carbon monoxide': 'carbon monoxide',
  hvac: 'hvac', ac: 'acs', anyone: 'anyone', anybody: 'anybody', someone: 'someone', somebody: 'somebody',
  everyone: 'everyone', everybody: 'everybody', heat: 'heat', 'power outage': 'power outages',
});

/** Generic "thing" nouns: no constraint on the kind of device. */
export const GENERIC_NOUNS: ReadonlySet<string> = new Set([
  'thing', 'things', 'device', 'devices', 'anything', 'something', 'everything', 'appliance', 'appliances', 'stuff',
]);

export interface NounEntry {
  senses: readonly NounSense[];
  plural: boolean;
}

function pluralOf(phrase: string): string {
  const irregular = IRREGULAR_PLURALS[phrase];
  if (irregular) return irregular;
  const words = phrase.split(' ');
  const last = words.pop()!;
  const plural = /(s|x|ch|sh)$/.test(last) ? `${last}es` : /[^aeiou]y$/.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...words, plural].join(' ');
}

/** Nouns for a whole set of devices: "the lighting" means all the lights. */
const COLLECTIVE = new Set(['lighting', 'heating', 'media', 'music']);

function buildNouns(): Map<string, NounEntry> {
  const nouns = new Map<string, NounEntry>();
  for (const [phrase, senses] of Object.entries(NOUNS_SINGULAR)) {
    const plural = pluralOf(phrase);
    nouns.set(phrase, { senses, plural: COLLECTIVE.has(phrase) });
    if (plural !== phrase) nouns.set(plural, { senses, plural: true });
  }
  // "everyone"/"people" ask about all of them; "anyone" about any of them. Both are plural in meaning.
  for (const p of ['people', 'everyone', 'everybody', 'anyone', 'anybody']) nouns.set(p, { senses: [d('person')], plural: true });
  return nouns;
}

export const NOUNS: ReadonlyMap<string, NounEntry> = buildNouns();

const on = (deviceClass: string): StateSense => ({ domain: 'binary_sensor', deviceClass, state: 'on' });
const off = (deviceClass: string): StateSense => ({ domain: 'binary_sensor', deviceClass, state: 'off' });
const DETECTING = ['carbon_monoxide', 'gas', 'light', 'motion', 'occupancy', 'power', 'smoke', 'sound', 'vibration',
  'tamper', 'moisture', 'presence', 'problem', 'safety'];
const OPENINGS = ['door', 'garage_door', 'opening', 'window'];

/** State words → what they mean per domain/class. First sense that fits the target wins. */
export const STATE_WORDS: ReadonlyMap<string, readonly StateSense[]> = new Map<string, readonly StateSense[]>([
  ['on', [{ state: 'on' }]], ['turned on', [{ state: 'on' }]], ['switched on', [{ state: 'on' }]], ['lit', [{ domain: 'light', state: 'on' }]],
  ['off', [{ state: 'off' }]], ['turned off', [{ state: 'off' }]], ['switched off', [{ state: 'off' }]],
  ['open', [{ domain: 'cover', state: 'open' }, { domain: 'valve', state: 'open' }, ...OPENINGS.map(on)]],
  ['opened', [{ domain: 'cover', state: 'open' }, { domain: 'valve', state: 'open' }, ...OPENINGS.map(on)]],
  ['closed', [{ domain: 'cover', state: 'closed' }, { domain: 'valve', state: 'closed' }, ...OPENINGS.map(off)]],
  ['shut', [{ domain: 'cover', state: 'closed' }, { domain: 'valve', state: 'closed' }, ...OPENINGS.map(off)]],
  ['locked', [{ domain: 'lock', state: 'locked' }, off('lock')]],
  ['unlocked', [{ domain: 'lock', state: 'unlocked' }, on('lock')]],
  ['home', [{ domain: 'person', state: 'home' }, on('presence')]],
  ['at home', [{ domain: 'person', state: 'home' }, on('presence')]],
  ['away', [{ domain: 'person', state: 'not_home' }, off('presence')]],
  ['gone', [{ domain: 'person', state: 'not_home' }, off('presence')]],
  ['not home', [{ domain: 'person', state: 'not_home' }, off('presence')]],
  ['low', [on('battery')]], ['normal', [off('battery'), off('cold'), off('heat')]], ['charged', [off('battery')]],
  ['charging', [on('battery_charging')]], ['not charging', [off('battery_charging')]],
  ['detected', DETECTING.map(on)], ['clear', [...DETECTING.map(off)]],
  ['triggered', DETECTING.map(on)], ['tripped', DETECTING.map(on)], ['not triggered', DETECTING.map(off)],
  ['cold', [on('cold')]], ['hot', [on('heat')]], ['overheating', [on('heat')]],
  ['connected', [on('connectivity')]], ['online', [on('connectivity')]],
  ['disconnected', [off('connectivity')]], ['offline', [off('connectivity')]],
  ['wet', [on('moisture')]], ['flooded', [on('moisture')]], ['leaking', [on('moisture')]], ['dry', [off('moisture')]],
  ['occupied', [on('occupancy'), on('presence')]], ['unoccupied', [off('occupancy')]], ['empty', [off('occupancy')]],
  ['plugged in', [on('plug')]], ['plugged', [on('plug')]], ['unplugged', [off('plug')]],
  ['powered', [on('power'), { state: 'on' }]], ['powered on', [on('power'), { state: 'on' }]],
  ['ok', [off('problem')]], ['okay', [off('problem')]], ['fine', [off('problem')]],
  ['running', [on('running'), { domain: 'vacuum', state: 'cleaning' }, { domain: 'lawn_mower', state: 'mowing' }]],
  ['not running', [off('running')]], ['safe', [off('safety')]], ['unsafe', [on('safety')]],
  ['vibrating', [on('vibration')]], ['not vibrating', [off('vibration')]],
  ['up to date', [off('update')]], ['available', [on('update')]], ['update available', [on('update')]],
  ['outdated', [on('update')]], ['playing', [{ domain: 'media_player', state: 'playing' }]],
  ['paused', [{ domain: 'media_player', state: 'paused' }]], ['idle', [{ domain: 'media_player', state: 'idle' }]],
  ['cleaning', [{ domain: 'vacuum', state: 'cleaning' }]], ['docked', [{ domain: 'vacuum', state: 'docked' }, { domain: 'lawn_mower', state: 'docked' }]],
  ['mowing', [{ domain: 'lawn_mower', state: 'mowing' }]],
]);

/** Sensor device classes and the words that name what they measure (for "what is the X's humidity?"). */
export const MEASURES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['temperature', ['temperature']], ['temp', ['temperature']], ['humidity', ['humidity', 'moisture']], ['humid', ['humidity', 'moisture']],
  ['damp', ['humidity', 'moisture']],
  ['relative humidity', ['humidity']], ['pressure', ['pressure', 'atmospheric_pressure']],
  ['air pressure', ['atmospheric_pressure']], ['atmospheric pressure', ['atmospheric_pressure']],
  ['power', ['power', 'apparent_power', 'reactive_power']], ['apparent power', ['apparent_power']],
  ['reactive power', ['reactive_power']], ['power factor', ['power_factor']], ['energy', ['energy', 'energy_storage']],
  ['stored energy', ['energy_storage']], ['voltage', ['voltage']], ['current', ['current']], ['amps', ['current']],
  ['battery level', ['battery']], ['charge', ['battery']], ['air quality', ['aqi']], ['air quality index', ['aqi']],
  ['aqi', ['aqi']], ['co2', ['carbon_dioxide']], ['carbon dioxide', ['carbon_dioxide']],
  ['pm1', ['pm1']], ['pm2.5', ['pm25']], ['pm25', ['pm25']], ['pm10', ['pm10']], ['ozone', ['ozone']], ['o3', ['ozone']],
  ['nitrogen dioxide', ['nitrogen_dioxide']], ['no2', ['nitrogen_dioxide']], ['nitrogen monoxide', ['nitrogen_monoxide']],
  ['n2o', ['nitrous_oxide']], ['nitrous oxide', ['nitrous_oxide']], ['sulphur dioxide', ['sulphur_dioxide']],
  ['sulfur dioxide', ['sulphur_dioxide']], ['so2', ['sulphur_dioxide']],
  ['organic compounds', ['volatile_organic_compounds', 'volatile_organic_compounds_parts']],
  ['voc', ['volatile_organic_compounds', 'volatile_organic_compounds_parts']],
  ['speed', ['speed', 'wind_speed', 'data_rate']], ['wind speed', ['wind_speed']], ['download speed', ['data_rate']],
  ['upload speed', ['data_rate']], ['data rate', ['data_rate']], ['size', ['data_size']], ['file size', ['data_size']],
  ['weight', ['weight']], ['distance', ['distance']], ['mileage', ['distance']], ['duration', ['duration']],
  ['frequency', ['frequency']], ['signal strength', ['signal_strength']], ['signal', ['signal_strength']],
  ['acoustic pressure', ['sound_pressure']], ['sound pressure', ['sound_pressure']], ['noise level', ['sound_pressure']],
  ['rainfall', ['precipitation', 'precipitation_intensity']], ['rain', ['precipitation', 'precipitation_intensity']],
  ['precipitation', ['precipitation', 'precipitation_intensity']], ['accumulated', ['precipitation']],
  ['intensity', ['precipitation_intensity']], ['rainfall intensity', ['precipitation_intensity']],
  ['cost', ['monetary']], ['price', ['monetary']], ['illuminance', ['illuminance']], ['brightness level', ['illuminance']],
  ['light level', ['illuminance']], ['lux', ['illuminance']], ['irradiance', ['irradiance']], ['date', ['date']],
  ['consumption', ['gas', 'water', 'energy']], ['volume', ['volume', 'volume_storage']], ['stored volume', ['volume_storage']],
  ['water', ['water', 'moisture']], ['moisture level', ['moisture']],
]);
