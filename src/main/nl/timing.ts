// Timing phrases, taken out of a clause before the rest is read: "in 10 minutes" (delay), "for an hour"
// (do, then undo), "at 7 pm", "tomorrow at 6:30", "every weekday at 7", "at sunset", "every 2 hours".
import type { Item } from './tag';
import type { HomeClock, Schedule, Timing, Weekday } from './frame';
import { DAYS, DOWN_WORDS, OFF_VERBS, ON_VERBS, PARTICLE_VERBS, SET_VERBS, TIME_UNITS, UP_WORDS } from './lexicon-words';
import { table } from './table';
import { pad, readClock, type AskClock, type Half } from './clock-reading';
import { BRIEF_WORDS, VAGUE_LATER, DURATION_WORDS, readDuration, saidWait, vagueWait } from './durations';

interface Found {
  start: number;
  end: number;
}

const text = (items: readonly Item[], i: number): string => items[i]?.text ?? '';

const PRONOUN_OBJECTS = new Set(['it', 'them', 'me', 'us']);

const VALUE_WORDS = new Set(['set', 'dim', 'brighten', 'brightness', 'volume', 'temperature', 'temp', 'speed', 'position',
  'thermostat', 'heat', 'heating', 'percent', '%', 'degrees', '°']);

/** "at 7 pm", "by 10:30" are times; "by 10" (a step) and "set the lights at 20" are values. */
function clockMeant(items: readonly Item[], at: number, end: number): boolean {
  const first = items[at + 1];
  const pastTo = ['past', 'to'].includes(text(items, at + 2)) && items[at + 3]?.kind === 'num';
  const marked = first?.kind === 'time' || ['am', 'pm', 'oclock'].includes(text(items, at + 2)) || first?.kind !== 'num' || pastTo;
  if (marked) return true;
  // ("by 10 tonight": a day word said with it makes it a clock time — round 27c.)
  if (text(items, at) === 'by' && !VALUE_UNITS.includes(text(items, end)) && ['tonight', 'tomorrow', 'today'].includes(text(items, end))) return true;
  if (text(items, at) === 'by' || VALUE_UNITS.includes(text(items, end))) return false;
  // "countertop at 10", "the play corner should be at 20": with nothing said to do but "at" a number, the number is
  // the level ("turn the porch light on at 10", "at 7 tomorrow" say when).
  if (at > 0 && !items.some((x, k) => k !== at && (DOES.has(x.text) || WHEN_WORDS.has(x.text) || DAYS.has(x.text)))) return false;
  // ("at ten thirty tonight": a day word said with it makes it a clock time; its own minutes are no other value.)
  if (['tonight', 'tomorrow', 'today'].includes(text(items, end))) return true;
  const others = items.flatMap((it, k) => (it.kind === 'num' && (k <= at || k >= end) ? [k] : []));
  // "set the desk lamp to 40% at 7": the value is said already, so "at 7" is when.
  if (others.some((k) => k < at && (text(items, k - 1) === 'to' || VALUE_UNITS.includes(text(items, k + 1))))) return true;
  // ("put the left curtain at 10": a level; "put the tv on at 10": when.)
  const putAt = items.some((it) => it.text === 'put') && !items.some((it) => it.text === 'on' || it.text === 'off');
  return others.length === 0 && !putAt && !items.some((it) => VALUE_WORDS.has(it.text));
}

const VALUE_UNITS = ['%', 'percent', '°', 'degrees', 'k', 'kelvin'];
/** Words that start what a verb acts on ("lock the door"): a noun before them is the verb (round 27c). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['the', 'my', 'our', 'all', 'every', 'both', 'it', 'them', 'up', 'down', 'on', 'off']);
/** "… has passed", "… have gone by", "… is up": said after a length of time waited (round 27c). The end after them. */
function hasPassed27c(items: readonly Item[], end: number): number {
  if (!['has', 'have', "'s", 'is', 'are'].includes(text(items, end))) return end;
  const w = text(items, end + 1);
  if (['passed', 'elapsed', 'gone', 'up', 'past'].includes(w)) return text(items, end + 2) === 'by' && w === 'gone' ? end + 3 : end + 2;
  return end;
}
/** Words that say what to do, so that "at 7" beside them can be when. */
const DOES: ReadonlySet<string> = new Set([...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS, ...UP_WORDS, ...DOWN_WORDS,
  'on', 'off', 'open', 'close', 'closed', 'shut', 'lock', 'unlock', 'locked', 'unlocked', 'play', 'pause', 'stop', 'resume', 'mute',
  'unmute', 'toggle', 'clean', 'vacuum', 'mow', 'dock', 'lit', 'wake', 'start', 'opens', 'closes', 'locks', 'unlocks', 'turns', 'switches',
  'goes', 'comes', 'starts', 'stops', 'arrives', 'leaves', 'gets', 'becomes', 'happens', 'detects', 'when', 'if']);
const WHEN_WORDS: ReadonlySet<string> = new Set(['tonight', 'tomorrow', 'today', 'morning', 'afternoon', 'evening', 'night', 'every',
  'daily', 'am', 'pm', 'oclock', 'sharp', 'then', 'again']);

const DAY_NAMES: Readonly<Record<string, string>> = table({
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
});

function describeDays(days: readonly string[]): string {
  const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  if (days.length === 7) return 'every day';
  if (days.join() === all.slice(0, 5).join()) return 'every weekday';
  if (days.join() === 'sat,sun') return 'every weekend day';
  const names = days.map((d) => DAY_NAMES[d] ?? d);
  return `every ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
}

function describeSeconds(s: number): string {
  const [n, unit] = s % 3600 === 0 ? [s / 3600, 'hour'] : s % 60 === 0 ? [s / 60, 'minute'] : [s, 'second'];
  return n === 1 ? unit : `${n} ${unit}s`;
}

/** Finds the timing phrases in a clause; returns the clause without them. */
export function extractTiming(items: readonly Item[], now: Date | null, clock: HomeClock = '24h', unitBefore: number | null = null): { items: Item[]; timing: Timing | null } {
  const remove: Found[] = [];
  const timing: Timing = {};
  let hint: Half | null = null;
  for (const [k, it] of items.entries()) {
    if (['evening', 'afternoon'].includes(it.text)) hint = 'pm';
    else if (['tonight', 'night'].includes(it.text) && text(items, k - 1) !== 'for' && text(items, k - 2) !== 'for') hint = 'night';
    else if (it.text === 'morning') hint = 'am';
  }
  let day: 'today' | 'tomorrow' | null = null;
  /** "on friday": one coming day. */
  let weekday: Weekday | null = null;
  const days: string[] = [];
  let sun: 'sunrise' | 'sunset' | null = null;
  /** A time said without a clock time ("tomorrow", "in the evening"): when is not known. */
  let vague: string | null = null;
  let openHour: AskClock | null = null;
  for (let i = 0; i < items.length; i++) {
    const t = text(items, i);
    const prev = text(items, i - 1);
    // ("in 10 minutes dim the lamp to 30 and in 20 the play corner" read as one step: two waits for one step — asked.)
    const secondBare = t === 'in' && timing.delayS !== undefined && items[i + 1]?.kind === 'num'
      && !TIME_UNITS.has(text(items, i + 2)) && !VALUE_UNITS.includes(text(items, i + 2));
    if (secondBare) {
      timing.unclear ??= `in ${text(items, i + 1)}`;
      remove.push({ start: i, end: i + 2 });
      i += 1;
      continue;
    }
    // ("once half an hour has gone by, …": a wait, as "after" — round 27c.)
    const onceWait = t === 'once' && !timing.delayS && ((d) => d !== null && hasPassed27c(items, d.end) > d.end)(readDuration(items, i + 1));
    if ((t === 'in' || t === 'after' || t === 'within' || onceWait) && !timing.delayS) {
      const d = readDuration(items, i + 1);
      // "in a minute or two", "in 10 or 15 minutes": how long is not one length — asked.
      if (d && text(items, d.end) === 'or' && (items[d.end + 1]?.kind === 'num' || text(items, d.end + 1) === 'so')) {
        let end = d.end + 2;
        if (TIME_UNITS.has(text(items, end))) end++;
        timing.unclear ??= items.slice(i, end).map((x) => x.text).join(' ');
        remove.push({ start: i, end });
        i = end - 1;
        continue;
      }
      // "… in 15 minutes and in 30 the play corner": a bare number said first, as a wait after a wait in minutes, is in
      // minutes too; with no unit said before it is asked — never a level of 30.
      const bare = !d && items.slice(0, i).every((x) => !['num', 'entity', 'noun', 'area', 'floor'].includes(x.kind) && !DURATION_WORDS.has(x.text)) && items[i + 1]?.kind === 'num' && !TIME_UNITS.has(text(items, i + 2)) && !VALUE_UNITS.includes(text(items, i + 2));
      if (bare && unitBefore) {
        timing.delayS = (items[i + 1] as { value: number }).value * unitBefore;
        remove.push({ start: i, end: i + 2 });
        i += 1;
        continue;
      }
      if (bare) {
        timing.unclear ??= `in ${text(items, i + 1)}`;
        remove.push({ start: i, end: i + 2 });
        i += 1;
        continue;
      }
      if (d) {
        timing.delayS = d.seconds;
        const unit = TIME_UNITS.get(text(items, d.end - 1));
        if (unit !== undefined && d.seconds % unit === 0) timing.unitS = unit;
        let end = d.end;
        if (text(items, end) === 'from' && text(items, end + 1) === 'now') end += 2;
        end = hasPassed27c(items, end); // ("after ten minutes have passed" — round 27c)
        remove.push({ start: i, end });
        i = end - 1;
        continue;
      }
      const vagueEnd = vagueWait(items, i + 1);
      if (vagueEnd !== null) {
        timing.unclear ??= saidWait(items.slice(i, vagueEnd));
        remove.push({ start: i, end: vagueEnd });
        i = vagueEnd - 1;
        continue;
      }
    }
    // "wait 5 minutes", "give it ten minutes": a delay before what follows.
    const holdOn = (t === 'hold' || t === 'hang') && text(items, i + 1) === 'on'; // ("hold on 5 minutes, then …" — round 27c)
    if ((t === 'wait' || t === 'give' || holdOn) && !timing.delayS) {
      const from = (t === 'give' && PRONOUN_OBJECTS.has(text(items, i + 1))) || holdOn ? i + 2 : i + 1;
      const d = readDuration(items, from);
      if (d) {
        timing.delayS = d.seconds;
        remove.push({ start: i, end: d.end });
        i = d.end - 1;
        continue;
      }
    }
    // "ten minutes from now", "an hour later".
    if (!timing.delayS && !['for', 'every', 'each'].includes(prev)) {
      const d = readDuration(items, i);
      const after = d ? text(items, d.end) : '';
      if (d && (after === 'later' || (after === 'from' && text(items, d.end + 1) === 'now'))) {
        timing.delayS = d.seconds;
        if (after === 'later') timing.later = true;
        const end = d.end + (after === 'later' ? 1 : 2);
        remove.push({ start: i, end });
        i = end - 1;
        continue;
      }
    }
    if (VAGUE_LATER.has(t) && !(t === 'later' && text(items, i + 1) === 'than')) {
      timing.unclear ??= t;
      remove.push({ start: i, end: i + 1 });
      continue;
    }
    // "pause the telly for a sec", "mute it for a moment": briefly — no length to undo it after.
    if (t === 'for' && !timing.durationS && text(items, i + 1) === 'a' && BRIEF_WORDS.has(text(items, i + 2))) {
      timing.brief = items.slice(i, i + 3).map((x) => x.text).join(' ');
      remove.push({ start: i, end: i + 3 });
      i += 2;
      continue;
    }
    if (t === 'for' && !timing.durationS) {
      // ("for the next 45 minutes", "for the next hour": how long, as "for 45 minutes" — round 27c.)
      const next = text(items, i + 1) === 'the' && text(items, i + 2) === 'next' ? i + 3 : text(items, i + 1) === 'next' ? i + 2 : i + 1;
      const d = readDuration(items, next) ?? (next > i + 1 && TIME_UNITS.has(text(items, next)) ? { seconds: TIME_UNITS.get(text(items, next))!, end: next + 1 } : null);
      if (d) {
        timing.durationS = d.seconds;
        remove.push({ start: i, end: d.end });
        i = d.end - 1;
        continue;
      }
      // "for a bit", "for a while": how long, before it is undone, is not said.
      const vagueEnd = vagueWait(items, next);
      // ("for a bit of light": what it is for, no wait.)
      if (vagueEnd !== null && vagueEnd > i + 1 && items[vagueEnd - 1]?.kind !== 'num' && text(items, vagueEnd) !== 'of') {
        timing.unclear ??= saidWait(items.slice(i, vagueEnd));
        remove.push({ start: i, end: vagueEnd });
        i = vagueEnd - 1;
        continue;
      }
    }
    // ("flip it off for the night", "lock up for tonight": now, and left so — no time to wait for.)
    // ("for tonight, turn on …" said first is asked: when it starts is not said.)
    if ((t === 'night' && prev === 'the' && text(items, i - 2) === 'for' && i > 2) || (t === 'tonight' && prev === 'for' && i > 1)) {
      remove.push({ start: t === 'night' ? i - 2 : i - 1, end: i + 1 });
      continue;
    }
    // "the night light", "the morning lamp": part of what is named, not a time.
    // ("at 10 tonight lock the back door": a verb that is also a noun, with its object after it, is the command — round 27c.)
    const describes = (items[i + 1]?.kind === 'noun' || items[i + 1]?.kind === 'entity') && !OBJECT_STARTS.has(text(items, i + 2));
    if (['tonight', 'evening', 'afternoon', 'night', 'morning'].includes(t) && prev !== 'every' && prev !== 'each' && !describes) {
      vague ??= t === 'night' || t === 'morning' || t === 'afternoon' || t === 'evening' ? `in the ${t}` : t;
      // ("tonight", "this morning": today's — a time of it already past is not tomorrow's.)
      if (t === 'tonight' || prev === 'this') day = 'today';
      remove.push({ start: prev === 'this' || prev === 'in' ? i - 1 : i, end: i + 1 });
      continue;
    }
    if (t === 'tomorrow' || t === 'today') {
      day = t;
      if (t === 'tomorrow') vague ??= t;
      remove.push({ start: i, end: i + 1 });
      continue;
    }
    if (t === 'sunset' || t === 'sunrise' || t === 'dusk' || t === 'dawn') {
      sun = t === 'sunrise' || t === 'dawn' ? 'sunrise' : 'sunset';
      remove.push({ start: prev === 'at' ? i - 1 : i, end: i + 1 });
      continue;
    }
    if (t === 'every' || t === 'each' || t === 'on' || t === 'daily') {
      if (t === 'daily') {
        days.push(...DAYS.get('day')!);
        remove.push({ start: i, end: i + 1 });
        continue;
      }
      const n = items[i + 1];
      if ((t === 'every' || t === 'each') && (n?.kind === 'num' || TIME_UNITS.has(n?.text ?? ''))) {
        const d = n?.kind === 'num' ? readDuration(items, i + 1) : { seconds: TIME_UNITS.get(n!.text)!, end: i + 2 };
        if (d) {
          timing.schedule = { kind: 'interval', every_s: d.seconds, text: `every ${describeSeconds(d.seconds)}` };
          remove.push({ start: i, end: d.end });
          i = d.end - 1;
          continue;
        }
      }
      let j = i + 1;
      const found: string[] = [];
      while (j < items.length) {
        const dd = DAYS.get(text(items, j));
        if (dd) {
          found.push(...dd);
          j++;
        } else if ((text(items, j) === 'and' || text(items, j) === 'or') && DAYS.has(text(items, j + 1))) {
          j++;
        } else break;
      }
      // "on friday at 6": the coming Friday, once ("on fridays", "every friday": each week).
      if (t === 'on' && found.length === 1 && j === i + 2 && ONE_DAY.has(text(items, i + 1))) {
        weekday = found[0] as Weekday;
        vague ??= `on ${text(items, i + 1)}`;
        remove.push({ start: i, end: j });
        i = j - 1;
        continue;
      }
      if (found.length > 0 && (t !== 'on' || found.length < 7)) {
        days.push(...found);
        remove.push({ start: i, end: j });
        i = j - 1;
      }
      continue;
    }
    if (DAYS.has(t) && t.endsWith('s') && t !== 'days') {
      days.push(...DAYS.get(t)!); // "weekdays at 7"
      remove.push({ start: i, end: i + 1 });
      continue;
    }
    // ("friday at 9 unlock …", "at 9 on friday": a weekday said next to a clock time, without "on", is the coming one — round 27c.)
    if (ONE_DAY.has(t) && !weekday && days.length === 0 && !['on', 'every', 'each', 'this', 'next', 'last', 'and', 'or', ','].includes(prev) && (text(items, i + 1) === 'at' || (i === 0 && text(items, i + 1) === ','))) {
      weekday = DAYS.get(t)![0] as Weekday;
      vague ??= `on ${t}`;
      remove.push({ start: i, end: i + 1 });
      continue;
    }
    // ("keep the tv on till half ten", "the lamp on until midnight": now, and undone at that time — round 27c.)
    if ((t === 'until' || t === 'till' || t === 'til') && !timing.durationS && now) {
      const c = readClock(items, i + 1, hint, clock);
      if (c && !c.ask && (items[i + 1]?.kind !== 'num' || !VALUE_UNITS.includes(text(items, c.end)))) {
        const [h, m] = c.time.split(':').map(Number) as [number, number];
        const moment = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m).getTime();
        if (moment <= now.getTime() && c.time !== '00:00') timing.past = c.time;
        else {
          timing.durationS = secondsUntil(now, c.time, false);
          timing.until = { kind: 'at', time: c.time, day: null, text: `until ${c.time}` };
        }
        remove.push({ start: i, end: c.end });
        i = c.end - 1;
        continue;
      }
    }
    // "come noon, open …", "come 6 pm": "come" before a clock time that says it is one is "at".
    const comeAt = t === 'come' && (items[i + 1]?.kind === 'time' || ['noon', 'midday', 'midnight'].includes(text(items, i + 1))
      || ['am', 'pm', 'oclock'].includes(text(items, i + 2)));
    if (t === 'at' || t === 'by' || comeAt) {
      const c = readClock(items, i + 1, hint, clock);
      if (c && (comeAt || clockMeant(items, i, c.end))) {
        remove.push({ start: i, end: c.end });
        if (c.ask) timing.askClock = c.ask;
        else if (c.open) openHour = c.open;
        timing.schedule = { kind: 'at', time: c.time, day, text: '' };
        i = c.end - 1;
      }
    }
  }
  if (weekday && (days.length > 0 || sun || timing.schedule?.kind !== 'at')) {
    // "on friday" with no clock time, or with a repeat or the sun: when is not known well enough.
    timing.schedule = undefined;
    days.length = 0;
    sun = null;
  } else if (weekday) vague = null;
  if (timing.schedule?.kind === 'at' || days.length > 0 || sun) {
    const at = timing.schedule?.kind === 'at' ? timing.schedule.time : null;
    let schedule: Schedule;
    const uniq = [...new Set(days)];
    if (uniq.length === 7 && sun && !at) {
      // "every evening at sunset", "every day at dusk": a sun schedule runs every day already — the one form.
      schedule = { kind: 'sun', event: sun, text: `every day at ${sun}` };
    } else if (days.length > 0) {
      const base = { kind: 'weekly' as const, days: uniq, time: at, text: `${describeDays(uniq)}${at ? ` at ${at}` : ''}${sun ? ` at ${sun}` : ''}` };
      schedule = sun ? { ...base, sun } : base;
    } else if (sun) {
      schedule = { kind: 'sun', event: sun, text: `at ${sun}` };
    } else {
      const onDay = weekday;
      schedule = onDay
        ? { kind: 'at', time: at!, day: onDay, text: `on ${WEEKDAY_NAMES[onDay]} at ${at}` }
        : { kind: 'at', time: at!, day, text: `${day === 'tomorrow' ? 'tomorrow ' : ''}at ${at}` };
      if (now) timing.delayS = onDay ? secondsUntilWeekday(now, at!, onDay) : secondsUntil(now, at!, day === 'tomorrow');
    }
    timing.schedule = schedule;
  }
  // "turn on the fan at 8" said at 09:00 on the 24-hour clock: tomorrow morning, or this evening? Asked.
  if (openHour && now && day === null && !weekday && timing.schedule?.kind === 'at') {
    const at = (hour: number): number => new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, openHour!.minute).getTime();
    // ("quarter to one" is 00:45 or 12:45: its hour is said 12, counted from 0.)
    if (at(openHour.hour % 12) <= now.getTime() && at(openHour.hour % 12 + 12) > now.getTime()) timing.askClock = openHour;
  }
  // "today at 5" said at 10:00: five in the morning is past, so only the afternoon is meant.
  const ask = timing.askClock;
  if (ask && now && day === 'today' && timing.schedule?.kind === 'at') {
    const moment = (hour: number): number => new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, ask.minute).getTime();
    const pm = ask.hour % 12 + 12;
    if (moment(ask.hour % 12) <= now.getTime() && moment(pm) > now.getTime()) {
      const time = `${pad(pm)}:${pad(ask.minute)}`;
      delete timing.askClock;
      timing.schedule = { kind: 'at', time, day, text: `at ${time}` };
      timing.delayS = secondsUntil(now, time, false);
    }
  }
  // "at 7:30 this morning" said at 09:00: that time of today has passed — asked, never moved to tomorrow.
  if (now && day === 'today' && !weekday && !timing.askClock && timing.schedule?.kind === 'at' && timing.schedule.time) {
    const [h, m] = timing.schedule.time.split(':').map(Number) as [number, number];
    const moment = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m).getTime();
    if (moment <= now.getTime()) timing.past = timing.schedule.time;
  }
  // "turn on the lights tomorrow": doing it now would be wrong, and no hour was said.
  if (vague && !timing.schedule && timing.delayS === undefined) timing.vague = vague;
  const drop = new Set<number>();
  for (const r of remove) for (let k = r.start; k < r.end; k++) drop.add(k);
  const left = items.filter((_, k) => !drop.has(k));
  // A length of time still there was not read ("ten minutes before"): asking beats running it now.
  const stray = items.findIndex((it, k) => !drop.has(k) && DURATION_WORDS.has(it.text));
  if (stray >= 0 && !timing.unclear) {
    const from = items[stray - 1]?.kind === 'num' || ['a', 'an'].includes(text(items, stray - 1)) ? stray - 1 : stray;
    timing.unclear = items.slice(from).map((x) => x.text).join(' ');
  }
  if (remove.length === 0 && !timing.unclear) return { items: [...items], timing: null };
  return { items: left, timing };
}

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const ONE_DAY = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Seconds until the coming `day` at `time` (a week on when that is today and the time has passed). */
function secondsUntilWeekday(now: Date, time: string, day: Weekday): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const target = new Date(now.getTime());
  target.setHours(h, m, 0, 0);
  let ahead = (WEEKDAYS.indexOf(day) - now.getDay() + 7) % 7;
  if (ahead === 0 && target.getTime() <= now.getTime()) ahead = 7;
  target.setDate(target.getDate() + ahead);
  return Math.round((target.getTime() - now.getTime()) / 1000);
}

function secondsUntil(now: Date, time: string, tomorrow: boolean): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  const target = new Date(now.getTime());
  target.setHours(h, m, 0, 0);
  if (tomorrow) target.setDate(target.getDate() + 1);
  else if (target.getTime() <= now.getTime()) target.setDate(target.getDate() + 1);
  return Math.round((target.getTime() - now.getTime()) / 1000);
}
