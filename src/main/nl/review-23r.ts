// Round 23r: wrong actions found by the read-only review of round 22 (probes around said-22a's rewrites), as classes.
//  1. One device told two different things at the same moment ("close the bedroom curtain and while you are at it set it
//     to 50%" closed it and set it to 50 % at once): which one is meant is asked — since round 25e by actions.ts's
//     conflictingActions, the one check of it (which knows the order of steps said with "then").
//  2. Several places said first, then "its" and one thing ("the kitchen and the bedroom, turn its light on" switched on all four
//     lights; "the office and the living room, set its thermostat to 20"): "its" is one thing — of which place? asked.
//  3. "lamps" (the kind, plural) said of places where no light is called a lamp while other lights are ("the kitchen and the bedroom, turn
//     their lamps on" switched on the kitchen's three lights): which lights are meant there is asked.
import type { NlAction } from './actions';
import type { NlError } from './errors';
import type { NlEntity } from './home';
import type { HomeIndex } from './name-index';
import { tokenize } from './tokenize';
import { tagTokens } from './tag';

const PLACE_GLUE = new Set(['the', 'and', ',', 'both', 'or', 'in', 'on', 'at']);

/** The part before the comma names two or more places and nothing else. */
function severalPlaces(part: string, index: HomeIndex): boolean {
  const items = tagTokens(index, tokenize(part));
  const places = items.filter((x) => x.kind === 'floor' || x.kind === 'area').length;
  return places >= 2 && items.every((x) => x.kind === 'floor' || x.kind === 'area' || PLACE_GLUE.has(x.text));
}

/** 2. "the kitchen and the bedroom, turn its light on": several places first, then "its". */
export function placesThenIts23r(text: string, index: HomeIndex): NlError | null {
  for (const m of text.matchAll(/,/g)) {
    const after = text.slice(m.index! + 1);
    const its = /\bits\s+([a-z]+)/i.exec(after);
    // ("its lights" after several places is "their lights", as round 22a reads it: only one thing, "its light", is asked)
    if (!its || /[^s]s$/i.test(its[1]!)) continue;
    // ("…, set the lamp to its max": "its" is the device said before it, not a place)
    if (tagTokens(index, tokenize(after.slice(0, its.index))).some((x) => x.kind === 'entity' || x.kind === 'noun')) continue;
    if (!severalPlaces(text.slice(0, m.index!), index)) continue;
    return {
      code: 'AMBIGUOUS',
      message: 'You named several places, then "its": which one do you mean? Say the place with the device, or "their" for all of them.',
    };
  }
  return null;
}

/** 3. "lamp(s)" said, and lights acted on whose names are no lamp while the home has lights called lamps. */
export function lampsNotLamps23r(text: string, actions: readonly NlAction[], entities: readonly NlEntity[]): NlError | null {
  // (only when lamps are the kind said: "the kitchen lights and the bedroom lamp", "all lights except the lamp" say lights)
  if (!/\blamps\b/i.test(text) || /\blights?\b/i.test(text)) return null;
  const lamp = (e: NlEntity): boolean => /\blamps?\b/i.test(`${e.name} ${(e.aliases ?? []).join(' ')}`);
  const lights = entities.filter((e) => e.domain === 'light');
  if (!lights.some(lamp)) return null;
  const acted = actions.map((a) => lights.find((e) => e.id === a.entity)).filter((e): e is NlEntity => e !== undefined);
  const others = acted.filter((e) => !lamp(e));
  // (a light named in the sentence itself is meant, lamp or not: "the lamp and the kitchen ceiling")
  const said = text.toLowerCase();
  const unnamed = others.filter((e) => !said.includes(e.name.toLowerCase()));
  if (unnamed.length === 0) return null;
  return {
    code: 'AMBIGUOUS',
    message: `${unnamed.map((e) => e.name).join(', ')} ${unnamed.length > 1 ? 'are' : 'is'} not called a lamp. Do you mean ${unnamed.length > 1 ? 'those lights' : 'that light'} too? Say "lights" for all of them, or name the lamps.`,
  };
}

const TELL = /^\s*(?:(?:please|can|could|would|will|you|just|ok|okay|hey)\s+)*(?:remind|notify|alert|warn|ping|text|message)\s+(?:me|us)\b/i;

/** 4. "remind me", "remind me at 8 pm", "please remind me": a reminder is no device command (spelling repair made
 *  "remind" "rewind" and skipped the TV back). A message sent "when …" is left to when.ts. */
export function reminder23r(text: string): NlError | null {
  if (!TELL.test(text) || /\b(?:when|whenever|if|once|as soon as)\b/i.test(text)) return null;
  return { code: 'UNSUPPORTED', message: "Hearth can't set reminders or send messages from a sentence yet. Say what to do with which device." };
}

/** Words that say what to do with a lock. */
const LOCK_WORDS = /\b(?:un)?(?:lock|locks|locked|locking|bolt|bolted|latch|latched)\b|\b(?:open|opened|close|closed|shut|secure|secured)\b|\block\s*up\b/i;

/** 5. A lock locked or unlocked when no word of the sentence says so: "switch off the tv and the front door" UNLOCKED the
 *  front door ("off" carried to a lock in a list). "Turn off the back door" alone is already asked; in a list it is too. */
export function lockNotSaid23r(text: string, actions: readonly NlAction[]): NlError | null {
  const lock = actions.find((a) => a.entity.startsWith('lock.') && (a.service === 'lock' || a.service === 'unlock'));
  // (only where "on"/"off" was said: a misspelled "lok the side door" is still read as locking)
  if (!lock || LOCK_WORDS.test(text) || !/\b(?:on|off)\b/i.test(text)) return null;
  return { code: 'AMBIGUOUS', message: 'Should I lock or unlock the door? Say "lock" or "unlock" for it.', options: ['lock', 'unlock'] };
}
