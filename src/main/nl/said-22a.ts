// Round 22a: sayings read wrongly before, rewritten as plainly said (or asked about) before the sentence is read.
//  - "flip it on once more", "… one more time": repetition, never "more" = brighter.
//  - "up too degreez": "too" before a unit word is "two".
//  - "the second floor and the basement, put their lights on": the places said first carry to "their/its X".
//  - "…, and while you're at it open the garage": the aside is no part of the command (the rest is read, or asked).
//  - "switch in here off", "the switch in the kitchen off": "switch" the device, not the verb.
import type { HomeIndex } from './name-index';
import { tokenize } from './tokenize';
import { tagTokens } from './tag';

/** A command to repeat: "once more" after one of these is repetition. */
const REPEATABLE = /^\s*(?:(?:please|now|ok|okay|and)\s+)*(?:turn|switch|flip|open|close|shut|lock|unlock|start|stop|play|pause|resume|dim|brighten|raise|lower|set|put|toggle|run|mute|unmute|skip)\b/i;
const UNIT = String.raw`(?:degrees?|degreez|degres|deg|percent|per\s+cent|%)`;

/** The first part ("the second floor and the basement") when it names only places. */
function onlyPlaces(part: string, index: HomeIndex): boolean {
  const items = tagTokens(index, tokenize(part));
  return items.some((x) => x.kind === 'floor' || x.kind === 'area')
    && items.every((x) => x.kind === 'floor' || x.kind === 'area' || ['the', 'and', ',', 'both', 'or'].includes(x.text));
}

/** "in the kitchen the tv", "in here everything": a place (or here/there), then more words before the "on/off" that
 *  ends the step — what "switch" (the verb) acts on there. */
function placeThenMore(phrase: string, index: HomeIndex): boolean {
  const step = phrase.split(/\s*(?:,|\band\b|\bthen\b)\s*/i)[0]!.replace(/\s+(?:on|off)$/i, '');
  const m = /^\s*(?:in|at|on)\s+(?:(here|there)\b\s*(.*)|(.*))$/i.exec(step);
  if (!m) return false;
  if (m[1] !== undefined) return m[2]!.trim() !== '';
  const items = tagTokens(index, tokenize(m[3]!));
  const at = items.findIndex((x) => x.kind === 'floor' || x.kind === 'area');
  return at >= 0 && items.slice(at + 1).some((x) => x.kind !== 'floor' && x.kind !== 'area' && x.text !== 'the');
}

/** "up too degrees": built once (round 27p). */
const TOO_UNIT = new RegExp(String.raw`\b(up|down|by|raise|lower|warmer|cooler|increase|decrease)\s+too\s+(?=${UNIT}\b|%)`, 'gi');

/** The sentence as plainly said, or null when nothing here applies. */
export function said22a(text: string, index: HomeIndex): string | null {
  let t = text;
  // Repetition: "once more", "one more time", "once again" said at the end of a command.
  // (only after a command verb: "remind me once more" or "is it on once more" are no commands to repeat — review 22)
  if (REPEATABLE.test(t) || /\b(?:on|off)\s*,?\s*(?:once more|one more time|once again|another time)\s*[.!]*\s*$/i.test(t)) t = t.replace(/\s*,?\s*\b(?:once more|one more time|once again|another time)\b(?=\s*[.!?]*\s*$)/i, '');
  // "too" (or "to") before a unit word is "two"; "degreez" is "degrees".
  t = t.replace(TOO_UNIT, '$1 two ');
  t = t.replace(/\bdegreez\b/gi, 'degrees');
  // "while you're at it": an aside, no part of the command.
  const aside = /\s*,?\s*\b(?:and\s+)?(?:while|whilst)\s+(?:you're|you are|youre|ur|you r)\s+(?:at\s+it|about\s+it|on\s+it|there)\b\s*,?/gi;
  // (never when it opens the sentence — "while you're there" then names no place — nor before a place said after it:
  // "turn off the lights while you're there in the kitchen" keeps its kitchen — review 22)
  const asideAt = t.search(aside);
  aside.lastIndex = 0;
  const afterAside = asideAt < 0 ? '' : t.slice(asideAt).replace(aside, '').trim();
  aside.lastIndex = 0;
  // (and only when nothing, a new command, or a thing after "and" follows it: words after it that name no verb — "turn off the lights while
  // you're at it the kitchen ones / the bedroom / the back door / and the back door", "close the curtains while you're at
  // it the left one" — may pick among what was said or add to it; joined with "and" they turned off every light, closed
  // every curtain, dropped the back door — review 23r)
  // ("… and whilst you're at it the desk fan": said after "and", a thing is added as said.)
  const added = asideAt > 0 && /^\s*,?\s*and\b/i.test(t.slice(asideAt));
  const picks = afterAside !== '' && !added && !REPEATABLE.test(afterAside);
  if (asideAt > 0 && !picks && !/^(?:in|on|at|by|near|upstairs|downstairs)\b/i.test(afterAside) && aside.test(t)) t = t.replace(aside, ' and ').replace(/\band\s+and\b/gi, 'and').replace(/\s+/g, ' ').trim().replace(/^and\s+/i, '').replace(/,?\s*\band\s*([.!?]*)$/i, '$1');
  // "the second floor and the basement, put their lights on": "put the lights on in the second floor and the basement".
  // (the places are all the parts before the last comma that names only places: "the kitchen, the garage and the basement, …")
  const commas = [...t.matchAll(/,/g)].map((m) => m.index!).reverse();
  for (const at of commas) {
    const list = /^(.*\b)(their|its)\b(.*)$/i.exec(t.slice(at + 1).trim());
    const places = t.slice(0, at).replace(/^\s*(?:in|on|at)\s+/i, '');
    if (!list || !/\band\b|,/.test(places) || !onlyPlaces(places, index)) continue;
    // One step only: with more after the places ("…, unlock the doors and their lights on") the places would reach only
    // the last step and the others would act on the whole home (review 22) — left as said.
    if (/\b(?:and|then|plus|also)\b|[,.;:!?]/.test(t.slice(at + 1).trim().replace(/[.!?]+$/, ''))) break;
    t = `${list[1]}the${list[3]} in ${places}`.replace(/\s+/g, ' ').trim();
    break;
  }
  // "switch in here off", "the switch in the kitchen off": the switch, switched.
  const sw = /^(?:the\s+)?switch\s+((?:in|by|near|at|over)\b[^,;:—–-]*?)\s+(on|off)\s*[.!]*$/i.exec(t);
  // (not when a place is followed by more: "switch in the kitchen the tv on", "switch in the kitchen all off" switch the
  // tv, or everything there — the verb; read as the switch they switched only it — review 23r)
  if (sw && !/\b(?:lights?|lamps?|fans?|switch(?:es)?)\b/i.test(sw[1]!) && !placeThenMore(sw[1]!, index)) t = `turn the switch ${sw[1]} ${sw[2]}`;
  return t === text ? null : t;
}
