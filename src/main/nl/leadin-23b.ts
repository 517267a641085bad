// Round 23b: a lead-in that names nothing of the home, said before a pause ("good night house: all lights off, lock all
// the doors", "so I've just got home, unlock the front door and …", "it's laundry day so could you turn on …", "when
// you've got a moment: open the shade, …", "bringing the bikes in, garage light on and …") was read as part of the
// command and the whole sentence refused ("At what time in the night?", "I didn't understand 'so I've just got home'").
// When the whole sentence is refused, the part before the first pause is set aside and the rest read alone — only when
// that part names no device, room, floor, number or time, says no condition ("when the door opens", "if", "after"), no
// time of its own ("tomorrow", "tonight", "at"), no "not"/"except"/"leave", no command verb and no "it"/"them"/"here"; and
// only when the rest, read alone, acts and says no "it"/"them" that could point into the lead-in. Anything else stays
// asked as before. Also said plainly when refused: "stop" after the device or wanted ("right curtain — that's it, stop",
// "I want the fan to stop"), and "nudge/take X N higher/lower" (a change by an amount, "turn X N higher").
import type { HomeIndex } from './name-index';
import type { NlResult } from './parser';
import { rawTokens, tokenize } from './tokenize';
import { tagTokens } from './tag';

/** Courtesies of time, no condition: "when you've got a moment", "whenever you're ready", "when you can". */
const WHEN_READY = /^(?:(?:ok|okay|alright|right|so|hey|hearth|and)\s+)*(?:when|whenever)\s+(?:you\s+(?:have\s+|'ve\s+)?(?:got|get|have|find)\s+(?:a|the)\s+(?:moment|minute|sec|second|chance|mo)|you\s+(?:can|are\s+ready|'re\s+ready))$/;
/** Words that make the part a condition, a time, a denial or a step of its own: never set aside. */
const KEEPS = new Set([
  // conditions and times
  'if', 'when', 'whenever', 'once', 'unless', 'until', 'till', 'after', 'before', 'while', 'whilst', 'during', 'every', 'each', 'at', 'by',
  'tomorrow', 'tonight', 'later', 'soon', 'evening', 'afternoon', 'noon', 'midnight', 'sunset', 'sunrise', 'dusk', 'dawn', 'am', 'pm',
  'minute', 'minutes', 'hour', 'hours', 'second', 'seconds', 'week', 'weekend', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'daily', 'weekly', 'schedule', 'timer', 'wait', 'then', 'first', 'for', 'as', 'shortly', 'eventually', 'overnight',
  'afterwards', 'meanwhile', 'morning', 'night', 'weekdays', 'weekends', 'nightly', 'again', 'cancel', 'undo', 'forget', 'revert',
  // denials and exceptions
  'not', 'no', 'never', 'without', 'except', 'but', 'only', 'nothing', 'leave', 'keep', 'stay', 'dont', 'instead',
  // what the rest could point to
  'it', 'them', 'they', 'those', 'these', 'this', 'that', 'there', 'here', 'one', 'ones', 'everything', 'everywhere', 'all', 'both',
  // how the room is: the step must fit it (round 19c asks "it's too loud, turn up the fan")
  'too', 'loud', 'noisy', 'quiet', 'dark', 'bright', 'hot', 'cold', 'warm', 'cool', 'chilly', 'stuffy', 'freezing', 'boiling', 'dim', 'humid',
  'sunny', 'glare', 'draughty', 'drafty',
  // command verbs
  'turn', 'switch', 'set', 'open', 'close', 'shut', 'lock', 'unlock', 'dim', 'brighten', 'start', 'stop', 'pause', 'play', 'resume', 'mute',
  'unmute', 'put', 'make', 'raise', 'lower', 'crank', 'bump', 'drop', 'kill', 'cut', 'run', 'activate', 'trigger', 'toggle', 'flip', 'skip',
  'dock', 'clean', 'vacuum', 'warm', 'cool', 'heat', 'boost', 'increase', 'decrease', 'lights', 'light', 'on', 'off', 'up', 'down',
]);
const HOME_WORDS = new Set(['home', 'house']);
/** Said in the rest, these could point into the lead-in: the rest is not read alone. */
const POINTS_BACK = new Set(['it', 'them', 'they', 'those', 'these', 'that', 'there', 'same', 'too', 'also', 'as', 'well']);

/** The part before the first pause and the rest ("good night house" / "all lights off, lock all the doors"), or null. */
function split(text: string): { lead: string; rest: string } | null {
  const m = /^(.*?)(?:\s*[:!?;,—–]+\s*|\s+-\s+|\s+(?=so\s))(.*)$/s.exec(text.trim());
  if (!m || m[1]!.trim() === '' || m[2]!.trim() === '') return null;
  // (a clock time's colon is no pause: "at 7:30 …")
  if (/\d$/.test(m[1]!) && /^\d/.test(m[2]!)) return null;
  const rest = m[2]!.trim().replace(/^(?:(?:so|and|then|now|ok|okay|,)\s*)+/i, '').trim();
  return rest === '' ? null : { lead: m[1]!.trim(), rest };
}

/** The lead-in names nothing and says nothing to do, no condition and no time. */
function setAside(lead: string, index: HomeIndex): boolean {
  const raw = rawTokens(lead);
  if (raw.length === 0 || raw.length > 8) return false;
  if (WHEN_READY.test(raw.join(' '))) return true;
  // ("it's laundry day", "here's the plan": "it"/"here" said before "is" name nothing; "good night" is a greeting.)
  const words = raw.filter((w, k) => !((w === 'it' || w === 'here' || w === 'that') && raw[k + 1] === 'is') && !((w === 'night' || w === 'morning') && raw[k - 1] === 'good'));
  if (words.some((w) => KEEPS.has(w) || /\d/.test(w))) return false;
  // ("in a bit", "in the morning", "in an hour": a time to do it, never set aside.)
  if (raw.some((w, k) => w === 'in' && ['a', 'an', 'the', 'half', 'few', 'some'].includes(raw[k + 1] ?? ''))) return false;
  const items = tagTokens(index, tokenize(lead));
  // ("good night house", "just got home": the home as a whole is no device or room said.)
  return items.every((x) => HOME_WORDS.has(x.text) || (x.kind === 'word' && !index.nameVocab.has(x.text)));
}

const STOP_NOW = String.raw`(?:stop|halt|freeze|stay there|stop there|stop right there|hold it there|that's enough|that is enough|enough)`;
const HOLD = String.raw`(?:that's it|that is it|hold up|hold it|hold on|whoa|woah|wait|ok|okay|right there|there)`;
/** "X, stop now": built once (round 27p). */
const STOP_AFTER = new RegExp(String.raw`^([^,—–:;!?]+?)\s*(?:[,—–:;!]|\s-)\s*(?:${HOLD}\s*[,—–!]*\s*)*${STOP_NOW}(?:\s+(?:now|please|right there|there))?\s*[.!]*$`, 'i');

/** Ways of saying "stop X" that were refused, said plainly (null when none applies):
 *  - "X — that's it, stop", "X, hold up, stay there": the device, then the stop said after a pause → "stop X";
 *  - "I want the ceiling fan to stop now" → "stop the ceiling fan"; "make it quit" → "stop it";
 *  - "freeze X where it's at" → "… where it is"; "stop X from opening any further" → "… from opening". */
export function stopSaid23b(text: string): string | null {
  let t = text.trim().replace(/[\u2018\u2019]/g, "'");
  const after = STOP_AFTER.exec(t);
  if (after && !/^(?:stop|halt|freeze)\b/i.test(after[1]!)) t = `stop ${after[1]!.trim()}`;
  const want = /^(?:i|we)\s+(?:want|need|'d like|would like)\s+((?:the|my|our)\s+[^,]+?)\s+to\s+(?:stop|halt|freeze|quit)(?:\s+(?:now|please|right now|straight away))*\s*[.!]*$/i.exec(t);
  if (want) t = `stop ${want[1]}`;
  t = t.replace(/\bmake\s+(it|them)\s+(?:quit|stop|halt)\b/gi, 'stop $1');
  t = t.replace(/\bwhere\s+(it|they)(?:'s|\s+is|'re|\s+are)\s+at\b/gi, (_, p: string) => `where ${p} ${p.toLowerCase() === 'it' ? 'is' : 'are'}`);
  t = t.replace(/\bfrom\s+(opening|closing|moving|going\s+(?:up|down))\s+(?:any\s+(?:further|farther|more)|anymore|any\s+higher|any\s+lower)\b/gi, 'from $1');
  return t === text.trim() ? null : t;
}

/** "nudge the thermostat 2 higher", "take the office thermostat 9 °F lower": a verb of moving, said before a device and a
 *  change with its amount said after it ("N higher/lower/warmer/cooler"), is "turn" (null when none applies). */
export function moveSaid23b(text: string): string | null {
  const m = /^(?:(?:please|now|ok|okay|and)\s+)*(?:nudge|take|knock|push|kick|crank|move|bring|drop|shift|edge|notch)\s+((?:the|my|our)\s.+?\s\d+(?:\.\d+)?\s*(?:°\s*[cf]?|degrees?(?:\s+[cf])?|percent|%)?\s*(?:higher|lower|warmer|cooler|brighter|dimmer|louder|quieter)\b.*)$/i.exec(text.trim());
  return m ? `turn ${m[1]}` : null;
}

/** `whole`: the sentence read as said. When it was refused and a lead-in can be set aside, the rest read alone; or a way
 *  of saying "stop" (stopSaid23b) said plainly. */
export function leadInSetAside23b(text: string, whole: NlResult, index: HomeIndex, read: (rest: string) => NlResult, here = false): NlResult | null {
  if (!whole.error || whole.actions.length > 0) return null;
  const plain = stopSaid23b(text);
  if (plain !== null) {
    const r = read(plain);
    // (only stops: "open the bedroom curtain, make it stop" is not both steps — round 20)
    const stops = r.actions.every((a) => a.service === 'stop' || (a.entity.startsWith('fan.') && a.service === 'turn_off'));
    if (!r.error && r.actions.length > 0 && stops && r.answer === undefined) return { ...r, text };
  }
  const moved = moveSaid23b(text);
  if (moved !== null) {
    const r = read(moved);
    // (only changes by an amount: "nudge X 2 higher" is never a switching or a setting)
    if (!r.error && r.actions.length > 0 && r.actions.every((a) => a.service.endsWith('_step')) && r.answer === undefined) return { ...r, text };
  }
  const parts = split(text);
  if (!parts || !setAside(parts.lead, index)) return null;
  if (rawTokens(parts.rest).some((w) => POINTS_BACK.has(w))) return null;
  // ("hall, lights on": a lead-in may name a place in words the home does not know — devices called by their kind in the rest
  // need a place of their own; several of a kind only with the whole home said, "good night house: all lights off".)
  const restItems = tagTokens(index, tokenize(parts.rest));
  if (!restItems.some((x) => x.kind === 'area' || x.kind === 'floor')) {
    const kinds = restItems.filter((x) => x.kind === 'noun');
    const wholeHome = rawTokens(parts.lead).some((w) => HOME_WORDS.has(w));
    if (kinds.length > 0 && (here || (kinds.some((x) => x.kind === 'noun' && x.plural) && !wholeHome))) return null;
  }
  const r = read(parts.rest);
  return r.error || r.actions.length === 0 || r.answer !== undefined ? null : { ...r, text };
}
