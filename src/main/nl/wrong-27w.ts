// Round 27w (issue 14, the known wrong actions left at the last stop; tests in wrong-27w.test.ts). Whole-sentence checks on
// what was read, each asking where the sentence acted on more than it said, or dropped a part:
// - a vague tail ("turn on the lights and stuff" switched on every light and dropped "and stuff"; also "and things", "and
//   all that", "etc", "or whatever", "and so on", "and the rest", "or something") — see vagueTail;
// - "in here"/"here" with no speaker's room known, then a kind with no place ("it's bright in here, close the curtains"
//   closed all three curtains, in two rooms) — see hereUnknown;
// - a repeat said with "for N minutes": the undoing action repeats with it ("every hour turn on the fan for 10 minutes"
//   switched it off once only), and an undo at or after the next repeat is asked — see repeatsUndo (actions.ts).
import type { NlAction } from './actions';
import type { NlEntity } from './home';
import type { NlError } from './errors';
import type { Schedule, Timing } from './frame';
import type { HomeIndex } from './name-index';
import { devicesById } from './per-home';

/** An error when the sentence's reading acted on more than it said; else null. */
export function wrong27w(said: string, actions: readonly NlAction[], area: string | null | undefined, index: HomeIndex): NlError | null {
  if (actions.length === 0) return null;
  const text = said.toLowerCase().replace(/[’‘]/g, "'");
  const byId = devicesById(index);
  const acted = [...new Set(actions.map((a) => a.entity))].map((id) => byId.get(id)).filter((e): e is NlEntity => e !== undefined);
  return vagueTail(text) ?? hereUnknown(text, acted, area ?? null) ?? undoOverlaps(actions);
}

// "turn on the lights and stuff", "close the curtains etc.", "lock the doors or whatever": what else is meant is not said.
const TAIL = /(?:^|[\s,;:(-])(?:and|or|&)\s+(?:stuff|things|all\s+that|so\s+on|so\s+forth|such|whatnot|what\s+not|whatever|what\s+have\s+you|the\s+like|(?:the\s+)?rest(?!\s+of\b)|something(?:\s+like\s+that)?|anything\s+else|all\s+the\s+rest|the\s+others)(?=$|[\s,.;:!?)])/;
const ETC = /(?:^|[\s,;:(])(?:etc|etcetera|et\s+cetera|et\s+al)\b/;
function vagueTail(text: string): NlError | null {
  const m = TAIL.exec(text) ?? ETC.exec(text);
  if (!m) return null;
  // ("… and the rest of the lights", "… and things like the lamp": the rest is said.)
  const said = m[0].replace(/^[\s,;:(-]+/, '').trim();
  return {
    code: 'AMBIGUOUS',
    message: `What else do you mean by "${said}"? Say every device to change.`,
    next: 'Name them, for example "the kitchen lights and the fan".',
  };
}

// "it's bright in here, close the curtains" with no room known for the speaker closed every curtain in the home. "here"
// as where the speaker is ("in here", "around here", "it's cold here"), not "here's what I need" / "the guests are here".
const HERE = /(?:\b(?:in|around|round|out|up|down|over|from|near)\s+here\b|\bhere\s*(?:[,.;:!?-]|$|\bso\b|\btoo\b))/;
const NOT_PLACE = /\bhere(?:'s|\s+is\b|\s+are\b|\s+goes\b|\s+we\b|\s+you\b)|\b(?:is|are|'s|got|get|gets|come|came|comes|arrived)\s+here\b/;
const SIDES = new Set(['left', 'right', 'main', 'the', 'and', 'of', 'in', 'on']);
function hereUnknown(text: string, acted: readonly NlEntity[], area: string | null): NlError | null {
  if (area || !HERE.test(text.replace(new RegExp(NOT_PLACE.source, 'g'), ' '))) return null;
  const words = new Set(text.match(/[\p{L}\p{N}']+/gu) ?? []);
  const said = (name: string): boolean => name.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((t) => t.length > 0).every((t) => words.has(t) || words.has(`${t}s`));
  // A device singled out by its own name or its room's ("the play corner", "the kitchen cabinets", "the living room
  // curtains") is meant wherever the speaker is; a kind acting in several rooms, none said, is not.
  const distinct = (e: NlEntity): boolean => {
    if (e.area && said(e.area)) return true;
    if (e.floor && said(e.floor)) return true;
    const own = e.name.toLowerCase().split(/[^\p{L}\p{N}']+/u).filter((t) => t.length > 2 && !SIDES.has(t));
    return own.some((t) => words.has(t) && !KINDS.has(t));
  };
  const byDomain = new Map<string, NlEntity[]>();
  for (const e of acted) byDomain.set(e.domain, [...(byDomain.get(e.domain) ?? []), e]);
  for (const group of byDomain.values()) {
    const rooms = new Set(group.map((e) => e.area ?? ''));
    if (rooms.size < 2) continue;
    if (group.every(distinct)) continue;
    return { code: 'AMBIGUOUS', message: 'Which room are you in? Say the room, for example "the lights in the kitchen".' };
  }
  return null;
}
const KINDS = new Set(['light', 'lights', 'lamp', 'lamps', 'curtain', 'curtains', 'shade', 'shades', 'blind', 'blinds', 'door', 'doors', 'lock', 'locks', 'fan', 'fans', 'thermostat', 'thermostats', 'switch', 'switches', 'tv', 'speaker', 'speakers', 'valve', 'valves', 'cover', 'covers']);

/** "every hour turn on the fan for 10 minutes": the undoing action repeats with the step (the rule made of the sentence
 *  runs both each time); an undo that would come at or after the next repeat is asked. null when the step does not repeat. */
export function repeatsUndo(timing: Timing | undefined): Schedule | null {
  const s = timing?.schedule;
  if (!s || s.kind === 'at' || !timing?.durationS) return null;
  return s;
}

/** The undo of a repeating step at or after its next repeat ("every 5 minutes turn on the fan for 10 minutes"). */
export function undoOverlaps(actions: readonly NlAction[]): NlError | null {
  for (const a of actions) {
    const s = a.schedule as { kind?: string; every_s?: number } | undefined;
    if (s?.kind !== 'interval' || !s.every_s) continue;
    const start = Math.min(...actions.filter((b) => b.schedule === a.schedule).map((b) => b.delay_s));
    if (a.delay_s - start >= s.every_s) {
      return { code: 'AMBIGUOUS', message: 'That would switch it back only after it has started again. How long should each run be?', next: 'Say a shorter time, for example "every hour turn on the fan for 10 minutes".' };
    }
  }
  return null;
}
