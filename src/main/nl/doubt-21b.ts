// Issue 14, round 21b: wrong actions found by probing (classes, never single sentences). Each is asked or read right:
// - A weekday that is today with a time already past ("on wednesday at 8am" said on Wednesday at 09:00) was moved a week
//   on without a word: now, or next week? Asked, as a clock time of today already past is (OWN.md conventions).
// - "both" said where only one device was found ("turn both garage lights on", "both lamps in the bedroom"): the one was
//   acted on. "Both" says two: which other one is asked.
// - The speaker's room became the robot's area ("start the vacuum" said in the kitchen cleaned only the kitchen): a room
//   is the robot's area only when it is said — "in here", "this room", or by name.
// - "the lamp in A to 30 and in B to 60": the second part says only a place and a value — the lamp of that place, never
//   every light there (the device said before is carried).
// - "set the living room to 21" in a °F home (or 73 in a °C home) set the lights: a number a room is kept at in the other
//   unit, said of a place with a thermostat, is asked about.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import type { Frame } from './frame';
import type { NlEntity, NlHome } from './home';
import { NOUNS } from './lexicon-devices';
import { table } from './table';
import type { Item } from './tag';

const DAY_NAMES = table<string>({ mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' });
const DAY_S = 86400;

/** "on wednesday at 8am" said on a Wednesday after 08:00: scheduled a week on (the coming Wednesday at that time is seven days
 *  away) — asked instead. The day is told from the delay: the moment of asking is the schedule's time less the wait. */
export function weekdayPassed21b(actions: readonly SaidAction[]): NlError | null {
  for (const a of actions) {
    const s = a.schedule as { kind?: string; day?: string; time?: string } | undefined;
    const day = DAY_NAMES[s?.day ?? ''];
    if (s?.kind !== 'at' || !day || !s.time || typeof a.delay_s !== 'number') continue;
    const [h, m] = s.time.split(':').map(Number) as [number, number];
    const at = h * 3600 + m * 60;
    const nowOfDay = (((at - a.delay_s) % DAY_S) + DAY_S) % DAY_S;
    const daysAhead = Math.round((a.delay_s + nowOfDay - at) / DAY_S);
    if (daysAhead < 7) continue;
    return {
      code: 'AMBIGUOUS',
      message: `Today is ${day}, and ${s.time} has already passed. Should it happen now, or next ${day} at ${s.time}?`,
      options: ['now', `next ${day} at ${s.time}`],
      next: `Say "now", or "next ${day} at ${s.time}".`,
    };
  }
  return null;
}

/** Words that leave a device out of those said. */
const LEAVE_OUT = table<true>({ except: true, excluding: true, but: true, not: true, without: true, apart: true, besides: true });
/** Words that may stand between "both" and its kind ("both of the garage lights", "both the bedroom lamps"). */
const BOTH_BETWEEN = table<true>({ the: true, of: true, my: true, our: true, those: true, these: true });

/** "turn both garage lights on" where the garage has one light, "both lamps in the bedroom and the fan": "both" says two of a
 *  kind, and one (or none) of that kind was found in the step — asked, never the one alone. */
export function bothButOne21b(rest: readonly Item[], entities: readonly NlEntity[]): NlError | null {
  for (let i = 0; i < rest.length; i++) {
    // ("both switches except the bedroom one": two said, one left out.)
    if (rest[i]!.text !== 'both' || rest.slice(i).some((x) => LEAVE_OUT[x.text])) continue;
    let j = i + 1;
    const areas: string[] = [];
    for (let x = rest[j]; x && (BOTH_BETWEEN[x.text] || x.kind === 'area' || x.kind === 'floor'); x = rest[++j]) if (x.kind === 'area') areas.push(x.area.name);
    const said = rest[j];
    // ("both front doors": a name said in the plural, of one device.)
    const word = said?.text.split(' ').pop() ?? '';
    const named = said?.kind === 'entity' && said.refs.length === 1 && word.endsWith('s') ? entities.filter((e) => `${e.name.toLowerCase()}s` === said.text) : null;
    if (named?.length === 1) return { code: 'AMBIGUOUS', message: `Both ${said!.text}? I only found ${named[0]!.name}. Which other one did you mean?`, options: [named[0]!.name] };
    if (!said || said.kind !== 'noun' || !said.plural || said.senses.length === 0) continue;
    // (The kind in the place said with it: "both garage lights and the bedroom lamp" is two lights, one in the garage.)
    for (let k = j + 1; k < rest.length && (['in', 'the', 'on'].includes(rest[k]!.text) || rest[k]!.kind === 'area'); k++) if (rest[k]!.kind === 'area') areas.push((rest[k] as { area: { name: string } }).area.name);
    const kind = entities.filter((e) => said.senses.some((s) => s.domain === e.domain && (!s.deviceClass || !e.deviceClass || s.deviceClass === e.deviceClass))
      && (areas.length === 0 || areas.includes(e.area ?? '')));
    if (kind.length >= 2) continue;
    const found = kind.length === 1 ? `I only found ${kind[0]!.name}` : 'I found none of those there';
    return { code: 'AMBIGUOUS', message: `Both ${said.text}? ${found}. Which other one did you mean?`, options: kind.map((e) => e.name) };
  }
  // (Round 21i: "both kitchen ceiling lights", "both ceiling lights" in the kitchen — a name said with its kind in the plural:
  // "both" (not "both A and B") and one device found is asked, whatever words said it.)
  const b = rest.findIndex((x) => x.text === 'both');
  let n = b + 1;
  while (n < rest.length && BOTH_BETWEEN[rest[n]!.text]) n++;
  // ("both" said of devices: "both kitchen ceiling lights" — never "lights on in both", "both in percent")
  const device = (x: Item | undefined): boolean => x !== undefined && ['entity', 'noun', 'area', 'floor'].includes(x.kind);
  const ofDevices = device(rest[n]) || (rest[n]?.kind === 'word' && !['in', 'on', 'at', 'please', 'of', 'to'].includes(rest[n]!.text) && device(rest[n + 1]));
  if (b >= 0 && ofDevices && entities.length === 1 && !rest.slice(b + 1).some((x) => x.text === 'and' || x.text === '&' || x.text === ',' || x.text === 'or' || LEAVE_OUT[x.text])) {
    const said = rest.slice(b + 1).filter((x) => !BOTH_BETWEEN[x.text] && x.kind !== 'state' && !['on', 'off', 'please', 'now'].includes(x.text)).map((x) => x.text).join(' ');
    return { code: 'AMBIGUOUS', message: `Both ${said}? I only found ${entities[0]!.name}. Which other one did you mean?`, options: [entities[0]!.name] };
  }
  return null;
}

/** The place a robot is sent to clean: a room said ("vacuum the kitchen", "in here", "this room"), never the room the speaker
 *  is in when none was said ("start the vacuum" from the kitchen starts it). */
export function robotPlace21b<P extends { areas: readonly string[]; floors: readonly string[]; areaFromContext?: boolean }>(frame: Frame, place: P): P {
  if (!place.areaFromContext || frame.target.here || frame.target.thisFloor) return place;
  return { ...place, areas: [], floors: [] };
}

/** "the lamp in the bedroom to 30 and in the living room to 60": a part that says only a place and a value, after a part that
 *  said a device by an ordinary word in a place, is about that device in the new place — the nouns said before are carried.
 *  Round 21i: also when the device was said by its name ("the bedroom lamp to 30 and in the living room to 60": its kind
 *  word, the lamp, is carried) or in the speaker's room ("the lamp to 30 and in the living room to 60"), and for a state
 *  ("… and in the living room to off") — only in the "in <place>" form (dev8's "… and the kitchen to 70%" is every light
 *  there, by the label convention). A unit of another kind ("… to 70 degrees": the thermostat) carries nothing.
 *  Mutates the frame. */
export function carryDevice21b(frame: Frame, before: Frame | null | undefined, rest: readonly Item[] = []): void {
  if (!before || before.query || frame.query || frame.impliedDomain) return;
  if (frame.op === 'temperature' || frame.op === 'temperature_step' || frame.unit === 'C' || frame.unit === 'F' || frame.unit === 'kelvin') return;
  const groups = frame.target.groups;
  const placeOnly = groups.length > 0 && groups.every((g) => g.names.length + g.nouns.length + g.fragments.length === 0 && g.areas.length + g.floors.length > 0);
  if (!placeOnly || frame.target.pronoun || frame.target.here) return;
  // ("set in the living room to 60": only words — the verb carried, "and", "in the" — before the place.)
  const at = rest.findIndex((x) => x.kind === 'area' || x.kind === 'floor');
  const inForm = at > 0 && rest.slice(0, at).some((x) => x.text === 'in') && rest.slice(0, at).every((x) => x.kind === 'word') && rest.slice(at).some((x) => x.text === 'to');
  if (frame.value === undefined && !inForm) return;
  const prior = before.target.groups;
  if (prior.length !== 1) return;
  const g0 = prior[0]!;
  const nouns = g0.nouns.filter((n) => !n.placeholder);
  if (nouns.length !== g0.nouns.length) return;
  let carry = nouns;
  if (g0.names.length > 0) {
    // (A name said: its kind word — "bedroom lamp" → lamp; a name with no kind word carries nothing.)
    if (!inForm || g0.names.length !== 1 || nouns.length > 0) return;
    const words = g0.names[0]!.text.split(' ');
    carry = [];
    for (let i = 0; i < words.length && carry.length === 0; i++) {
      const phrase = words.slice(i).join(' ');
      const entry = NOUNS.get(phrase);
      if (entry && !entry.plural) carry = [{ text: phrase, senses: entry.senses, plural: false }];
    }
  } else if (g0.areas.length + g0.floors.length === 0 && !inForm) return;
  if (carry.length === 0) return;
  for (const g of groups) g.nouns.push(...carry);
}

/** Temperatures a room is kept at, per unit (the other unit's reading of a bare number). */
const ROOM_AIR: Readonly<Record<'C' | 'F', readonly [number, number]>> = { C: [16, 28], F: [60, 84] };

/** "set the living room to 21" in a °F home, "set the living room to 73" in a °C home: no temperature of the home's unit, but
 *  one a room is kept at in the other — the lights at 21 %, or the thermostat? Asked when the place has a thermostat and
 *  something with a level (a place without a thermostat keeps its lights). `asTemperature` resolves the frame as a setpoint. */
export function otherUnitRoom21b(v: number, frame: Frame, levels: { error?: unknown; entities: readonly NlEntity[] }, home: NlHome,
  asTemperature: (f: Frame) => { error?: unknown; entities: readonly NlEntity[] }): NlError | null {
  const unit = home.temperatureUnit ?? 'C';
  const other = unit === 'C' ? 'F' : 'C';
  const [lo, hi] = ROOM_AIR[other];
  if (v < lo || v > hi || levels.error || levels.entities.length === 0) return null;
  const air = asTemperature({ ...frame, op: 'temperature', unit: null });
  const thermostats = air.error ? [] : air.entities.filter((e) => e.domain === 'climate');
  if (thermostats.length === 0) return null;
  const where = frame.target.groups.flatMap((g) => [...g.areas.map((a) => `the ${a.name}`), ...g.floors.map((f) => `the ${f.name}`)]).join(' and ') || 'here';
  return {
    code: 'AMBIGUOUS',
    message: `Set ${where} to ${v}: the lights at ${v} %, or the temperature (${v} °${other} — this home is set in °${unit})?`,
    options: [`set the lights in ${where} to ${v}%`, `set ${thermostats.map((e) => e.name).join(' and ')} to ${v} °${other}`],
    subject: String(v),
    next: 'Say "%" or "degrees" with the number, or name the device.',
  };
}

/** Amounts of a cover's or valve's way, said in words. */
const WAY_AMOUNTS = table<true>({ halfway: true, half: true, quarter: true, quarters: true, third: true, partway: true, midway: true });

/** "open the left curtain, and the bedroom curtain halfway": an amount said only after a list set apart by ", and" — for the
 *  last one alone, or for all? (Without the comma, "open A and B halfway" is both at 50.) Asked when every device was set to it. */
export function amountSetApart21b(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const apart = tokens.findIndex((t, i) => t === ',' && tokens[i + 1] === 'and');
  if (apart < 0 || tokens.slice(0, apart).some((t) => WAY_AMOUNTS[t]) || !tokens.slice(apart).some((t) => WAY_AMOUNTS[t])) return null;
  const set = actions.filter((a) => a.service === 'set_position');
  if (set.length < 2 || set.length !== actions.length || new Set(set.map((a) => JSON.stringify(a.data))).size !== 1) return null;
  return { code: 'AMBIGUOUS', message: 'The amount you said: for the last one only, or for all of them? Say each with its own, for example "open the left curtain fully and the bedroom curtain halfway".' };
}

/** The whole sentence's checks of round 21b (guard.ts, on a reading that acts). */
export function doubt21b(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  return weekdayPassed21b(actions) ?? amountSetApart21b(tokens, actions);
}
