// Round 26a (issue 14, dev20's wrong actions and two a tester found; tests in wrong-26a.test.ts). Whole-sentence checks on
// what was read, each acting as meant or asking:
// - two amounts said for two steps, read as one copied to both ("two degrees up on the living room thermostat, one up on
//   the office" stepped both by 2) — asked (see amountsCopied);
// - "close it back up again" OPENED it ("up" read as the direction): a close/shut verb with no opening word closes; an
//   open verb read as a close ("open it back down") asks (see backUp);
// - "make both blue" after three devices coloured all three: "both" acting on more than two asks (see bothMoreThanTwo);
// - "open the left curtain and in 10 minutes close it" opened it in 10 minutes and dropped the close: "…, and in <time> <do>"
//   is read as "…, then in <time> <do>" (now, then after the wait), or asked (see andInTime).
import type { NlAction } from './actions';
import type { NlError } from './errors';
import type { NlContext, NlResult } from './parser';

const asked = (said: string, error: NlError): NlResult => ({ text: said, intent: null, slots: {}, actions: [], error });

/** A replacement result (acting as meant, or asking) when the sentence was read wrongly in one of the ways above; else null. */
export function wrong26a(said: string, done: NlResult, context: NlContext, parse: (t: string) => NlResult): NlResult | null {
  // (Round 27w: "turn on the bedroom lamp and in 5 minutes turn it off" was refused — "off" heard with only an "on" read:
  // said as "…, then in 5 minutes turn it off" it is read when that acts now and later; else the refusal stands.)
  // (Only with a verb of its own after the wait: "… and in 10 minutes the blinds" stays asked, as round 15b has it.)
  if (done.error) return AND_IN_VERB.test(said) ? laterRead(andInTime(said, done, parse)) : null;
  if (done.actions.length === 0) return null;
  const err = amountsCopied(said, done.actions) ?? bothMoreThanTwo(said, done.actions, context);
  if (err) return asked(said, err);
  return backUp(said, done) ?? andInTime(said, done, parse);
}

const laterRead = (r: NlResult | null): NlResult | null => (r && !r.error ? r : null);

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, another: 1, a: 1, an: 1,
};
const UNIT = /^(?:degrees?|deg|°|notch(?:es)?|steps?|points?|percent|%|clicks?|bars?|more)$/;
const DIRECTION = /^(?:up|down|warmer|cooler|colder|hotter|higher|lower|brighter|dimmer|louder|quieter|softer)$/;
// Before a word number "one" that is an amount (not "the office one"): the start of a part, or a word that takes a value.
const BEFORE_ONE = /^(?:|,|and|then|by|up|down|just|only|plus|minus|another|but)$/;
const STEP_SERVICES = new Set(['temperature_step', 'brightness_step', 'volume_step', 'fan_speed_step', 'position_step', 'step']);

function saidAmounts(said: string): number[] {
  const w = said.toLowerCase().match(/[\p{L}\p{N}.%°']+|,/gu) ?? [];
  const out: number[] = [];
  for (let i = 0; i < w.length; i++) {
    const t = w[i]!;
    const n = /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : WORD_NUMBERS[t];
    if (n === undefined) continue;
    const next = w[i + 1] ?? '';
    const prev = w[i - 1] ?? '';
    const unitThenDir = UNIT.test(next) && (DIRECTION.test(w[i + 2] ?? '') || /^(?:up|down)$/.test(prev) || prev === 'by');
    const dirAfter = DIRECTION.test(next);
    const dirBefore = /^(?:up|down|by)$/.test(prev) && !UNIT.test(w[i - 2] ?? '');
    if (!(unitThenDir || dirAfter || dirBefore)) continue;
    if ((t === 'a' || t === 'an') && !UNIT.test(next)) continue; // "a bit up" is no amount
    if (t === 'one' && !BEFORE_ONE.test(prev) && !(dirBefore || unitThenDir)) continue; // "the office one down 1"
    out.push(n);
  }
  return out;
}

// Two (or more) different amounts said, while every step read carries the same one: the second was dropped and the first
// copied. Asked — which device gets which is said again.
function amountsCopied(said: string, actions: readonly NlAction[]): NlError | null {
  const steps = actions.filter((a) => STEP_SERVICES.has(a.service) || Object.keys(a.data ?? {}).includes('step'));
  if (steps.length < 2) return null;
  const amounts = new Set(saidAmounts(said));
  if (amounts.size < 2) return null;
  const read = new Set(steps.map((a) => Math.abs(Number((a.data as Record<string, unknown>)['step']))));
  if (read.size >= amounts.size) return null;
  return {
    code: 'AMBIGUOUS',
    message: `I heard ${amounts.size} amounts (${[...amounts].join(', ')}) but read one for every device. Which device goes by which?`,
    next: 'Say each with its own amount, for example "turn the living room thermostat up 2 degrees and the office thermostat up 1".',
  };
}

// "both" acting on more than two of the devices just used (three before): which two is asked.
function bothMoreThanTwo(said: string, actions: readonly NlAction[], context: NlContext): NlError | null {
  if (!/\bboth\b/i.test(said)) return null;
  if (/\band\b|,|;|:|\bthen\b|\bas well\b/i.test(said)) return null; // "both X and Y", "both X to 55 and …": read as said
  const ids = new Set(actions.map((a) => a.entity));
  if (ids.size <= 2) return null;
  const prev = context.previous ?? [];
  if (prev.length <= 2 || ![...ids].every((id) => prev.includes(id))) return null; // "both" of the devices just used only
  return { code: 'AMBIGUOUS', message: `"both", but ${prev.length} devices were just used: which two?` };
}

// "close it back up (again)" / "shut them up again": a close or shut verb, no opening word, read as an open — closes.
// "open it back down": an open verb with no closing word read as a close — asked.
const CLOSE_VERB = /\b(?:close|closes|closing|shut|shuts|shutting)\b/i;
const OPEN_WORD = /\b(?:open|opens|opening|raise|lift|roll\s+(?:\S+\s+){0,3}up|pull\s+(?:\S+\s+){0,3}up|draw\s+(?:\S+\s+){0,3}up|let\s+in)\b/i;
const CLOSE_WORD = /\b(?:close|closes|closing|shut|shuts|shutting|lower|draw|roll\s+(?:\S+\s+){0,3}down|pull\s+(?:\S+\s+){0,3}down)\b/i;
function backUp(said: string, done: NlResult): NlResult | null {
  const covers = done.actions.filter((a) => a.entity.startsWith('cover.'));
  if (covers.length === 0 || covers.length !== done.actions.length) return null;
  if (!/\b(?:back|again)\b|\bup\b|\bdown\b/i.test(said)) return null;
  if (CLOSE_VERB.test(said) && !OPEN_WORD.test(said) && covers.every((a) => a.service === 'open')) {
    return { ...done, actions: covers.map((a) => ({ ...a, service: 'close', data: {} })) };
  }
  if (/\bopen\b/i.test(said) && !CLOSE_WORD.test(said) && covers.every((a) => a.service === 'close')) {
    return asked(said, { code: 'AMBIGUOUS', message: 'Open or close? I heard "open" and "down".' });
  }
  return null;
}

// "open the left curtain and in 10 minutes close it" read as one delayed step: said as "…, then in 10 minutes close it"
// (now, then after the wait). When that does not read as a step now and one later, asked.
const AND_IN = /\s*,?\s+and\s+(in|after)\s+((?:a|an|half\s+an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|\d+(?:\.\d+)?)\s+(?:and\s+a\s+half\s+)?(?:seconds?|secs?|minutes?|mins?|hours?|hrs?))\s+(?=[a-z])/i;
const AND_IN_VERB = new RegExp(`${AND_IN.source}(?:turn|switch|close|open|shut|lock|unlock|start|stop|set|dim|put|pause|mute|unmute)\\b`, 'i');
function andInTime(said: string, done: NlResult, parse: (t: string) => NlResult): NlResult | null {
  const m = AND_IN.exec(said);
  if (!m || m.index === 0) return null;
  const now = done.actions.some((a) => (a.delay_s ?? 0) === 0);
  const later = done.actions.some((a) => (a.delay_s ?? 0) > 0);
  if (now && later) return null;
  const again = parse(`${said.slice(0, m.index)}, then ${m[1]} ${m[2]} ${said.slice(m.index + m[0].length)}`);
  const ok = !again.error && again.actions.some((a) => (a.delay_s ?? 0) === 0) && again.actions.some((a) => (a.delay_s ?? 0) > 0);
  if (ok) return { ...again, text: said };
  return asked(said, {
    code: 'AMBIGUOUS',
    message: 'Should the first part happen now, and only the second after the wait? Say each with its own time, for example "turn on the fan now, and the garage light in 5 minutes".',
  });
}
