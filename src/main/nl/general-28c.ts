// Round 28c (issue 14): generalisation in the floors, exclusions, multistep, coreference, timing and delay classes. Each
// reader is a plain way of saying a REFUSED sentence (never one that acted), tried through the grammar that exists, and
// kept only when that plain reading acts with no question and does what the saying can mean:
//  - a filler between steps ("…, oh and close the left curtain", "oh, and", "and oh also", "oh yeah", "X also Y") is "and";
//  - a state said after what it is for, with no verb ("first floor curtains closed", "every curtain closed but the left
//    one") and the passive future ("tonight at 11 the front door gets locked", "at 10 the garage light should be turned
//    off", "the curtains are to be closed") are the command; a time said first stays the time;
//  - a wish for a device running a while ("I want the fan going for twenty minutes, then stop it", "the fan should run for
//    20 minutes then stop") is "turn X on for D" (the undo is what "then stop" says);
//  - a bare number of a later wait after a wait with its unit ("… in 5 min and the bedroom curtain in 10") is in that unit;
//    "…, but only ten minutes from now", "but not until …" is the wait;
//  - exclusions: "every lock but the front door's", "…, leaving the shade shut", "and every other cover", "everything
//    that's a curtain";
//  - the same value copied: "give the living room lamp that same level", "… to that too" is "… the same";
//  - "heat on the first floor … down two degrees" is the heating; "that garage light of ours".
import type { NlResult } from './parser-types';
import type { NlAction } from './actions';

const GATE = /\b(?:oh|also|plus|closed|shut|locked|unlocked|opened|open|gets?|be|want|like|run|going|should|in|but|leaving|other|that's|that|same|heat|heating|ours|mine|everything|then|for|stop)\b/i;

type Fits = (a: NlAction) => boolean;
const STEP_VERB = /\b(?:turn|switch|open|close|shut|lock|unlock|set|dim|pause|mute|play|start|stop|put|give)\b/gi;
type Way = { text: string; fits: Fits };

const VERB = /\b(?:turn|switch|open|close|shut|lock|unlock|set|put|dim|pause|play|start|stop|make|give|run|keep|leave|is|are|was|were|it|them|i|i'm|i've|me|we|we've|you|he|she|they|someone|somebody|who|forgot|found|saw|see|noticed|think|guess|has|have|had|been|being|got|get|did|do|does|said|told|heard)\b/i;
/** ("I left the back door unlocked" says what someone did, no command: a part naming a person or a deed is no naming.) */
const PARTICIPLE: Record<string, [string, string]> = {
  closed: ['close', 'close'], shut: ['close', 'close'], locked: ['lock', 'lock'], unlocked: ['unlock', 'unlock'],
  opened: ['open', 'open'], open: ['open', 'open'],
};
const TIME_LEAD = /^((?:(?:tonight|today|tomorrow(?:\s+(?:morning|evening|night|afternoon))?|this\s+(?:evening|morning|afternoon)|on\s+\w+days?|every\s+(?:day|night|morning|evening|\w+day)|at\s+(?:\d{1,2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|noon|midnight|sunset|sunrise|dusk|dawn)|in\s+(?:\d+|an?|one|two|five|ten|twenty|thirty|half\s+an)\s+(?:minutes?|mins?|hours?|hour)|later\s+today)\s*,?\s*)+)/i;
const PASSIVE = String.raw`(?:gets?|will\s+(?:be|get)|should\s+(?:be|get)|must\s+be|needs?\s+to\s+be|has\s+to\s+be|have\s+to\s+be|is\s+to\s+be|are\s+to\s+be|(?:is|are)\s+going\s+to\s+be|(?:is|are)\s+getting|ought\s+to\s+be|can\s+be)`;
const SERVICE_OF: Record<string, string> = { close: 'close', open: 'open', lock: 'lock', unlock: 'unlock', on: 'turn_on', off: 'turn_off' };

function plainWays(text: string): Way[] {
  const out: Way[] = [];
  const t = text.trim().replace(/\s+/g, ' ').replace(/[.!]+$/, '');
  const any: Fits = () => true;
  const push = (s: string, fits: Fits = any): void => { if (s.toLowerCase() !== t.toLowerCase()) out.push({ text: s, fits }); };

  // fillers between steps: ", oh and", ", oh, and", "and oh also", "oh yeah", "also" / "plus" between two parts
  if (/\b(?:oh|also|plus)\b/i.test(t)) {
    let f = t.replace(/\s*,?\s*(?:and\s+)?\b(?:oh|ah|um|uh)\b\s*,?\s*(?:(?:yeah|right)\s*,?\s*)?(?:and\s+)?(?:also\s+)?(?:,\s*)?/gi, ', and ');
    f = f.replace(/^,\s*and\s+/, '').replace(/,\s*and\s*,\s*and\s+/g, ', and ');
    f = f.replace(/(?<=\S)\s+also\s+(?=the\b|turn|switch|open|close|lock|unlock|set|dim|pause|mute)/gi, ' and ');
    push(f);
  }

  // the passive future: "(time) the front door gets locked (time)", "the garage light should be off at 10 pm"
  const passive = new RegExp(String.raw`^(.+?)\s+${PASSIVE}\s+(?:(?:turned|switched|put|shut|powered)\s+(on|off)|(closed|shut|locked|unlocked|opened|open|on|off))\b\s*(.*)$`, 'i').exec(t);
  if (passive) {
    const lead = TIME_LEAD.exec(passive[1]!);
    const pre = lead ? lead[1]!.replace(/[\s,]+$/, '') : '';
    const np = lead ? passive[1]!.slice(lead[0].length) : passive[1]!;
    const state = (passive[2] ?? passive[3])!.toLowerCase();
    const verb = state === 'on' || state === 'off' ? `turn ${state}` : PARTICIPLE[state]![0];
    // (only with a time said: "X should be closed" alone may be a wish or a report — asked, as round 25b has it)
    const timed = pre !== '' || /\b(?:at|in)\s+(?:\d|an?\b|one|two|five|ten|half|noon|midnight|sunset|sunrise)|\b(?:tonight|tomorrow|this\s+evening)\b/i.test(passive[4]!);
    if (np !== '' && timed && !VERB.test(np) && !/\?/.test(t)) {
      const service = SERVICE_OF[state === 'on' || state === 'off' ? state : PARTICIPLE[state]![1]]!;
      const cmd = `${verb} ${np}${passive[4] ? ` ${passive[4]}` : ''}`;
      push(pre ? `${pre}, ${cmd}` : cmd, (a) => a.service === service);
    }
  }
  // a state said after what it is for, no verb: "first floor curtains closed", "every curtain closed but the left one"
  // ("I want X opened" is the same wish)
  const bare = /^(.+?)\s+(closed|shut|locked|unlocked|opened)\b\s*(.*)$/i.exec(t.replace(/\b(?:i|we)\s+(?:really\s+)?(?:want|need|would\s+like|'d\s+like)\s+(?=(?:the|my|our|all|every|both)\b)/i, ''));
  // (only of a group — a floor, a plural kind, every/all/both: "the curtain closed" alone may tell what happened, and a
  // clock time after it may be when it happened — both asked, as rounds 15c–25d have them)
  const group = (np: string): boolean => !/\b(?:not|never|no|n't|nothing|none)\b|n't\b/i.test(np) && /\b(?:floors?|upstairs|downstairs|every|all|both|curtains|lights|lamps|shades|blinds|covers|doors|locks)\b/i.test(np);
  if (bare && group(bare[1]!) && !/\b(?:at|by|since)\s+\d/i.test(bare[3]!) && !VERB.test(bare[1]!) && !new RegExp(PASSIVE, 'i').test(bare[1]!) && !/\b(?:if|when|whenever|once|after|before|until|already|still|yet|again|earlier|yesterday|last)\b/i.test(t)) {
    const [verb, service] = PARTICIPLE[bare[2]!.toLowerCase()]!;
    const np = /^(?:the|every|all|both|my|our|each|any)\b/i.test(bare[1]!) ? bare[1]! : `the ${bare[1]}`;
    push(`${verb} ${np}${bare[3] ? ` ${bare[3]}` : ''}`, (a) => a.service === service);
  }

  // a device running a while: "I want the fan going for twenty minutes, then stop it", "the fan should run for 20 minutes
  // then stop", "turn the fan on for 10 min then stop"
  const forThen = /^(.*?\bfor\s+.+?)\s*,?\s*(?:and\s+)?then\s+(?:stop(?:\s+(?:it|them))?|off|(?:turn|switch|shut)\s+(?:it|them)\s+off|(?:turn|switch|shut)\s+off(?:\s+(?:it|them))?)\s*$/i.exec(t);
  const head = forThen ? forThen[1]! : t;
  const wantRun = /^(?:i\s+want|i'd\s+like|i\s+would\s+like|i\s+need|have|let|get)\s+(the\s+.+?)\s+(?:going|on|running|to\s+run|to\s+be\s+on|run|spinning|to\s+go)\s+(for\s+.+)$/i.exec(head)
    ?? /^(the\s+.+?)\s+(?:should|can|will|must|needs?\s+to)\s+(?:run|be\s+on|go|spin)\s+(for\s+.+)$/i.exec(head);
  const onOff: Fits = (a) => a.service === 'turn_on' || a.service === 'turn_off';
  if (wantRun && !VERB.test(wantRun[1]!)) push(`turn ${wantRun[1]} on ${wantRun[2]}`, onOff);
  else if (forThen && /\b(?:turn|switch|put)\b.*\bon\b|\bon\b.*\bfor\b/i.test(head)) push(head, onOff);

  // a later wait said with no unit after one said with its unit: "in 5 min and the bedroom curtain in 10"
  const unit = /\bin\s+(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+(min(?:ute)?s?|hours?|hrs?|seconds?|secs?)\b/i.exec(t);
  if (unit) {
    const after = t.slice(unit.index + unit[0].length);
    const fixed = after.replace(/\bin\s+(\d+)(?=\s*(?:,|$|\band\b|\bthen\b|\bplease\b|\bturn\b|\bswitch\b|\bopen\b|\bclose\b|\block\b|\bunlock\b))/gi, `in $1 ${unit[1]}`);
    if (fixed !== after) push(t.slice(0, unit.index + unit[0].length) + fixed);
  }
  // "…, but only ten minutes from now", "…, but not until ten minutes from now", "but only in 15 minutes"
  const butOnly = t.replace(/\s*,?\s*\bbut\s+(?:only|not\s+until|not\s+before|not\s+till|just)\s+(?=(?:in\s+)?(?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|half)\b)/i, ' ');
  if (butOnly !== t) {
    push(butOnly);
    const fromNow = /^(.+?)\s+((?:\d+|an?|one|two|three|four|five|ten|fifteen|twenty|thirty|half\s+an)\s+(?:minutes?|mins?|hours?|hour))\s+from\s+now$/i.exec(butOnly);
    if (fromNow) push(`${fromNow[1]} in ${fromNow[2]}`);
  }

  // exclusions: "every lock but the front door's", "…, leaving the shade shut", "and every other cover", "everything that's a
  // curtain", "everything on …, switch it all off"
  let ex = t.replace(/\b(but|except(?:\s+for)?|apart\s+from|other\s+than|bar|save(?:\s+for)?)\s+((?:the|my|our)\s+[\p{L} ]+?)'s\b/giu, '$1 $2');
  ex = ex.replace(/\s*,?\s*\bleaving\s+((?:the|my|our)\s+.+?)\s+(?:shut|closed|open|on|off|alone|be|as\s+(?:it|they)\s+(?:is|are)|untouched|where\s+(?:it|they)\s+(?:is|are))(?=\s*$|\s*,)/i, ' except $1');
  ex = ex.replace(/\band\s+every\s+other\s+(cover|light|lamp|lock|door|curtain|shade|blind|switch)\b/i, 'and every $1');
  ex = ex.replace(/\beverything\s+(?:that's|that\s+is|that\s+are|which\s+is)\s+an?\s+(curtain|shade|blind|light|lamp|lock|door|switch|cover|fan)\b/i, 'every $1');
  ex = ex.replace(/^(every\s+\w+)\s+but\s+/i, '$1 except ');
  ex = ex.replace(/^(everything\s+.+?)\s*,\s*(?:switch|turn|shut|power|put)\s+(?:it\s+)?(?:all\s+|everything\s+)?(off|on)(?:\s+(?:it\s+)?all)?(?:\s+(?:please|now))?$/i, 'switch $2 $1');
  if (ex !== t) push(ex);

  // the same value copied: "give the living room lamp that same level", "and then the living room lamp to that too"
  const same = t.replace(/\b(?:give|set|put|make)\s+((?:the|my|our)\s+.+?)\s+(?:to\s+)?(?:that|the)\s+same(?:\s+(?:level|brightness|setting|value|position|amount|number|percentage))?(?:\s+(?:too|as\s+well|also))?\s*$/i, '$1 the same')
    .replace(/\b((?:the|my|our)\s+[\p{L} ]+?)\s+to\s+(?:that|that\s+level|that\s+one)\s+(?:too|as\s+well|also)\s*$/iu, '$1 the same');
  if (same !== t) push(same.replace(/\band\s+then\s+(?=(?:the|my|our)\b)/i, 'and '));

  // "heat on the first floor and in the basement down two degrees": the heating
  const heat = /^(?:the\s+)?(?:heat|heating)\s+((?:on|in|upstairs|downstairs)\b.+?)\s+(up|down)\s+(.+?\bdegrees?)$/i.exec(t);
  if (heat) push(`turn the heating ${heat[2]} ${heat[3]} ${heat[1]}`, (a) => a.entity.startsWith('climate.') && a.service === 'temperature_step');

  // "that garage light of ours — on with it"
  const ours = t.replace(/\bthat\s+([\p{L} ]+?)\s+of\s+(?:ours|mine|yours)\b/iu, 'the $1').replace(/\s+of\s+(?:ours|mine)\b/i, '').replace(/\s*[—–]\s*/g, ', ');
  if (ours !== t && /\b(?:ours|mine)\b/i.test(t)) push(ours);
  return out;
}

/** A refused sentence of these classes, read the plain way when that acts with no question; else the sentence as it was. */
export function general28c(text: string, whole: NlResult, read: (t: string) => NlResult): NlResult {
  if (!whole.error || whole.actions.length > 0 || !GATE.test(text)) return whole;
  if (/\?\s*$/.test(text) || /^\s*(?:is|are|was|were|did|does|do|why|what|which|who|how|when|if|whenever|once)\b/i.test(text)) return whole;
  for (const way of plainWays(text)) {
    const r = read(way.text);
    // (each command verb said must have acted: "turn on the fan and in 10 minutes turn it off, and lock …" reads one less)
    const verbs = way.text.match(STEP_VERB)?.length ?? 0;
    if (!r.error && r.actions.length > 0 && r.actions.length >= verbs && r.answer === undefined && r.actions.every(way.fits)) return { ...r, text };
  }
  return whole;
}
