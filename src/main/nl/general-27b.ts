// Round 27b (issue 14): generalisation in five weak classes — stop, flip, left/right, exclusions, floors. Instead of one
// saying per line of a set, each class has ONE vocabulary read through the grammar that already exists:
//  - stop: the idioms that halt a moving thing ("that's (far) enough", "that'll do", "no further", "don't go any further",
//    "hold it/up", "cut it there", "knock it off", "quit it", "freeze", "halt", "stay put"), alone or beside what is named,
//    and the moment said after a stop ("right there", "where it is", "midway", "in its tracks", "before it shuts/is
//    done") — read as "stop X" / "stop it" (a fan: off; a player still asks pause or off);
//  - flip: the ways of saying "the other state" ("the other way (round)", "over", "to the opposite", "whichever way it's
//    at", "reverse", "change X over", "flip its state") — read as "toggle X"; "flip/flick a switch up/down" is on/off;
//  - exclusions: one list of markers ("apart from", "other than", "aside from", "excluding", "with the exception of",
//    "save (for)", "bar", "besides", "not counting", "spare", "but not", "though not … nor …") read as "except", and
//    "lock/unlock everything except X" / "light everything except X" (the verb names the kind);
//  - floors: a floor said by number or as a level ("level one", "floor 1 & 2", "floor 1 and 2", "the first and upstairs
//    floors", "on the first and on the second floor") read as the floors the grammar knows.
// Only when the sentence as said was refused (never where it acted), and the plain reading is kept only when it acts with
// no question and does what the class can mean. "first, second floor" (only the second floor acted on) is read as a list
// before anything else (`floorList27b`).
import type { NlResult } from './parser-types';
import type { NlAction } from './actions';

const GATE = /\b(?:enough|plenty|hang|that's|thats|that'll|do|further|farther|halt|freeze|hold|quit|cut|knock|whoa|woah|stays?|keep|leave|lot|everything|flip|flick|toggle|reverse|change|swap|other|opposite|over|whichever|whatever|except|apart|aside|excluding|exception|save|bar|besides|counting|spare|not|levels?|floors?|storeys?|midway|mid|part|before|tracks|stop|there|up|down|yo|oi|hey)\b/i;

const ORD = String.raw`(?:first|second|third|fourth|fifth|ground|top|bottom|1st|2nd|3rd|4th|5th|upstairs)`;
const NUM_WORD: Record<string, string> = { one: '1', two: '2', three: '3', four: '4', five: '5' };

/** Said before anything else (each acted wrongly before): "first, second floor: lights off" (only the second floor acted
 *  on) is a list of floors; "close the curtains and leave the left one be / as it is" (the left one closed too) keeps it
 *  aside as "but leave the left one alone" does. */
export function plain27b(text: string): string | null {
  let t = text;
  if (!/\b(?:leave|keep|stays?|remains?|level|floors?|storeys?)\b/i.test(t)) return null;
  if (/\b(?:leave|keep)\b/i.test(t)) {
    t = t.replace(/(?:\s*,\s*(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:just\s+)?(?:leave|keep)\s+(the\s+[^,]+?)\s+(?:as\s+(?:it|they)\s+(?:is|are)|untouched|where\s+(?:it|they)\s+(?:is|are)|alone|be)(?:\s*,?\s*(?:please|though|thanks))?\s*[.!]*$/i, ' but leave $1 alone');
  }
  // "kitchen lights off, ceiling stays (on)": kept aside ("…, the kitchen ones can stay" is read already — said-25c)
  t = t.replace(/^((?:(?:open|close|shut|turn|switch|lock|unlock|dim|put|set)\b|.+?\b(?:all|every|everything|lights|lamps|curtains|shades|blinds|covers|switches|doors|locks)\b).*?)\s*,\s*(?:but\s+|just\s+)?(?:the\s+)?([\p{L}][\p{L}' ]*?)\s+(?:(?:can|will|should|may|must|could)\s+)?(?:stays?|remains?)(?:\s+(?:on|off|as\s+(?:it\s+|they\s+)?(?:is|are)|put|where\s+(?:it|they)\s+(?:is|are)))?\s*[.!]*$/iu,
    (m, rest: string, kept: string) => (VERBISH.test(kept) ? m : `${rest} but leave the ${kept} alone`));
  // "lights off on the second level": a level said with an ordinal is a floor (it was read as no place: every light)
  t = t.replace(/(?<!\b(?:to|at|from)\s+(?:the\s+)?)\b(?:the\s+)?(first|second|third|fourth|fifth|ground|top|bottom|1st|2nd|3rd|4th|5th)\s+level(s?)\b/gi, 'the $1 floor$2');
  const re = new RegExp(String.raw`\b(${ORD})\s*,\s*(${ORD})((?:\s*,\s*${ORD})*)\s+(floors?|storeys?)\b`, 'gi');
  if (re.test(t)) t = t.replace(re, (_m, a: string, b: string, more: string, noun: string) => {
    const rest = more.split(',').map((x) => x.trim()).filter((x) => x !== '');
    const all = [a, b, ...rest];
    return `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]} ${/s$/i.test(noun) ? noun : `${noun}s`}`;
  });
  return t === text ? null : t;
}

/** Words a stop idiom may be padded with. */
const FILLER = String.raw`(?:ok(?:ay)?|right|whoa+|woah+|hey|yo|oi|wait|no|now|please|thanks|quick(?:ly)?|just|there|then|so|stop|enough|already|oh|ah|hold\s+on|hang\s+on|thank\s+you|thanks|cheers|mate|buddy|love|dear|pal|guys|for\s+(?:now|today|the\s+day)|cleaning|moving|spinning|whirring)`;
/** Idioms that mean "stop (it)" when said of something moving. */
const STOP_IDIOM = String.raw`(?:(?:(?:that's|that\s+is|thats)\s+(?:(?:far|quite|high|low|open|closed|shut|more\s+than)\s+)?enough|(?:that's|that\s+is|thats)\s+plenty|that's\s+it|that'll\s+do|that\s+will\s+do)(?:\s+(?:now|there|thanks|for\s+now|for\s+today))*|(?:that'll|that\s+will)\s+do|enough(?:\s+(?:now|already|of\s+that))?|no\s+further|not\s+any\s+further|(?:don't|do\s+not|dont)\s+go\s+any\s+(?:further|farther|more|higher|lower)|(?:go\s+)?no\s+(?:further|farther|more)|hold\s+(?:it|up|them|on)(?:\s+(?:right\s+)?there)?|hold\s+it\s+(?:hold\s+it)?|cut\s+it(?:\s+(?:right\s+)?there)?|knock\s+it\s+off|quit\s+it|freeze(?:\s+(?:it|them))?|halt(?:\s+(?:it|them))?|stay\s+(?:put|there|where\s+you\s+are)|leave\s+it\s+there|stop(?:\s+(?:it|them))?(?:\s+(?:right\s+)?(?:there|here|now|where\s+(?:it|they|you)\s*(?:'s|'re|\s+is|\s+are)(?:\s+at)?))?)`;
/** The moment said after a stop: "right there", "where it is", "midway", "in its tracks", "before it shuts". */
const STOP_MOMENT = String.raw`(?:(?:right\s+|just\s+)?(?:there|here)|(?:exactly\s+|right\s+)?where\s+(?:it|they|you)\s*(?:'s|'re|\s+is|\s+are|s)(?:\s+(?:at|now|right\s+now))?|mid-?\s?way(?:\s+(?:through|there))?|part-?\s?way(?:\s+(?:through|there))?|in\s+(?:its|their)\s+tracks|before\s+(?:it|they)(?:'s|\s+is|\s+are|'re|\s+gets?)?\s+(?:done|finished|all\s+the\s+way|there|shuts?|closes?|closed|shut|opens?|open|any\s+further)|this\s+(?:instant|second|minute))`;
const STOP_VERB = String.raw`(?:stop|halt|freeze|hold|quit)`;
/** A verb or state word: a part holding one is no bare naming of what stops. */
const VERBISH = /^\s*switch\b|\b(?:turn|open|close|set|put|dim|lock|unlock|start|play|is|are|was|were|it|them|everything|all)\b/i;

/** How the other state is said: "the other way", "over", "to the opposite", "whichever way it's at". */
const OTHER_STATE = String.raw`(?:(?:over\s+)?(?:to\s+)?(?:the\s+)?(?:other\s+way(?:\s+(?:round|around))?|opposite(?:\s+(?:way|state|setting|position))?|other\s+(?:state|setting|position))|over|round|around|(?:,\s*)?(?:whichever|whatever|which\s+ever)\s+way\s+(?:it's|it\s+is|its|they're|they\s+are)\s*(?:(?:currently|now|at\s+the\s+moment)\s+)?(?:at|set|going|on|in)?(?:\s+(?:now|currently|at\s+the\s+moment|right\s+now))?)`;
/** What may come before a command's verb: a courtesy. */
const OPENER = String.raw`(?:(?:please|can\s+you|could\s+you|would\s+you|will\s+you|go\s+ahead\s+and|just|ok(?:ay)?|right|now)\s*,?\s+)*`;
const FLIP_VERB = String.raw`(?:flip|flick|switch|turn|toggle|reverse|change|swap|put)`;

/** The exclusion markers, each read as "except". */
const EXCEPT_MARKERS: readonly [RegExp, string][] = [
  [/\b(?:with\s+the\s+exception\s+of|apart\s+from|aside\s+from|other\s+than|not\s+counting|not\s+including|excluding|except\s+for|save\s+for|besides)\b/gi, 'except'],
  [/(?<=\S)\s*,?\s*\b(?:but\s+)?(?:please\s+)?spare\s+(?=the\b|my\b|our\b)/gi, ' except '],
  // ("bar" is read already where it may be — sayings-15/17; "everything in the living room bar/save the tv" is asked, as
  // dev10 labels it)
  [/^((?:(?!\beverything\b|\bthe\s+lot\b).)+?)\s+save\s+(?=the\b|my\b|our\b)/iu, '$1 except '],
  [/,?\s*\b(?:though|but)\s+not\s+(.+?)\s+nor\s+/gi, ' except $1 and '],
  [/,?\s*\bbut\s+not\s+(?=(?:in|on)\s+the\b)/gi, ' except '],
];

type Fits = (a: NlAction) => boolean;
/** The domain a device word of "the other <kind>" names. */
const KIND_DOMAIN: Record<string, string> = { curtain: 'cover', shade: 'cover', blind: 'cover', drape: 'cover', lamp: 'light', light: 'light', thermostat: 'climate', door: 'lock', lock: 'lock', switch: 'switch' };
/** A plain way of saying it; `unless`: kept only when that other way says it leaves nothing out (what is kept aside is not
 *  among what the rest acts on, so the rest alone is the same). */
type Way = { text: string; fits: Fits; unless?: string };

/** The plain ways of saying a refused sentence, each with what its actions may be. */
function plainWays(text: string, previous: readonly string[]): Way[] {
  const previousCount = previous.length;
  const out: Way[] = [];
  const t = text.trim().replace(/\s+/g, ' ');
  const stops: Fits = (a) => a.service === 'stop' || (a.service === 'turn_off' && a.entity.startsWith('fan.'));
  // (what is switched: "switch the tv over" may be a channel, "turn the curtain round" no state)
  const switched = (a: NlAction): boolean => /^(?:light|switch|fan|input_boolean)\./.test(a.entity);
  const toggles: Fits = (a) => switched(a) && ['toggle', 'turn_on', 'turn_off'].includes(a.service);
  const any: Fits = () => true;

  // stop: idioms alone ("ok that's far enough", "hold up, stop it there", "don't go any further") → "stop it"
  const idiomOnly = new RegExp(String.raw`^(?:(?:${FILLER}|${STOP_IDIOM})\s*(?:[,.!;:-]|—|\.\.\.)?\s*)+$`, 'i');
  if (idiomOnly.test(t) && new RegExp(STOP_IDIOM, 'i').test(t) && previousCount > 0) out.push({ text: 'stop it', fits: stops });
  // … beside what is named ("bedroom curtain that's enough", "rover, knock it off", "that's enough from the ceiling fan,
  // stop", "the bedroom curtain is closing, quit it midway", "main valve, halt exactly where it's at")
  const u = t.replace(/\b(?:has|have|'s|is)\s+(?:gone|come|moved|got|gotten|opened|closed|dropped|risen|rolled)\s+(?:(?:down|up|in|out)\s+)?(?:(?:far|high|low|open|closed|shut)\s+)?enough\b/gi, " that's enough")
    .replace(/\bquit\b/gi, 'stop');
  const parts = u.split(/\s*(?:[,.!;:]|\s-\s|—)\s*/).filter((p) => p !== '');
  const idiomPart = new RegExp(String.raw`^(?:(?:${FILLER})\s+)*${STOP_IDIOM}(?:\s+${STOP_MOMENT})?(?:\s+(?:${FILLER}))*$`, 'i');
  const fillerOnly = new RegExp(String.raw`^(?:${FILLER})(?:\s+${FILLER})*$`, 'i');
  const idiomThen = new RegExp(String.raw`^(?:(?:${FILLER})\s+)*${STOP_IDIOM}\s+(?:from|on|for|with|of)\s+(.+)$`, 'i');
  const thenIdiom = new RegExp(String.raw`^(.+?)\s+${STOP_IDIOM}(?:\s+${STOP_MOMENT})?(?:\s+(?:${FILLER}))*$`, 'i');
  const moving = /^(.+?)\s+(?:is|'s|are|'re)\s+(?:still\s+)?(?:moving|closing|opening|going(?:\s+(?:up|down))?|coming\s+(?:up|down)|running|spinning|cleaning|rolling)$/i;
  let idioms = 0;
  const nps: string[] = [];
  for (const p of parts) {
    if (idiomPart.test(p)) idioms++;
    else if (fillerOnly.test(p)) continue;
    else if (idiomThen.test(p)) { idioms++; nps.push(idiomThen.exec(p)![1]!); }
    else if (thenIdiom.test(p) && !VERBISH.test(thenIdiom.exec(p)![1]!)) { idioms++; nps.push(thenIdiom.exec(p)![1]!); }
    else nps.push(moving.exec(p)?.[1] ?? p);
  }
  if (idioms > 0 && nps.length === 1 && !VERBISH.test(stripStopVerb(nps[0]!))) out.push({ text: `stop ${stripStopVerb(nps[0]!)}`, fits: stops });
  // "get the vacuum to quit for now", "tell rover to knock it off": stop it
  const tellTo = new RegExp(String.raw`^(?:(?:${FILLER})\s*,?\s*)*(?:get|make|tell|have|ask)\s+(.+?)\s+to\s+(?:stop|quit|halt|knock\s+it\s+off|pack\s+it\s+in|give\s+(?:it\s+)?up)(?:\s+(?:for\s+(?:now|today|a\s+bit|a\s+while)|now|please|already))*\s*[.!]*$`, 'i').exec(t);
  if (tellTo && !VERBISH.test(tellTo[1]!)) out.push({ text: `stop ${tellTo[1]}`, fits: stops });
  // the moment after a stop: "stop the shade in the guest room before it shuts", "stop the valve midway"
  const moment = new RegExp(String.raw`^(?:(?:${FILLER})\s*,?\s*)*(?:can\s+you\s+|could\s+you\s+|please\s+)?${STOP_VERB}\s+(.+?)\s*,?\s+${STOP_MOMENT}(?:\s+(?:${FILLER}))*\s*[.!]*$`, 'i').exec(t);
  if (moment) out.push({ text: `stop ${moment[1]}`, fits: stops });
  // a stop verb after interjections: "yo stop the left curtain", "oi, halt the fan"
  const after = new RegExp(String.raw`^(?:(?:${FILLER})\s*,?\s*)+(${STOP_VERB}\s+.+)$`, 'i').exec(t);
  if (after) out.push({ text: after[1]!.replace(new RegExp(`^${STOP_VERB}`, 'i'), 'stop'), fits: stops });

  // flip: "switch the garage light the other way", "change the lamp over", "flip X whichever way it's at"
  const other = new RegExp(String.raw`^(${OPENER})${FLIP_VERB}\s+(.+?)\s*,?\s+${OTHER_STATE}(\s+(?:please|now|for\s+me|thanks))*\s*[.!]*$`, 'i').exec(t);
  if (other && !/\b(?:on|off)\b/i.test(other[2]!)) out.push({ text: `${other[1]}toggle ${other[2]}`, fits: toggles });
  const verbless = new RegExp(String.raw`^(.+?)\s*(?:,|-|—|:)\s*(?:(?:flip|flick|toggle|reverse|invert)\s+(?:it|them)(?:\s+${OTHER_STATE})?|(?:switch|turn|change|swap)\s+(?:it|them)\s+${OTHER_STATE}|${OTHER_STATE})\s*(?:please|now|thanks)?\s*[.!]*$`, 'i').exec(t);
  if (verbless && !VERBISH.test(verbless[1]!) && !/\b(?:on|off|up|down)\b/i.test(verbless[1]!)) out.push({ text: `toggle ${verbless[1]}`, fits: (a) => switched(a) && a.service === 'toggle' });
  const reverse = new RegExp(String.raw`^(${OPENER})(?:reverse|invert)\s+(.+)$`, 'i').exec(t);
  if (reverse) out.push({ text: `${reverse[1]}toggle ${reverse[2]}`, fits: (a) => switched(a) && a.service === 'toggle' });
  const giveFlip = new RegExp(String.raw`^(${OPENER})give\s+(.+?)\s+a\s+(?:quick\s+|little\s+)?(?:flip|flick|toggle)\b\s*,?\s*(.*)$`, 'i').exec(t);
  if (giveFlip) out.push({ text: `${giveFlip[1]}toggle ${giveFlip[2]} ${giveFlip[3]!.replace(new RegExp(OTHER_STATE, 'i'), '')}`, fits: toggles });
  const itsState = /^(.*?\b)(?:flip|toggle|change|switch|reverse)\s+(?:its|their)\s+(?:state|setting|power)\b(.*)$/i.exec(t);
  if (itsState) out.push({ text: `${itsState[1]}toggle it${itsState[2]}`, fits: (a) => switched(a) && a.service === 'toggle' });
  // "flip the bedroom switch up/down": on/off (a switch only)
  const upDown = new RegExp(String.raw`^(${OPENER})(?:flip|flick|push|knock)\s+(up|down)?\s*(.*?\bswitch(?:es)?\b(?:'s)?)\s*(up|down)?\b(.*)$`, 'i').exec(t);
  if (upDown && (!!upDown[2] !== !!upDown[4])) {
    const way = (upDown[2] ?? upDown[4])!.toLowerCase() === 'up' ? 'on' : 'off';
    out.push({ text: `${upDown[1]}turn ${way} ${upDown[3]}${upDown[5]!.replace(/^\s*to\s+(?:on|off)\b/i, '')}`, fits: (a) => a.entity.startsWith('switch.') && a.service === `turn_${way}` });
  }

  // sides: "the other curtain to 50" after one of a pair is "the other one" (as "set the other curtain to 50" is read), kept
  // only when what it acts on is of the kind said
  const otherKind = /\bthe\s+other\s+(curtain|shade|blind|drape|lamp|light|thermostat|door|lock|switch)\b/i.exec(t);
  const word = otherKind?.[1]!.toLowerCase() ?? '';
  // (the word said must be in the id of what was just acted on and of what it acts on: "the other shade" after a curtain
  // is not the curtain's partner)
  if (otherKind && previous.some((id) => id.startsWith(`${KIND_DOMAIN[word]}.`) && id.includes(word))) {
    out.push({ text: t.replace(otherKind[0], 'the other one'), fits: (a) => a.entity.startsWith(`${KIND_DOMAIN[word]}.`) && a.entity.includes(word) });
  }

  // exclusions: one list of markers read as "except"
  let ex = t;
  for (const [re, to] of EXCEPT_MARKERS) ex = ex.replace(re, to);
  // "lock everything except the front door": the verb names the kind
  ex = ex.replace(/\b(lock|unlock)\s+(?:up\s+)?everything(?=\s+except\b)/gi, '$1 all the doors');
  ex = ex.replace(/\b(dim|brighten|darken)\s+(?:the\s+lot|everything)(?=.*\bexcept\b)/gi, '$1 all the lights');
  ex = ex.replace(/^(?:please\s+)?light\s+(?:up\s+)?everything(?=\s+except\b)/i, 'turn on all the lights');
  // "X stays / can stay (as it is)", "(just) keep X on": after a group, X is left out
  ex = ex.replace(/^(.+?)\s*,\s*(?:but\s+|just\s+)?(?:keep|leave)\s+(the\s+.+?)\s+(?:on|off|open|closed|be|alone|as\s+(?:it|they)\s+(?:is|are))\s*[.!]*$/i, '$1 except $2');
  ex = ex.replace(/^(.+?)\s*,\s*(the\s+.+?)\s+(?:stays?|can\s+stay|remains?)(?:\s+(?:on|off|open|closed|as\s+(?:it|they)\s+(?:is|are)))?\s*[.!]*$/i, '$1 except $2');
  if (ex !== t) out.push({ text: ex, fits: any });
  // "pull the left curtain closed but keep the right one as it is": the right one kept aside
  const aside = /^(.+?)\s*,?\s+(?:but|and|though)\s+(?:keep|leave)\s+(the\s+.+?)\s+(?:as\s+(?:it|they)\s+(?:is|are|was|were)|alone|be|where\s+(?:it|they)\s+(?:is|are))\s*[.!]*$/i.exec(t);
  if (aside) {
    out.push({ text: `${aside[1]} except ${aside[2]}`, fits: any });
    out.push({ text: aside[1]!, fits: any, unless: `${aside[1]} except ${aside[2]}` });
  }

  // floors: "level one", "floor 1 & 2", "floor 1 and 2", "the first and upstairs floors", "on the first and on the second floor"
  let fl = t.replace(/\blevel(s?)\s+(?=one|two|three|four|five|\d)/gi, 'floor$1 ');
  fl = fl.replace(/\b(?:(the)\s+)?(first|second|third|ground|top|bottom|1st|2nd|3rd)\s+level\b/gi, (_m, the: string | undefined, o: string) => `the ${o} floor`);
  const n = (w: string): string => NUM_WORD[w.toLowerCase()] ?? w;
  fl = fl.replace(/\b(?:floors?|storeys?)\s+(\d|one|two|three|four|five)\s*(?:&|\+|and|,)\s*(?:(?:floor|storey)\s+)?(\d|one|two|three|four|five)\b/gi, (_m, a: string, b: string) => `floor ${n(a)} and floor ${n(b)}`);
  fl = fl.replace(new RegExp(String.raw`\b(?:the\s+)?(first|second|third|ground|top)\s+and\s+(?:the\s+)?upstairs\s+floors?\b`, 'gi'), 'the $1 floor and upstairs');
  fl = fl.replace(new RegExp(String.raw`\b(?:the\s+)?upstairs\s+and\s+(?:the\s+)?(first|second|third|ground|top)\s+floors?\b`, 'gi'), 'upstairs and the $1 floor');
  fl = fl.replace(/\bon\s+the\s+(first|second|third|ground|top)\s+and\s+on\s+the\s+(first|second|third|ground|top)\s+floors?\b/gi, 'on the $1 floor and on the $2 floor');
  if (fl !== t) out.push({ text: fl, fits: any });
  return out;
}

/** "stop the fan" said as a part beside a stop idiom: the part names what stops. */
function stripStopVerb(np: string): string {
  return np.replace(new RegExp(String.raw`^(?:${STOP_VERB})\s+`, 'i'), '').replace(/^(?:hey|yo|oi)\s+/i, '');
}

/** A refused sentence of these classes, read the plain way when that acts with no question; else the sentence as it was. */
export function general27b(text: string, whole: NlResult, read: (t: string) => NlResult, previous: readonly string[] | null | undefined): NlResult {
  if (!whole.error || whole.actions.length > 0 || !GATE.test(text)) return whole;
  if (/\?\s*$/.test(text) || /^\s*(?:is|are|was|were|did|does|do|why|what|which|who|how|when)\b/i.test(text)) return whole;
  for (const way of plainWays(text, previous ?? [])) {
    if (way.text.trim().toLowerCase() === text.trim().toLowerCase()) continue;
    if (way.unless !== undefined && !/leaves nothing out|removes nothing|isn't among/i.test(read(way.unless).error?.message ?? '')) continue;
    const r = read(way.text);
    if (!r.error && r.actions.length > 0 && r.answer === undefined && r.actions.every(way.fits)) return { ...r, text };
  }
  return whole;
}
