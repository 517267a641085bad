// Issue 14, round 18: classes of wrong action found in dev15 (blind v15 scored once), each asked (when Hearth is not sure, it
// asks). Read on the sentence's words and the actions read; each check is a class, never a sentence.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';
import type { TargetGroup } from './frame';
import type { NlEntity } from './home';
import { table } from './table';

/** Words that start a part left alone: "don't touch X", "leave X", "not X", "leaving X", "spare X". */
const LEAVE = table({ leave: true, leaving: true, spare: true }); // (not "skip": a player's next track)
/** Said around the device left alone that are not its name. */
const FILLER = table({ the: true, my: true, that: true, this: true, one: true, ones: true, alone: true, as: true, is: true, it: true, be: true, on: true,
  off: true, open: true, closed: true, shut: true, please: true, thanks: true, a: true, an: true, of: true, them: true });
/** Words that end the part left alone. */
const END = table({ ',': true, and: true, then: true, but: true, '.': true, for: true, until: true, till: true });

/** The name words of each part left alone ("don't touch the left" → [left]). */
function leftAlone(tokens: readonly string[]): string[][] {
  const parts: string[][] = [];
  tokens.forEach((t, i) => {
    let from = -1;
    if (t === 'touch' && tokens[i - 1] === 'not' && ['do', 'does', 'shall'].includes(tokens[i - 2] ?? '')) from = i + 1;
    else if (LEAVE[t] && i > 0) from = i + 1;
    else if (t === 'not' && [',', 'but'].includes(tokens[i - 1] ?? '') && tokens[i + 1] !== 'touch') from = i + 1;
    if (from < 0) return;
    const words: string[] = [];
    for (let k = from; k < tokens.length && !END[tokens[k]!]; k++) if (!FILLER[tokens[k]!]) words.push(tokens[k]!);
    if (words.length > 0) parts.push(words);
  });
  return parts;
}

/** "just the right curtain open, don't touch the left": a device said to be left alone was acted on. Asked. */
function actedOnLeftAlone(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (new Set(actions.map((a) => a.entity)).size < 2) return null;
  for (const words of leftAlone(tokens)) {
    const hit = actions.find((a) => { const id = (a.entity ?? '').split(/[._]/); return words.every((w) => id.includes(w)); });
    if (hit) return { code: 'AMBIGUOUS', message: `"${words.join(' ')}" was to be left alone: which device should I act on? Name just that one.` };
  }
  return null;
}

/** Words of a step said on top of what it is: "another 20 percent", "an extra 20", "20 more". */
const ANOTHER = table({ another: true, extra: true, additional: true });
/** (A curtain's "open … another 20%" is labelled a set in heldback2 — OWN.md round 18 — and is left as it is.) */
const SET_SERVICES = table({ set_brightness: true, volume_set: true, set_temperature: true, set_fan_speed: true });

/** "give the light another 20 percent": a step of +N that was read as a set to N. Asked. */
function stepReadAsSet(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const steps = tokens.flatMap((t, i) => /^\d+(\.\d+)?$/.test(t) && (ANOTHER[tokens[i - 1] ?? ''] || ANOTHER[tokens[i - 2] ?? ''] && tokens[i - 1] === 'an'
    || tokens[i + 1] === 'more' || ['percent', '%'].includes(tokens[i + 1] ?? '') && tokens[i + 2] === 'more') ? [Number(t)] : []);
  if (steps.length === 0) return null;
  const set = actions.find((a) => SET_SERVICES[a.service ?? ''] !== undefined && Object.values(a.data ?? {}).some((v) => steps.includes(Number(v))));
  if (!set) return null;
  return { code: 'AMBIGUOUS', message: `"${steps[0]} more" is a step up, not a level: should I raise it by ${steps[0]}, or set it to ${steps[0]}?` };
}

/** Words that name the vacuum's step. */
const VACUUM_WORDS = table({ vacuum: true, hoover: true, robot: true, roomba: true, clean: true, cleaning: true, mop: true, sweep: true });
const STEP_END = table({ ',': true, and: true, then: true, ';': true });

/** "dim the garage to 30, mute the tv and start the vacuum": the place of an earlier step carried to the vacuum, which has its
 *  own step. Asked, when the area's words are said only before a step boundary that comes before the vacuum's word. */
function placeCarried(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  for (const a of actions) {
    const area = a.data?.['area'];
    if (!(a.entity ?? '').startsWith('vacuum.') || typeof area !== 'string') continue;
    const words = area.toLowerCase().split(/\s+/);
    const v = tokens.findIndex((t) => VACUUM_WORDS[t]);
    if (v < 0) continue;
    let stepStart = v;
    while (stepStart > 0 && !STEP_END[tokens[stepStart - 1]!]) stepStart--;
    const inStep = tokens.slice(stepStart).some((t) => words.includes(t));
    if (!inStep && tokens.slice(0, stepStart).some((t) => words.includes(t))) {
      return { code: 'AMBIGUOUS', message: `Should the vacuum clean only the ${area}, or everywhere as usual?` };
    }
  }
  return null;
}

/** The whole sentence's round-18 checks (guard.ts). */
export function doubt18(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  return actedOnLeftAlone(tokens, actions) ?? stepReadAsSet(tokens, actions) ?? placeCarried(tokens, actions);
}

/** "open up the other one" after two or more devices: no single partner exists — asked (resolve.ts). */
export function otherOfMany(group: TargetGroup, before: readonly NlEntity[]): NlError | null {
  if (before.length < 2 || group.names.length + group.areas.length + group.floors.length + group.fragments.length > 0) return null;
  if (group.nouns.length > 1 || group.nouns.some((n) => n.plural)) return null;
  return { code: 'AMBIGUOUS', message: `"the other one" after ${before.map((e) => e.name).join(' and ')}: which one do you mean? Name it.` };
}
