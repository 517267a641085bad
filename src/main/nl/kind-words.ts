// What a device is, in words people use ("a contact sensor", "a lock"), and what a command asked of it, for
// the message when it can't do that: "Front Door is a contact sensor: it can't be locked or unlocked."
import type { NlEntity } from './home';
import type { Op } from './frame';
import type { NlError } from './errors';
import { table } from './table';

const BINARY_KINDS: Readonly<Record<string, string>> = table({
  opening: 'contact sensor', door: 'contact sensor', window: 'contact sensor', garage_door: 'contact sensor',
  motion: 'motion sensor', occupancy: 'presence sensor', presence: 'presence sensor', moisture: 'leak sensor',
  smoke: 'smoke detector', gas: 'gas detector', carbon_monoxide: 'carbon monoxide detector', vibration: 'vibration sensor',
  tamper: 'tamper sensor', sound: 'sound sensor', battery: 'battery sensor',
});

const DOMAIN_KINDS: Readonly<Record<string, string>> = table({
  light: 'light', switch: 'switch', fan: 'fan', lock: 'lock', climate: 'thermostat', media_player: 'media player',
  vacuum: 'robot vacuum', lawn_mower: 'robot mower', scene: 'scene', script: 'script', person: 'person', valve: 'valve',
  water_heater: 'water heater', humidifier: 'humidifier', siren: 'siren',
});

/** "contact sensor", "temperature sensor", "lock", "blind": what the device is. */
export function kindOf(e: NlEntity): string {
  if (e.domain === 'binary_sensor') return BINARY_KINDS[e.deviceClass ?? ''] ?? 'sensor';
  if (e.domain === 'sensor') return e.deviceClass ? `${e.deviceClass.replace(/_/g, ' ')} sensor` : 'sensor';
  if (e.domain === 'cover') return e.deviceClass && !['door', 'window'].includes(e.deviceClass) ? e.deviceClass.replace(/_/g, ' ') : 'cover';
  return DOMAIN_KINDS[e.domain] ?? e.domain.replace(/_/g, ' ');
}

/** What was asked, after "it can't ": both directions where people think of them as a pair. */
const ASKED: Partial<Record<Op, string>> = {
  on: 'be turned on', off: 'be turned off', toggle: 'be turned on or off',
  open: 'be opened or closed', close: 'be opened or closed', stop: 'be stopped',
  lock: 'be locked or unlocked', unlock: 'be locked or unlocked',
  brightness: 'be dimmed', brightness_step: 'be dimmed', level: 'be set to a level', level_step: 'be turned up or down',
  color: 'change colour', color_temp: 'change colour temperature', color_temp_step: 'change colour temperature',
  temperature: 'be set to a temperature', temperature_step: 'be set to a temperature',
  position: 'be set to a position', position_step: 'be set to a position',
  fan_speed: 'change speed', fan_speed_step: 'change speed', volume: 'change volume', volume_step: 'change volume',
  mute: 'be muted or unmuted', unmute: 'be muted or unmuted', play: 'play or pause', pause: 'play or pause',
  next: 'skip tracks', previous: 'skip tracks', vacuum_start: 'clean', clean_area: 'clean', return_to_base: 'go back to a base',
  mower_start: 'mow', mower_dock: 'go back to a dock',
};

const article = (word: string): string => (/^[aeiou]/i.test(word) ? 'an' : 'a');

const DETECTS: Readonly<Record<string, string>> = table({
  motion: 'motion', occupancy: 'whether someone is there', presence: 'whether someone is there', moisture: 'leaks',
  smoke: 'smoke', gas: 'gas', carbon_monoxide: 'carbon monoxide', vibration: 'vibration', tamper: 'tampering', sound: 'sound',
});

/** What a sensor tells Hearth ("it reports whether it is open or closed"), or null for devices that act. */
function reports(e: NlEntity, kind: string): string | null {
  if (kind === 'contact sensor') return 'it reports whether it is open or closed';
  if (e.domain === 'binary_sensor') return `it reports ${DETECTS[e.deviceClass ?? ''] ?? 'what it detects'}`;
  if (e.domain === 'sensor') return e.deviceClass ? `it reports the ${e.deviceClass.replace(/_/g, ' ')}` : 'it reports a reading';
  return null;
}

/** What the device can be used for instead, as the next step. */
function instead(e: NlEntity, kind: string): string {
  if (kind === 'contact sensor') return 'It tells Hearth whether it is open or closed: ask "is it open?", or start an automation with it ("when it opens, …").';
  if (e.domain === 'binary_sensor') return `It tells Hearth what it detects: ask about it, or start an automation with it.`;
  if (e.domain === 'sensor') return 'It reports a reading: ask for it ("what is …?").';
  return 'Open the device on the Home screen to see what it can do.';
}

/** `name` (as the home spells it) is a device that can't do `op`: say what it is and what it can't do. */
export function cannotDo(e: NlEntity, op: Op, name: string = e.name): NlError {
  const kind = kindOf(e);
  const what = reports(e, kind);
  // ("open the front door": a lock is not opened — unlocking is asked, never guessed.)
  if (e.domain === 'lock' && op === 'open') return { code: 'UNSUPPORTED', message: `${name} is a lock: it can be locked or unlocked, not opened. Should it be unlocked?`, next: `Say "unlock ${name.toLowerCase()}".` };
  return {
    code: 'UNSUPPORTED',
    message: `${name} is ${article(kind)} ${kind}: ${what ? `${what}, and ` : ''}it can't ${ASKED[op] ?? 'do that'}.`,
    next: instead(e, kind),
  };
}
