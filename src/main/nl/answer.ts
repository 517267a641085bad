// Answers to questions, from the home's current state: "Yes", "No, Back Door is not locked",
// "Kitchen cabinets, Kitchen ceiling and Kitchen countertop", "3", "Outside Temperature is 42 °F".
import type { NlEntity } from './home';
import type { Frame } from './frame';
import type { NounSense, StateSense } from './lexicon-devices';
import type { Resolution } from './resolve';
import { fitsNoun, fitsState, isInState } from './match';
import { joinWords } from './errors';
import { STATE_WORDS } from './lexicon-devices';

/** How a binary sensor's state is said: motion on → "detected", moisture off → "dry". */
const SPOKEN: ReadonlyMap<string, string> = (() => {
  // The most specific word wins: "dry" (moisture only) over "clear" (any detector).
  const best = new Map<string, { word: string; breadth: number }>();
  for (const [word, senses] of STATE_WORDS) {
    if (word.startsWith('not ')) continue;
    for (const s of senses) {
      if (s.domain !== 'binary_sensor' || !s.deviceClass) continue;
      const key = `${s.deviceClass}:${s.state}`;
      const cur = best.get(key);
      if (!cur || senses.length < cur.breadth) best.set(key, { word, breadth: senses.length });
    }
  }
  return new Map([...best].map(([k, v]) => [k, v.word]));
})();

const ON_OFF = new Set(['light', 'switch', 'fan', 'input_boolean', 'binary_sensor', 'media_player', 'climate', 'humidifier', 'siren', 'automation']);

function compatible(noun: NounSense, state: StateSense): boolean {
  if (!state.domain) return ON_OFF.has(noun.domain);
  if (noun.domain !== state.domain) return false;
  return !noun.deviceClass || !state.deviceClass || noun.deviceClass === state.deviceClass;
}

/** Picks the noun and state meanings that go together (and that this home has), and keeps the entities
 *  that fit both. Mutates the resolution. */
export function settleQuery(frame: Frame, res: Resolution): void {
  const q = frame.query;
  if (!q || q.states.length === 0) return;
  const nouns = frame.target.groups.flatMap((g) => g.nouns.flatMap((n) => n.senses));
  if (res.names.length > 0) {
    for (const s of q.states) {
      const fit = res.entities.filter((e) => fitsState(e, s));
      if (fit.length > 0) {
        res.state = s;
        res.entities = fit;
        return;
      }
    }
    res.state = q.states[0]!;
    return;
  }
  const pairs: [NounSense | null, StateSense][] = [];
  if (nouns.length > 0) for (const n of nouns) for (const s of q.states) { if (compatible(n, s)) pairs.push([n, s]); }
  else for (const s of q.states) pairs.push([null, s]);
  if (pairs.length === 0) return;
  const pick = (n: NounSense | null, s: StateSense): NlEntity[] =>
    res.entities.filter((e) => (!n || fitsNoun(e, n)) && fitsState(e, s) && (!n?.deviceClass || !s.deviceClass || e.deviceClass === s.deviceClass));
  let chosen = pairs[0]!;
  let entities = pick(...chosen);
  if (entities.length === 0) {
    for (const p of pairs) {
      const got = pick(...p);
      if (got.length > 0) {
        chosen = p;
        entities = got;
        break;
      }
    }
  }
  const [n, s] = chosen;
  res.sense = n ?? (s.domain ? { domain: s.domain, ...(s.deviceClass ? { deviceClass: s.deviceClass } : {}) } : res.sense);
  res.state = s;
  res.entities = entities;
}

function stateText(e: NlEntity): string {
  const s = e.state ?? 'unknown';
  const unit = e.attributes['unit_of_measurement'];
  const spoken = e.attributes['state_spoken'];
  if (typeof spoken === 'string') return spoken;
  if (e.domain === 'binary_sensor' && e.deviceClass) return SPOKEN.get(`${e.deviceClass}:${s}`) ?? s;
  if (e.domain === 'climate') {
    const target = e.attributes['temperature'];
    const current = e.attributes['current_temperature'];
    const parts = [s];
    if (target !== undefined && target !== null) parts.push(`set to ${String(target)}°`);
    if (current !== undefined && current !== null) parts.push(`currently ${String(current)}°`);
    return parts.join(', ');
  }
  if (e.domain === 'person') return s === 'home' ? 'at home' : s === 'not_home' ? 'away' : `at ${s}`;
  return typeof unit === 'string' ? `${s} ${unit}` : s.replace(/_/g, ' ');
}

function listNames(entities: readonly NlEntity[]): string {
  const names = entities.map((e) => e.name).sort((a, b) => a.localeCompare(b));
  if (names.length > 4) return `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
  return joinWords(names, 'and');
}

function temperatureOf(e: NlEntity, homeUnit: 'C' | 'F' | undefined): string | null {
  const t = e.attributes['current_temperature'] ?? (e.domain === 'sensor' ? e.state : null);
  if (t === null || t === undefined || t === '') return null;
  const unit = e.attributes['unit_of_measurement'] ?? e.attributes['temperature_unit'] ?? (homeUnit ? `°${homeUnit}` : null);
  return `${String(t)}${typeof unit === 'string' ? ` ${unit}` : '°'}`;
}

/** The answer to a question step. `homeUnit` is the home's temperature unit, when known. */
export function answerFor(frame: Frame, res: Resolution, homeUnit?: 'C' | 'F'): string {
  const q = frame.query;
  const entities = res.entities;
  switch (frame.op) {
    case 'query_where':
    case 'query_value':
      if (entities.length === 0) return "I couldn't find that.";
      return joinWords(entities.map((e) => `${e.name} is ${stateText(e)}`), 'and');
    case 'query_temperature': {
      const temps = entities.map((e) => temperatureOf(e, homeUnit)).filter((t): t is string => t !== null);
      if (temps.length === 0) return "I don't have a temperature for that.";
      return temps.length === 1 ? `It's ${temps[0]}` : `It's ${joinWords(temps, 'and')}`;
    }
    default:
      break;
  }
  if (!q || !res.state) return entities.length ? joinWords(entities.map((e) => `${e.name} is ${stateText(e)}`), 'and') : 'Not any';
  const s = res.state;
  const yes = entities.filter((e) => isInState(e, s));
  const no = entities.filter((e) => !isInState(e, s));
  const word = q.stateText ?? s.state;
  switch (q.quantifier) {
    case 'count':
      return String(yes.length);
    case 'which':
      return yes.length ? listNames(yes) : 'Not any';
    case 'any':
      return yes.length ? `Yes, ${listNames(yes)}` : 'No';
    case 'all':
      if (entities.length === 0) return 'Not any';
      return no.length === 0 ? 'Yes' : `No, ${listNames(no)} ${no.length === 1 ? 'is' : 'are'} not ${word}`;
    case 'one':
      if (entities.length === 0) return "I couldn't find that.";
      // (round 21i: "are the doors locked", "is the door locked" of several, some not so: those not so are said — "Yes, Front
      // Door, Side Door and Sliding Doors" hid the unlocked Back Door. "is the fan on" of several is still "Yes, Desk Fan".)
      if (entities.length > 1 && yes.length > 0 && no.length > 0 && (frame.target.plural || s.state === 'locked' || s.state === 'closed')) return `Not all: ${listNames(no)} ${no.length === 1 ? 'is' : 'are'} not ${word} (${listNames(yes)} ${yes.length === 1 ? 'is' : 'are'})`;
      if (entities.length > 1) return yes.length ? `Yes, ${listNames(yes)}` : 'No';
      // (round 21a: "is my phone charged" of a battery reading says the reading, not "No, 98 %".)
      if (!yes.length && entities[0]!.domain === 'sensor' && typeof entities[0]!.attributes['unit_of_measurement'] === 'string') return `${entities[0]!.name} is ${stateText(entities[0]!)}`;
      return yes.length ? 'Yes' : `No, ${stateText(entities[0]!)}`;
  }
}
