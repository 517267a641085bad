// Helpers the parser uses across the steps of one sentence: statements said before a step, the same setting said
// twice, and a step said after "but" that makes an exception to the one before it.
import type { NlAction } from './actions';
import type { NlError } from './errors';
import type { Frame } from './frame';
import { inverseOp } from './ops';
import type { Item } from './tag';

/** Said before a statement: "ugh, the tv's too loud". */
export const OPENING_WORDS = new Set(['ugh', 'oh', 'ah', 'argh', 'um', 'uh', 'hmm', 'well', 'so', 'ok', 'okay', ',', 'man', 'gosh', 'jeez', 'wow']);

/** How a place or device feels, said as a statement: "it's too warm in here", "the office is cold", "the tv's too
 *  loud". */
const FEELINGS = new Set(['cold', 'chilly', 'freezing', 'cool', 'hot', 'warm', 'boiling', 'stuffy', 'dark', 'bright', 'loud', 'noisy', 'quiet']);
export function complaint(items: readonly Item[]): boolean {
  const t = items.map((x) => x.text);
  return t.some((w) => w === 'is' || w === "'s" || w === 'are' || w === "'re" || w === 'feels') && t.some((w) => FEELINGS.has(w))
    && !items.some((x) => x.kind === 'num');
}

/** "switch the light on and leave it on for an hour": the same setting twice at the same moment is done once.
 *  (Steps — "turn it down a degree … and down a degree" — add up, so they stay.) */
export function sameOnce(actions: NlAction[]): NlAction[] {
  if (actions.length < 2) return actions;
  // ("turn it on, then off, then on again": a setting said again after another for the same device is kept — only the
  // same setting said twice in a row for it is one.)
  const last = new Map<string, string>();
  return actions.filter((a) => {
    if (a.service.endsWith('_step') || a.service === 'toggle') return true;
    const key = JSON.stringify([a.entity, a.service, a.data, a.delay_s, a.schedule ?? null]);
    if (last.get(a.entity) === key) return false;
    last.set(a.entity, key);
    return true;
  });
}

/** "set all the kitchen lights to 70 but make the cabinets 30", "turn off all the lights but turn on the garage light": a
 *  step said after "but" that acts, at the same moment, on some (not all) of the devices a step before it acted on is
 *  the exception — that step leaves those devices out. Said with "and", the two are still asked about. Mutates the
 *  steps' actions. */
export function butLeavesOut(steps: readonly { actions: NlAction[] }[], contrasts: ReadonlySet<{ actions: NlAction[] }>, momentOf: ReadonlyMap<NlAction, number>): void {
  steps.forEach((later, k) => {
    if (!contrasts.has(later) || later.actions.length === 0) return;
    const moment = momentOf.get(later.actions[0]!);
    const these = new Set(later.actions.map((a) => a.entity));
    for (const earlier of steps.slice(0, k).reverse()) {
      const acted = new Set(earlier.actions.filter((a) => momentOf.get(a) === moment).map((a) => a.entity));
      if (acted.size === 0) continue;
      const subset = [...these].every((e) => acted.has(e)) && these.size < acted.size;
      if (subset) earlier.actions = earlier.actions.filter((a) => !these.has(a.entity) || momentOf.get(a) !== moment);
      return;
    }
  });
}

/** Said after a question: what to do depending on its answer ("is the heating on? if so set it to 18"). */
const ANSWER_IFS = [['so'], ['not'], ['yes'], ['no'], ['it', 'is'], ['it', 'is', 'not'], ['they', 'are'], ['they', 'are', 'not'], ['needed'], ['necessary']];

/** A step that depends on the answer to a question said before it: asked, never done whatever the answer. */
export function dependsOnAnswer(items: readonly Item[]): NlError | null {
  const t = items.map((x) => x.text).filter((w) => w !== ',' && w !== 'and' && w !== 'then');
  if (t[0] !== 'if' || !ANSWER_IFS.some((p) => p.every((w, k) => t[k + 1] === w))) return null;
  return {
    code: 'UNSUPPORTED',
    message: "I can't do something only if the answer is yes or no. Ask first, then say what to do.",
    next: 'For example "is the garage door open?", then "close it".',
  };
}

/** "set the thermostat to 18 for an hour": a setting that can't be put back by itself after that long — asked, never
 *  made for good. ("turn the fan on for 20 minutes" is on, then off.) */
export function cannotUndoAfter(frame: Frame): NlError | null {
  const d = frame.timing?.durationS;
  if (!d || frame.query || inverseOp(frame.op)) return null;
  const said = d % 3600 === 0 ? `${d / 3600} hour${d === 3600 ? '' : 's'}` : d % 60 === 0 ? `${d / 60} minute${d === 60 ? '' : 's'}` : `${d} seconds`;
  return {
    code: 'UNSUPPORTED',
    message: `I can't put that back by itself after ${said}: I only know how to undo switching, opening, locking and muting.`,
    next: 'Say it without "for …", and say what to set it back to later ("… and set it back to 20 in an hour").',
  };
}

/** "the office one 2 degrees lower than that", "10 brighter than the lamp": a value measured from another device's or
 *  another step's — asked, never a step from the device's own setting (it was stepped by 2 from its own). */
export function comparedWithOther(frame: Frame, items: readonly Item[]): NlError | null {
  if (frame.query) return null;
  const k = items.findIndex((x, i) => x.text === 'than' && i > 0 && comparative(items[i - 1]!.text));
  // ("two degrees warmer than it is", "brighter than now": from its own setting — a step.)
  if (k < 0 || ['it', 'they', 'now', 'currently', 'before'].includes(items[k + 1]?.text ?? '')) return null;
  const said = items.slice(Math.max(0, k - 1), k + 3).map((x) => x.text).join(' ');
  return {
    code: 'AMBIGUOUS',
    message: `"${said}": I can't set one thing from another's value. What should it be set to?`,
    next: 'Say the value itself, for example "set the office thermostat to 66".',
  };
}

function comparative(w: string): boolean {
  if (w === 'more' || w === 'less') return true;
  return w.length > 4 && w.endsWith('er') && !['rather', 'other', 'later', 'sooner', 'earlier', 'never', 'either', 'neither', 'whether', 'over', 'after', 'under'].includes(w);
}
