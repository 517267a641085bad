// Round 23j (issue 14, judge of probe-base): steps that were acted on although which way, how far, when or what was
// meant is not known — asked (or told) instead of moving a device the wrong way:
// - a cover step whose way is not said ("a bit more"), or is said against the way read ("close … a little more" read as
//   up), or that cannot move (closing a closed curtain further);
// - a fan step counted from an unknown speed: "slower" / "turn it down" never switch the fan off, "turn it up" after a
//   command on the fan is not counted from 0; "the lowest setting" is not 0 (off);
// - a clock time of today already past, said with "in the morning" / "o'clock" (as with am/pm: clock-18.ts), no day said;
// - a bare "stop" in a room, where lights and switches do not move;
// - a remark about how it was ("the office was freezing today, 15 degrees") is no setpoint;
// - one device of a kind ("the light") asked for in a room with none is not every one in the home;
// - (2) filler and idioms: "ok cool now …" is no cool white, "turn it down in here" with nothing before, a bare "switch on"
//   in a room of several things, "back to the start" (the start is no verb there);
// - "lock up" said in a room with nothing named is the house, not only that room's door (asked, as with no room).
import type { Frame } from './frame';
import type { NlEntity } from './home';
import type { Item } from './tag';
import type { NlAction } from './actions';
import { joinWords, pastTime, type NlError } from './errors';

/** What the parser knew when the step was read. */
export interface Step23j {
  frame: Frame;
  entities: readonly NlEntity[];
  /** The clause's words as said (timing included) and as read (timing taken out). */
  clause: readonly Item[];
  rest: readonly Item[];
  actions: readonly NlAction[];
  /** The speaker's room, and the devices of the speaker's previous command. */
  area: string | null;
  previous: readonly string[] | null;
}

/** A step read and built; an error when acting on it could move the wrong device or the wrong way. */
export function stepDoubt23j(s: Step23j): NlError | null {
  if (s.actions.length === 0 || s.frame.query) return null;
  return coverWay(s) ?? fanStep(s) ?? pastClock(s) ?? stopWhat(s) ?? pastRemark(s) ?? oneOfNone(s) ?? fillerSaid(s) ?? lockUpHere(s);
}

const words = (xs: readonly Item[]): string[] => xs.flatMap((x) => x.text.split(' '));
const STEP_OPS = new Set<Frame['op']>(['level_step', 'position_step', 'fan_speed_step']);
const UP = new Set(['open', 'opened', 'opening', 'raise', 'raised', 'up', 'higher', 'lift', 'wider']);
const DOWN = new Set(['close', 'closed', 'closing', 'shut', 'lower', 'lowered', 'down', 'drop', 'narrower']);
const numberAttr = (e: NlEntity, ...keys: string[]): number | null => {
  for (const k of keys) {
    const v = e.attributes[k];
    if (v !== undefined && v !== null && v !== '' && Number.isFinite(Number(v))) return Number(v);
  }
  return null;
};

/** "a bit more" of a curtain, "close the curtain a little more" read as a step up, a closed curtain closed further. */
function coverWay(s: Step23j): NlError | null {
  if (!STEP_OPS.has(s.frame.op) || typeof s.frame.value !== 'number') return null;
  const moved = s.actions.filter((a) => a.service === 'set_position');
  if (moved.length === 0) return null;
  const names = joinWords(s.entities.filter((e) => moved.some((a) => a.entity === e.id)).map((e) => e.name), 'and');
  const w = words(s.rest);
  const up = w.some((x) => UP.has(x));
  const down = w.some((x) => DOWN.has(x));
  // (The way said is the way meant: "close … a little more" read as a step up is still closing.)
  const read = up !== down ? (up ? 'up' : 'down') : s.frame.value > 0 ? 'up' : 'down';
  const against = (up && s.frame.value < 0) || (down && s.frame.value > 0);
  if (up === down || w.includes('less')) {
    return {
      code: 'AMBIGUOUS',
      message: `Which way should ${names} go: open a bit more, or close a bit more?`,
      options: ['open a bit more', 'close a bit more'],
      next: 'Say "open it a bit more", "close it a bit more", or a position like "set it to 30%".',
    };
  }
  for (const a of moved) {
    const e = s.entities.find((x) => x.id === a.entity);
    const cur = e ? numberAttr(e, 'current_position', 'position') ?? (e.state === 'closed' ? 0 : e.state === 'open' ? 100 : null) : null;
    if (e && cur !== null && ((read === 'down' && cur <= 0) || (read === 'up' && cur >= 100))) {
      return { code: 'UNSUPPORTED', message: `${e.name} is already fully ${read === 'down' ? 'closed' : 'open'}, so it can't go further.`, next: 'Say a position, like "set it to 30%".' };
    }
  }
  return against ? { code: 'AMBIGUOUS', message: `How far should ${names} ${read === 'up' ? 'open' : 'close'}?`, next: 'Say a position, like "set it to 30%".' } : null;
}

/** A fan's speed step counted from a speed that is not known: never off for "slower", never 0 + a step after a command. */
function fanStep(s: Step23j): NlError | null {
  const fans = s.actions.filter((a) => a.service === 'set_fan_speed');
  if (fans.length === 0) return null;
  const value = s.frame.value;
  const w = words(s.rest);
  if (!STEP_OPS.has(s.frame.op)) {
    // "the fan to the lowest setting": its lowest speed — not 0, which is off.
    const lowest = w.some((x) => ['lowest', 'minimum', 'min', 'slowest', 'bottom'].includes(x));
    if (!lowest || !fans.some((a) => Number(a.data['percentage']) === 0)) return null;
    return { code: 'AMBIGUOUS', message: 'The lowest speed, or off? Say a speed like "low" or "fan to 20%", or "turn the fan off".', options: ['low', 'off'] };
  }
  if (typeof value !== 'number') return null;
  for (const a of fans) {
    const e = s.entities.find((x) => x.id === a.entity);
    if (!e) continue;
    const known = numberAttr(e, 'percentage') !== null;
    const afterCommand = (s.previous ?? []).includes(e.id);
    if (value < 0 && e.state === 'off' && !afterCommand) {
      return { code: 'UNSUPPORTED', message: `${e.name} is off already, so it can't go slower.`, next: 'Say "turn the fan on low" to start it slowly.' };
    }
    // (After a command on the fan its speed is no longer the one stored: a step is not counted from it.)
    // (Round 27w: "speed the fan up" with its speed not known set 10 % — a step up is counted from nothing known too.)
    if ((value < 0 && (Number(a.data['percentage']) <= 0 || !known || e.state === 'off')) || afterCommand || !known) {
      return {
        code: 'AMBIGUOUS',
        message: `How fast ${e.name} turns now is not known, so "${value < 0 ? 'slower' : 'faster'}" can't be counted from it. What speed should it go to?`,
        options: ['low', 'medium', 'high'],
        next: 'Say low, medium or high, or a percentage ("fan to 60%").',
      };
    }
  }
  return null;
}

/** "close the main valve at 7 in the morning" said at 09:00: read as tomorrow, as "at 7 am" is not (clock-18.ts). */
function pastClock(s: Step23j): NlError | null {
  const sch = s.frame.timing?.schedule;
  if (sch?.kind !== 'at' || sch.day || !/^\d\d:\d\d$/.test(sch.time)) return null;
  const w = words(s.clause);
  if (!w.some((x) => ['morning', 'afternoon', 'evening', 'night', 'oclock', "o'clock", 'am', 'pm'].includes(x))) return null;
  if (w.includes('tomorrow') || w.includes('every') || w.includes('each')) return null;
  const [h, m] = sch.time.split(':').map(Number) as [number, number];
  const delay = Math.max(0, ...s.actions.map((a) => a.delay_s));
  return h * 60 + m > 0 && delay > h * 3600 + m * 60 ? pastTime(sch.time) : null;
}

const MOVING = new Set(['cover', 'valve', 'media_player', 'vacuum', 'lawn_mower']);
/** A bare "stop" in a room: what moves or plays there may stop; lights and switches are not switched off for it. */
function stopWhat(s: Step23j): NlError | null {
  if (s.frame.op !== 'stop') return null;
  const t = s.frame.target;
  if (t.groups.some((g) => g.names.length + g.nouns.length + g.fragments.length > 0) || t.pronoun) return null;
  if (s.entities.every((e) => MOVING.has(e.domain))) return null;
  const moving = s.entities.filter((e) => MOVING.has(e.domain)).map((e) => e.name);
  return {
    code: 'AMBIGUOUS',
    message: moving.length > 0 ? `What should stop: ${joinWords(moving)}? Lights and switches are not stopped — say "turn them off".` : 'Nothing here is moving or playing. What should stop?',
    ...(moving.length > 0 ? { options: moving } : {}),
    subject: 'stop',
  };
}

const VERBS = new Set(['set', 'turn', 'make', 'put', 'switch', 'change', 'raise', 'lower', 'bring', 'keep', 'crank', 'bump', 'drop',
  'increase', 'decrease', 'heat', 'open', 'close', 'lock', 'unlock', 'start', 'stop', 'dim', 'brighten', 'adjust', 'get', 'go']);
/** "the office was freezing today, 15 degrees": how it was, said with no request — not "set it to 15". */
function pastRemark(s: Step23j): NlError | null {
  const w = words(s.rest);
  if (!w.some((x) => x === 'was' || x === 'were') || w.some((x) => VERBS.has(x))) return null;
  return {
    code: 'NOT_UNDERSTOOD',
    message: 'That sounds like how it was, not what to do. Should I change something?',
    next: 'Say it as a request, like "set the office to 21 degrees".',
  };
}

/** "turn on the light" in a room with no light: one light was asked for, not every light in the home. */
function oneOfNone(s: Step23j): NlError | null {
  const t = s.frame.target;
  if (!s.area || t.pronoun || t.all || t.everything || t.everywhere || t.plural || t.here || t.groups.length !== 1) return null;
  const g = t.groups[0]!;
  if (g.areas.length + g.floors.length + g.names.length > 0 || g.nouns.length !== 1 || g.nouns[0]!.plural || g.quantified) return null;
  if (s.entities.length < 2 || s.entities.some((e) => e.area === s.area) || new Set(s.entities.map((e) => e.area)).size < 2) return null;
  const noun = g.nouns[0]!.text;
  return {
    code: 'AMBIGUOUS',
    message: `There is no ${noun} in the ${s.area}. Which one: ${joinWords(s.entities.map((e) => e.name))}?`,
    options: s.entities.map((e) => e.name),
    subject: noun,
  };
}

const ACK = new Set(['ok', 'okay', 'alright', 'right', 'yeah', 'yes', 'great', 'fine', 'good', 'so']);
/** Words that say nothing to do, read as a command. */
function fillerSaid(s: Step23j): NlError | null {
  const w = s.rest.map((x) => x.text);
  const t = s.frame.target;
  // "ok cool now the bedroom lamp": "cool" after "ok" is a remark, not cool white.
  if ((s.frame.op === 'color_temp' || s.frame.op === 'color') && w.length > 1 && ACK.has(w[0]!) && (s.rest[1]!.kind === 'color' || ['cool', 'warm', 'cold'].includes(w[1]!))) {
    return { code: 'NOT_UNDERSTOOD', message: `What should I do with ${joinWords(s.entities.map((e) => e.name), 'and')}?`, next: 'Say it like "turn the bedroom lamp on" or "make it cool white".' };
  }
  // "turn it down in here" with nothing said before: "it" is not known — the volume, the heat or the lights? ("warm it up by
  // 2 degrees in here" says the heat.)
  if (s.frame.op === 'level_step' && t.pronoun && t.here && !(s.previous ?? []).length && t.groups.every((g) => g.names.length + g.nouns.length === 0)) {
    return { code: 'AMBIGUOUS', message: `What should I turn ${Number(s.frame.value) < 0 || s.frame.value === 'down' ? 'down' : 'up'}: the lights, the volume or the heating?`, options: ['lights', 'volume', 'heating'], subject: 'it' };
  }
  // A bare "switch on" / "turn off" in a room of several things: which is not said.
  const named = t.groups.some((g) => g.names.length + g.nouns.length + g.fragments.length + g.areas.length + g.floors.length > 0);
  if ((s.frame.op === 'on' || s.frame.op === 'off') && !named && !t.pronoun && !t.here && !t.everything && !t.all && !t.everywhere && s.entities.length > 1) {
    return { code: 'AMBIGUOUS', message: `What should I switch ${s.frame.op}: ${joinWords(s.entities.map((e) => e.name))}?`, options: s.entities.map((e) => e.name), subject: 'device' };
  }
  // "back to the start", "from the beginning": "the start" is a place in what plays, not "start it".
  const k = w.findIndex((x) => x === 'start' || x === 'beginning');
  if (k > 0 && w[k - 1] === 'the' && !named) {
    return { code: 'AMBIGUOUS', message: 'Back to the start of what is playing, or switch it on?', next: 'Say "previous track" or "turn the tv on".' };
  }
  return null;
}

/** "lock up" in the Entrance: the speaker means the house; locking only the door of that room leaves the others open. */
function lockUpHere(s: Step23j): NlError | null {
  const t = s.frame.target;
  // ("up" is gone by now: "lock up" reads as "lock" — a bare "lock" in a room names no door either.)
  if (s.frame.op !== 'lock' || !s.area || t.here || t.pronoun || t.all || t.everything) return null;
  if (t.groups.some((g) => g.names.length + g.nouns.length + g.fragments.length + g.areas.length + g.floors.length > 0)) return null;
  if (!s.entities.every((e) => e.area === s.area)) return null;
  return {
    code: 'AMBIGUOUS',
    message: `Lock only ${joinWords(s.entities.map((e) => e.name), 'and')} here, or every door in the house?`,
    options: [...s.entities.map((e) => e.name), 'every door'],
    next: 'Say "lock all the doors" or "lock the front door".',
  };
}
