// Does an entity fit a device noun or a state word? Shared by the resolver and the answers.
import type { NlEntity } from './home';
import type { NounSense, StateSense } from './lexicon-devices';
import { notATv } from './tv-19a';

/** Domains whose plain "on"/"off" state people ask about. */
const ON_OFF_STATE_DOMAINS = new Set(['light', 'switch', 'fan', 'input_boolean', 'binary_sensor', 'media_player',
  'climate', 'humidifier', 'siren', 'automation']);

export function fitsNoun(e: NlEntity, sense: NounSense, nounWord?: string): boolean {
  if (e.domain !== sense.domain || notATv(e, nounWord)) return false;
  if (!sense.deviceClass || e.deviceClass === sense.deviceClass) return true;
  // A cover without a device class still answers to "curtain" when its name says so.
  if (!e.deviceClass && nounWord) return e.name.toLowerCase().includes(nounWord.replace(/s$/, ''));
  return false;
}

export function fitsState(e: NlEntity, sense: StateSense): boolean {
  if (!sense.domain) return ON_OFF_STATE_DOMAINS.has(e.domain);
  if (e.domain !== sense.domain) return false;
  if (!sense.deviceClass || e.deviceClass === sense.deviceClass) return true;
  return e.domain === 'binary_sensor' && !e.deviceClass;
}

/** Is the entity in the state the sense names? */
export function isInState(e: NlEntity, sense: StateSense): boolean {
  const s = (e.state ?? '').toLowerCase();
  if (!sense.domain || sense.domain === 'binary_sensor') {
    const on = !['off', 'closed', 'locked', 'unavailable', 'unknown', 'standby', 'idle', ''].includes(s) || (e.domain === 'lock' && s === 'unlocked');
    return sense.state === 'on' ? on : !on;
  }
  if (sense.domain === 'person' && sense.state === 'not_home') return s !== 'home';
  return s === sense.state;
}
