// Round 19d (issue 14, probe 19): amounts Hearth can't be sure of — asked (when Hearth is not sure, it asks). Read on the
// words as said and the actions read; each check is a class, never a sentence.
// - "turn the thermostat way up", "way warmer": "way up" names no amount (OWN.md) — it stepped 3 degrees.
// - "up a few degrees": more than "a couple" (2), how many is not said — it stepped 1 degree.
// - "down two notches", "up 3 levels": "a notch" is a step of 10, so two may be 20 — or 2 points of the scale; asked
//   (from 10 on, "10 notches" is read as points, as the sets have it).
// - "open the valve a little", "crack the valve open" read to fully open, "close it a touch" to fully closed: a small move that
//   ends at the very end (from a position at or near it) is no small move — asked.
// - "close the curtain three quarters of the way", "shut the valve a quarter of the way": closed by that share (25 % open),
//   or to that share open? It was set open to the share said; the readings differ (round 3's test had one, probe 19 the
//   other) — asked, with both as options.
// - "switch off the others", "the rest of them" after a device: the device itself was acted on — which others is asked.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import { table } from './table';

const WAYS = table({ up: true, down: true, higher: true, lower: true, warmer: true, cooler: true, hotter: true, colder: true });
const TIME_UNITS = table({ second: true, seconds: true, minute: true, minutes: true, min: true, mins: true, hour: true, hours: true, secs: true, sec: true, days: true, day: true });

/** "way up" (not "all the way up"), "a few (degrees)", "several degrees" said with a temperature step. */
function vagueDegrees(words: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!actions.some((a) => a.service === 'temperature_step')) return null;
  const way = words.some((t, i) => t === 'way' && WAYS[words[i + 1] ?? ''] && words[i - 1] !== 'all' && !(words[i - 1] === 'the' && words[i - 2] === 'all'));
  const few = words.some((t, i) => (t === 'few' || t === 'several') && !TIME_UNITS[words[i + 1] ?? ''] && !TIME_UNITS[words[i + 2] ?? '']);
  if (!way && !few) return null;
  return { code: 'AMBIGUOUS', message: `${way ? '"Way up/down"' : '"A few"'}: by how many degrees? Say it, for example "by 3 degrees", or the temperature to set.` };
}

const WORD_NUMBERS = table({ two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, couple: 2 });
const NOTCHES = table({ notch: true, notches: true, level: true, levels: true, step: true, steps: true, click: true, clicks: true, bars: true, ticks: true });
const STEPPED = table({ volume_step: true, brightness_step: true, position_step: true, fan_speed_step: true, set_fan_speed: true, set_position: true,
  set_brightness: true, volume_set: true, temperature_step: true });

/** "two notches", "3 levels", "a couple of notches": a count of steps under 10, said with a change. */
function countedNotches(words: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!actions.some((a) => STEPPED[a.service ?? ''])) return null;
  for (let i = 0; i < words.length; i++) {
    if (!NOTCHES[words[i]!]) continue;
    const before = words[i - 1] === 'of' ? words[i - 2] : words[i - 1];
    const n = /^\d+$/.test(before ?? '') ? Number(before) : WORD_NUMBERS[before ?? ''];
    if (n === undefined || n < 2 || n >= 10) continue;
    return { code: 'AMBIGUOUS', message: `${n} ${words[i]}: by ${n * 10} (a notch being 10), or by ${n} points? Say it in percent, for example "up by ${n * 10}%".` };
  }
  return null;
}

const SMALL = table({ little: true, bit: true, crack: true, touch: true, tad: true, slightly: true, smidge: true, fraction: true, fractionally: true, notch: true });
const OPENING = table({ open: true, crack: true, raise: true, up: true });
const CLOSING = table({ close: true, shut: true, lower: true, down: true });

/** "open the valve a little" ending at 100, "close it a touch" ending at 0: the small move said is no small move. */
function smallMoveToEnd(words: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const small = words.some((t) => SMALL[t]) || words.some((t, i) => t === 'by' && /^\d+$/.test(words[i + 1] ?? '') && Number(words[i + 1]) < 100);
  if (!small) return null;
  const hit = actions.find((a) => a.service === 'set_position' && /^(valve|cover)\./.test(a.entity ?? '')
    && ((Number(a.data?.['position']) >= 100 && words.some((t) => OPENING[t])) || (Number(a.data?.['position']) <= 0 && words.some((t) => CLOSING[t]))));
  if (!hit) return null;
  const end = Number(hit.data?.['position']) >= 100 ? 'fully open' : 'fully closed';
  return { code: 'AMBIGUOUS', message: `That small move would leave it ${end} (it is already at or near the end). What position should it go to? Say it, for example "set it to 30%".` };
}

const CLOSING_VERBS = table({ close: true, shut: true, lower: true });
const PART_ENDS = table({ ',': true, and: true, then: true, '.': true, but: true });
/** Shares of the way said in words, and the percent they are. */
const SHARES: readonly [readonly string[], number][] = [[['a', 'quarter'], 25], [['one', 'quarter'], 25], [['three', 'quarters'], 75], [['a', 'third'], 33],
  [['one', 'third'], 33], [['two', 'thirds'], 67], [['1', 'quarter'], 25], [['3', 'quarters'], 75], [['2', 'thirds'], 67]];

/** "close X three quarters of the way" set to 75 % open: closed by three quarters (25 % open), or 75 % open? Asked. */
function closedShare(words: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!words.some((t) => CLOSING_VERBS[t])) return null;
  for (let i = 0; i < words.length; i++) {
    let share: number | null = null;
    let len = 0;
    for (const [w, pc] of SHARES) if (w.every((x, k) => words[i + k] === x)) { share = pc; len = w.length; break; }
    if (share === null && /^\d+(\.\d+)?$/.test(words[i]!) && ['percent', '%'].includes(words[i + 1] ?? '')) { share = Number(words[i]); len = 2; }
    if (share === null || share >= 100 || share === 50) continue;
    let k = i + len;
    if (words[k] === 'of') k++;
    if (words[k] === 'the') k++;
    if (words[k] !== 'way' || words[i - 1] === 'to') continue;
    // (The verb of this part says closing: "open A a quarter of the way and close B …" opens A as said.)
    let v = i - 1;
    while (v >= 0 && !CLOSING_VERBS[words[v]!] && !PART_ENDS[words[v]!] && words[v] !== 'open') v--;
    if (v < 0 || !CLOSING_VERBS[words[v]!]) continue;
    const pc = share;
    const hit = actions.find((a) => a.service === 'set_position' && Math.abs(Number(a.data?.['position']) - pc) < 1);
    if (!hit) continue;
    return { code: 'AMBIGUOUS', message: `Closed ${words.slice(i, i + len).join(' ')} of the way — leave it ${100 - pc} % open, or ${pc} % open?`,
      options: [`set it to ${100 - pc}%`, `set it to ${pc}%`] };
  }
  return null;
}

/** "switch off the others", "close all the others", "turn the rest of them off": which others (of what kind, where) is not
 *  said — the device before itself was acted on. Asked; "the other lights", "the other ones" say the kind. */
function theOthers(words: readonly string[]): NlError | null {
  const k = words.findIndex((t, i) => (t === 'others' && words[i - 1] === 'the') || (t === 'rest' && words[i - 1] === 'the' && words[i + 1] === 'of' && words[i + 2] === 'them'));
  if (k < 0) return null;
  return { code: 'AMBIGUOUS', message: 'Which others? Say them with their kind and place, for example "the other kitchen lights".' };
}

export function doubt19d(said: () => readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0) return null;
  const words = said();
  return vagueDegrees(words, actions) ?? countedNotches(words, actions) ?? smallMoveToEnd(words, actions) ?? closedShare(words, actions) ?? theOthers(words);
}
