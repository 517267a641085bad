// Clock times said in a sentence: "7", "7 pm", "7:30", "07:30", "19:30", "noon", "half past seven", "quarter to
// eleven", "half nine" → the 24-hour clock, and whether the half of the day was said (timing.ts reads the rest).
import type { Item } from './tag';
import type { HomeClock } from './frame';

const text = (items: readonly Item[], i: number): string => items[i]?.text ?? '';

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The half of the day a word says: "pm" (afternoon, evening), "am" (morning), or "night" (late: 10 at night
 *  is 22:00, 2 at night is 02:00). */
export type Half = 'am' | 'pm' | 'night';

/** A bare hour in a 12-hour home ("at 5", "at 2:30"): morning or afternoon is not known. */
export interface AskClock {
  /** The time as said, as tokens ("5", "2:30", "7 30"). */
  said: string;
  hour: number;
  minute: number;
}

export interface Clock {
  time: string;
  end: number;
  ask?: AskClock;
  /** An hour said with nothing that says which half of the day ("at 8" on the 24-hour clock). */
  open?: AskClock;
}

/** "7", "7 pm", "7:30", "07:30", "19:30", "noon" at i → 24 h clock time. `hint` is the half of the day said
 *  elsewhere ("tonight", "every morning"). A leading zero or an hour past 12 is the 24-hour clock; any other
 *  hour without am/pm follows the home's clock: as written in a 24-hour home, a question in a 12-hour one. */
export function readClock(items: readonly Item[], i: number, hint: Half | null, clock: HomeClock): Clock | null {
  const it = items[i];
  if (!it) return null;
  // ("a quarter to ten", "a quarter past six": the article is part of the time.)
  if (it.text === 'a' && text(items, i + 1) === 'quarter' && ['to', 'past'].includes(text(items, i + 2))) return readClock(items, i + 1, hint, clock);
  // "half past seven", "quarter to eleven", "ten past six", "20 to 8".
  const minutesWord = it.text === 'half' ? 30 : it.text === 'quarter' ? 15 : it.kind === 'num' && Number.isInteger(it.value) && it.value > 0 && it.value < 60 ? it.value : null;
  const rel = text(items, i + 1);
  const hourItem = items[i + 2];
  // (round 27c: "quarter to midnight", "ten past noon": the hour said as a word.)
  const hourWord = ['noon', 'midday', 'midnight'].includes(hourItem?.text ?? '');
  if (minutesWord !== null && (rel === 'past' || (rel === 'to' && it.text !== 'half')) && (hourWord || (hourItem?.kind === 'num' && Number.isInteger(hourItem.value) && hourItem.value >= 1 && hourItem.value <= 12))) {
    const base = readClock(items, i + 2, hint, clock);
    if (!base) return null;
    const [h, m] = base.time.split(':').map(Number) as [number, number];
    const total = (h * 60 + m + (rel === 'past' ? minutesWord : -minutesWord) + 24 * 60) % (24 * 60);
    const time = `${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
    const said = items.slice(i, i + 3).map((x) => x.text).join(' ');
    const ask = base.ask ? { ...base.ask, said, hour: base.ask.hour, minute: total % 60 } : undefined;
    const open = base.open ? { said, hour: Math.floor(total / 60) % 12 || 12, minute: total % 60 } : undefined;
    return { time, end: base.end, ...(ask ? { ask } : {}), ...(open ? { open } : {}) };
  }
  // "half nine" (British): half past nine.
  const after = items[i + 1];
  if (it.text === 'half' && after?.kind === 'num' && Number.isInteger(after.value) && after.value >= 1 && after.value <= 12) {
    const base = readClock(items, i + 1, hint, clock);
    if (!base) return null;
    const [h] = base.time.split(':').map(Number) as [number, number];
    const ask = base.ask ? { ...base.ask, said: `half ${after.text}`, hour: base.ask.hour, minute: 30 } : undefined;
    const open = base.open ? { said: `half ${after.text}`, hour: base.open.hour, minute: 30 } : undefined;
    return { time: `${pad(h)}:30`, end: base.end, ...(ask ? { ask } : {}), ...(open ? { open } : {}) };
  }
  if (it.text === 'noon' || it.text === 'midday') return { time: '12:00', end: i + 1 };
  if (it.text === 'midnight') return { time: '00:00', end: i + 1 };
  let hour: number;
  let minute = 0;
  let padded: boolean;
  const start = i;
  if (it.kind === 'time') {
    hour = it.hour;
    minute = it.minute;
    padded = it.padded;
  } else if (it.kind === 'num' && Number.isInteger(it.value) && it.value >= 0 && it.value <= 24) {
    hour = it.value;
    padded = /^0\d$/.test(it.text);
    const next = items[i + 1];
    if (next?.kind === 'num' && Number.isInteger(next.value) && next.value < 60 && next.value >= 10) {
      minute = next.value; // "seven thirty"
      i++;
    }
  } else {
    return null;
  }
  let end = i + 1;
  let half: Half | null = null;
  if (text(items, end) === 'am' || text(items, end) === 'pm') {
    half = text(items, end) as Half;
    end++;
  } else if (text(items, end) === 'oclock') {
    end++;
  }
  if (hour === 12 && (text(items, end) === 'noon' || text(items, end) === 'midnight')) {
    half = text(items, end) === 'noon' ? 'pm' : 'am';
    end++;
  } else if (text(items, end) === 'in' && text(items, end + 1) === 'the' && ['morning', 'evening', 'afternoon'].includes(text(items, end + 2))) {
    half = text(items, end + 2) === 'morning' ? 'am' : 'pm';
    end += 3;
  } else if (text(items, end) === 'at' && text(items, end + 1) === 'night') {
    half = 'night';
    end += 2;
  }
  half ??= hint;
  const said = items.slice(start, i + 1).map((x) => x.text).join(' ');
  const twentyFour = padded || hour === 0 || hour > 12;
  if (half === 'night') half = hour === 12 || hour <= 4 ? 'am' : 'pm';
  if (half === 'pm' && hour < 12) hour += 12;
  else if (half === 'am' && hour === 12) hour = 0;
  else if (!half && !twentyFour && clock === '12h') {
    if (hour > 23 || minute > 59) return null;
    return { time: `${pad(hour)}:${pad(minute)}`, end, ask: { said, hour, minute } };
  }
  if (hour > 23 || minute > 59) return null;
  const open = !half && !twentyFour && hour >= 1 && hour <= 11 ? { open: { said, hour, minute } } : {};
  return { time: `${pad(hour)}:${pad(minute)}`, end, ...open };
}
