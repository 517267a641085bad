// Round 26c (issue 14, dev20 questions / polite / devices; tests in misses-26c.test.ts):
// sayings that were refused, rewritten as plainly said before the sentence is read (every later check still applies).
//  - questions: "front door, locked or unlocked", "the fan, spinning or not", "back door, did it get locked",
//    "kitchen lights, are any still burning", "whereabouts is ada", "anyone moving about in the kitchen",
//    "solar production today, how much", "washer still on its cycle", "anything lit up in this room",
//    "how cold is it outdoors", "how warm has it got in the living room today". A question is only ever asked again
//    as a question: none of these rewrites can act.
//  - polite: "kindly have X turned off", "be nice to have X off now", "grateful if X got locked", "X off would be nice,
//    ta", "I'd love it if you cranked X to 70", "I'd really appreciate X being pulled open", "X locked, if it's not too
//    much trouble", "X shut please, thank you kindly". Each only when what remains names devices and nothing else.
import type { HomeIndex } from './name-index';
import { tagTokens } from './tag';
import { tokenize } from './tokenize';

const NAMING = new Set(['the', 'my', 'our', 'that', 'this', 'left', 'right', 'side', 'one', 'ones', 'all', 'both']);
const CONDITION = /\b(?:when|whenever|once|as soon as|until|till|unless|after|before|tomorrow|tonight|later|at|in \d+|every)\b/i;
const THANKS = String.raw`(?:thank\s+you(?:\s+(?:kindly|very\s+much|so\s+much|ever\s+so))?|thanks(?:\s+(?:a\s+lot|a\s+bunch|ever\s+so|so\s+much))?|cheers|ta)`;
/** Thanks the parser did not already read as "please" (a plain ", thanks" is left to it). */
const THANKS_MORE = String.raw`(?:thank\s+you\s+(?:kindly|very\s+much|so\s+much|ever\s+so)|thanks\s+(?:a\s+lot|a\s+bunch|ever\s+so|so\s+much)|cheers|ta)`;
const NICE = String.raw`(?:nice|great|lovely|good|grand|brilliant|ace|handy|perfect|wonderful|fab|fantastic|super|helpful)`;

/** A state said of a device, as the plain question says it. */
const STATE: Record<string, string> = {
  locked: 'locked', unlocked: 'unlocked', open: 'open', opened: 'open', closed: 'closed', shut: 'closed',
  on: 'on', off: 'off', spinning: 'on', running: 'on', going: 'on', turning: 'on', lit: 'on', burning: 'on', glowing: 'on',
};
/** A participle said after "have X" / "X being" / "X got": the plain verb and its particle. */
const DONE: Record<string, string> = {
  'turned off': 'turn off', 'switched off': 'turn off', 'shut off': 'turn off', 'turned on': 'turn on', 'switched on': 'turn on',
  locked: 'lock', unlocked: 'unlock', opened: 'open', 'pulled open': 'open', 'drawn open': 'open', 'pulled back': 'open',
  closed: 'close', shut: 'close', 'pulled shut': 'close', 'drawn shut': 'close', 'pulled closed': 'close', 'drawn closed': 'close',
};
/** A past tense said after "if you": the plain verb. */
const PAST: Record<string, string> = {
  turned: 'turn', switched: 'switch', cranked: 'crank', opened: 'open', closed: 'close', locked: 'lock', unlocked: 'unlock',
  set: 'set', put: 'put', dimmed: 'dim', brightened: 'brighten', raised: 'raise', lowered: 'lower', started: 'start',
  stopped: 'stop', paused: 'pause', shut: 'shut', pulled: 'pull', drew: 'draw', bumped: 'bump', nudged: 'nudge',
};
const DONE_RE = Object.keys(DONE).sort((a, b) => b.length - a.length).map((k) => k.replace(' ', String.raw`\s+`)).join('|');
const PAST_RE = Object.keys(PAST).join('|');
const STATE_RE = Object.keys(STATE).join('|');

/** The sentence as plainly said, or null when nothing here applies. */
export function said26c(text: string, index: HomeIndex): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const asked = question(t, index);
  const named = asked === null ? devices(t, index) : t; // (once: polite and the devices alone both start from it)
  const out = asked ?? polite(named, index) ?? (named !== t ? named : null);
  return out !== null && out !== t ? out : null;
}

/** Only names a device, kind or place ("front door", "the living room ceiling fan"): no verb, no second part. */
function onlyNames(np: string, index: HomeIndex): boolean {
  const items = tagTokens(index, tokenize(np));
  return items.length > 0 && items.some((x) => x.kind === 'entity' || x.kind === 'noun' || (x.kind === 'word' && index.nameVocab.has(x.text)))
    && items.every((x) => ['entity', 'noun', 'area', 'floor'].includes(x.kind) || (x.kind === 'word' && (NAMING.has(x.text) || index.nameVocab.has(x.text))));
}

function question(t: string, index: HomeIndex): string | null {
  const s = t.replace(/\s*\?+\s*$/, '');
  let m: RegExpExecArray | null;
  // "front door, locked or unlocked" / "the fan, spinning or not" / "the valve - open or shut?"
  m = STATE_OR.exec(s);
  if (m && onlyNames(m[1]!, index)) return `is ${m[1]} ${STATE[m[2]!.toLowerCase()]}`;
  // "back door, did it get locked" / "the valve, has it been shut" / "garage door, is it open"
  m = STATE_ASKED.exec(s);
  if (m && onlyNames(m[1]!, index)) return `is ${m[1]} ${STATE[m[2]!.toLowerCase()]}`;
  // "kitchen lights, are any still burning" / "the lamps, any of them on"
  m = ANY_STILL.exec(s);
  // ("floor two lights, all of them on" is a command: a question says "are", "still" or ends in "?")
  if (m && (m[2] || m[4] || /\?\s*$/.test(t)) && onlyNames(m[1]!, index)) return `are ${m[3]!.toLowerCase()} ${m[1]!.replace(/^the\s+/i, '')} ${STATE[m[5]!.toLowerCase()]}`;
  // "whereabouts is ada"
  m = /^(?:so\s+)?whereabouts\s+(is|are)\s+(.+)$/i.exec(s);
  if (m) return `where ${m[1]} ${m[2]}`;
  // "anyone moving about in the kitchen" / "is anybody moving around upstairs"
  m = /^(?:is\s+(?:there\s+)?)?(?:anyone|anybody|someone|somebody)\s+moving(?:\s+(?:about|around|round))?\s+(in\s+.+|here|in here|upstairs|downstairs)$/i.exec(s);
  if (m) return `is there motion ${m[1]}`;
  // "solar production today, how much"
  m = /^(.+?)\s*(?:,|-|—|:)\s*how\s+much$/i.exec(s);
  if (m && !/\b(?:turn|set|put|make|switch|dim|raise|lower)\b/i.test(m[1]!)) return `how much ${m[1]}`;
  // "washer still on its cycle" / "is the dishwasher still doing its cycle"
  m = /^(?:is\s+)?(.+?)\s+still\s+(?:on|in|doing|running|going\s+through)\s+(?:its|the|a)\s+(?:cycle|wash|programme|program|run)$/i.exec(s);
  if (m && onlyNames(m[1]!, index)) return `is ${m[1]} running`;
  // "anything lit up in this room" / "anything switched on in the kitchen"
  m = /^(?:is\s+)?(?:there\s+)?anything\s+(?:at\s+all\s+)?(?:still\s+)?(?:lit(?:\s+up)?|on|switched\s+on|turned\s+on|burning|glowing)\s+(in\s+this\s+room|in\s+here|here|in\s+.+)$/i.exec(s);
  if (m) return `is anything on ${/this room|here/i.test(m[1]!) ? 'in here' : m[1]}`;
  // "how cold is it outdoors" / "how warm is it out there"
  m = /^how\s+(?:cold|warm|hot|chilly|mild)\s+is\s+it\s+(?:outdoors|outside|out\s+there|out)$/i.exec(s);
  if (m) return "what's the outside temperature";
  // "how warm has it got in the living room today"
  m = /^how\s+(cold|warm|hot)\s+(?:has|did)\s+it\s+(?:got|get|gotten|been)\s+(in\s+.+?)(?:\s+(?:today|so\s+far|this\s+morning))?$/i.exec(s);
  if (m) return `how ${m[1]} is it ${m[2]}`;
  return null;
}

const ING: Record<string, string> = {
  turning: 'turn', switching: 'switch', opening: 'open', closing: 'close', locking: 'lock', unlocking: 'unlock', skipping: 'skip',
  setting: 'set', putting: 'put', dimming: 'dim', pausing: 'pause', starting: 'start', stopping: 'stop', running: 'run',
};

/** The rewrites' patterns, built once (round 27p). */
const STATE_OR = new RegExp(String.raw`^(.+?)\s*(?:,|-|—|:)\s*(${STATE_RE})\s+or\s+(?:(?:${STATE_RE})|not)$`, 'i');
const STATE_ASKED = new RegExp(String.raw`^(.+?)\s*(?:,|-|—|:)\s*(?:did|has|have|is|are|was|were)\s+(?:it|they)\s+(?:still\s+|actually\s+|really\s+)?(?:get\s+|got\s+|gotten\s+|been\s+)?(${STATE_RE})$`, 'i');
const ANY_STILL = new RegExp(String.raw`^(.+?)\s*(?:,|-|—|:)\s*(are\s+|is\s+)?(any|all)(?:\s+of\s+them)?\s+(still\s+)?(${STATE_RE})$`, 'i');
const MIND_ING = new RegExp(String.raw`^(?:would|do)\s+you\s+mind\s+(${Object.keys(ING).join('|')})\b`, 'i');
const WRAPPED = new RegExp(String.raw`^(.+?)(?:\s*,\s*|\s+)(?:if\s+it'?s\s+not\s+too\s+much\s+(?:trouble|bother)|if\s+you\s+don'?t\s+mind|(?:please\s*,?\s*)?${THANKS_MORE})$`, 'i');
const WOULD_BE_NICE = new RegExp(String.raw`^(.+?)\s+(?:would|'d|could)\s+be\s+(?:really\s+|so\s+|very\s+)?${NICE}(?:\s*,?\s*(?:${THANKS}|please))?$`, 'i');
const KINDLY_HAVE = new RegExp(String.raw`^(?:kindly\s+|please\s+)+have\s+(.+?)\s+(${DONE_RE})(\s+now)?(\s+please)?$`, 'i');
const NICE_TO_HAVE = new RegExp(String.raw`^(?:it\s*'?d\s+|it\s+would\s+|would\s+)?be\s+(?:really\s+|so\s+)?${NICE}\s+to\s+have\s+(.+?)\s+(on|off|locked|unlocked|open|closed|shut)(?:\s+now)?(?:\s+please)?$`, 'i');
const GRATEFUL_IF = new RegExp(String.raw`^(?:i\s*'?d\s+be\s+|i\s+would\s+be\s+|would\s+be\s+|be\s+)?(?:really\s+|very\s+|so\s+|ever\s+so\s+)?grateful\s+if\s+(.+?)\s+(?:got|was|were|could\s+be|is|gets)\s+(${DONE_RE})(?:\s+now)?(?:\s+please)?$`, 'i');
const APPRECIATE = new RegExp(String.raw`^(?:i\s*'?d|i\s+would)\s+(?:really\s+|truly\s+|very\s+much\s+|so\s+)?appreciate\s+(?:it\s+if\s+)?(.+?)\s+(?:being|getting|got|was|were)\s+(${DONE_RE})(?:\s+now)?(?:\s+please)?$`, 'i');
const LOVE_IT_IF = new RegExp(String.raw`^(?:i\s*'?d|i\s+would)\s+(?:really\s+)?(?:love|like|appreciate)\s+it\s+if\s+you\s+(${PAST_RE})\s+(.+)$`, 'i');

/** Devices named loosely, media and scripts said loosely: the plain saying (or the sentence as it was). */
function devices(t: string, index: HomeIndex): string {
  let s = t;
  let m: RegExpExecArray | null;
  // "would you mind skipping to the next track on the tv": "please skip …"
  s = s.replace(MIND_ING, (_m, v: string) => `please ${ING[v.toLowerCase()]}`);
  // "reckon you could kick off stealth mode": a request, as "could you".
  s = s.replace(/^(?:do\s+you\s+)?(?:reckon|think)\s+you\s+(?:could|can)\s+(?=\S)/i, 'please ');
  // (a request asked with "?" is still a request: "would you mind switching off the lamp?")
  if (s !== t) s = s.replace(/\s*\?+\s*$/, '');
  // "go back to the track before"
  s = s.replace(/\b(?:go(?:ing)?\s+)?back\s+to\s+the\s+(track|song|one)\s+(?:before|before\s+this(?:\s+one)?)\b/gi, 'previous $1');
  // "carry on playing the tv from where it stopped" / "pick up the tv where it left off"
  m = /^(?:please\s+)?(?:carry\s+on|keep\s+on|continue)\s+playing\s+(.+?)(?:\s+from)?\s+where\s+(?:it|we|i|you)\s+(?:stopped|left\s+off|paused|were)(\s+please)?$/i.exec(s)
    ?? /^(?:please\s+)?pick\s+up\s+(.+?)(?:\s+from)?\s+where\s+(?:it|we|i|you)\s+(?:stopped|left\s+off|paused)(\s+please)?$/i.exec(s);
  if (m && onlyNames(m[1]!, index)) s = `resume ${m[1]}${m[2] ?? ''}`;
  // "the show's paused, hit play on the tv": the state said first is why; "hit/press play on X" is play.
  m = /^(?:the\s+)?(?:show|film|movie|programme|program|music|song|track|episode)(?:'s|\s+is|\s+has\s+been)\s+(?:paused|stopped)\s*(?:,|-|—)\s*((?:hit|press|push)\s+play\s+on\s+.+)$/i.exec(s);
  if (m) s = m[1]!;
  m = /^(?:please\s+)?(?:hit|press|push)\s+play\s+on\s+(.+?)(\s+please)?$/i.exec(s);
  if (m && onlyNames(m[1]!, index)) s = `play ${m[1]}${m[2] ?? ''}`;
  // "get that robot vacuum doing its rounds" / "set the robot off on its rounds"
  m = /^(?:please\s+)?(?:get|set|send)\s+(.+?)\s+(?:doing|off\s+on|on|going\s+on|out\s+on)\s+(?:its|a|his|her)\s+(?:rounds?|clean|job|thing|sweep)(\s+please)?$/i.exec(s);
  if (m && onlyNames(m[1]!, index) && vacuum(m[1]!, index)) s = `start ${m[1]}${m[2] ?? ''}`;
  // "tell the robot it's time to go back to its charger"
  m = /^(?:please\s+)?tell\s+(.+?)\s+(?:it'?s\s+time\s+to|to)\s+(?:go\s+|head\s+)?(?:back\s+)?(?:home|to\s+(?:its|the|his|her)\s+(?:charger|dock|base|station))(\s+(?:now|please))*$/i.exec(s);
  if (m && onlyNames(m[1]!, index) && vacuum(m[1]!, index)) s = `send ${m[1]} back to its charger`;
  // "kick off stealth mode": a script or scene set going.
  m = /^(please\s+)?kick\s+off\s+(.+?)(\s+please)?$/i.exec(s);
  if (m && onlyNames(m[2]!, index)) s = `${m[1] ?? ''}run ${m[2]}${m[3] ?? ''}`;
  // "trigger the stealth mode script we set up": who made it says nothing more.
  s = s.replace(/\b(script|scene|routine)\s+(?:that\s+|which\s+)?(?:we|i|you)\s+(?:set\s+up|made|created|wrote|added|built)(?=\s*(?:please)?$)/i, '$1');
  // "put party mode on, we've got friends over": a reason after the comma names nothing and changes nothing.
  m = /^(.+?)\s*,\s*((?:we'?ve|we\s+have|we'?re|we\s+are|the\s+\w+\s+(?:has|have|just|is|are)|guests|friends|people|company|everyone|everybody)\b.*)$/i.exec(s);
  if (m && reasonOnly(m[2]!, index)) s = m[1]!;
  // "let someone in through the sliding doors, unlock them"
  m = /^let\s+(?:someone|somebody|them|him|her|the\s+\w+)\s+in\s+(?:through|at|by|via)\s+(.+?)\s*(?:,|-|—)\s*(unlock|open)\s+(?:it|them)(\s+please)?$/i.exec(s);
  if (m && onlyNames(m[1]!, index)) s = `${m[2]} ${m[1]}${m[3] ?? ''}`;
  // "the curtain where I am" / "this door I'm standing at": the speaker's room ("here", asked when no room is known).
  s = s.replace(/^(.*?\b(?:the|this|that)\s+([\p{L} ]+?))\s+(?:(?:that|which)\s+)?(?:where\s+i\s+am|(?:i'?m|i\s+am)\s+(?:standing|sitting|stood|sat)\s+(?:at|by|next\s+to|in\s+front\s+of|near))\b/iu, (all, head: string, np: string) => (onlyNames(np, index) ? `${head.replace(/\bthis\s+(?=[\p{L} ]+$)/iu, 'the ')} here` : all));
  // "open the main valve about halfway, no more": a value said, then "no more" only bounds it.
  s = s.replace(/((?:halfway|half\s+way|\d+\s*(?:%|percent|per\s+cent)|a\s+quarter|three\s+quarters))\s*,\s*(?:no|not\s+any)\s+(?:more|further)(?=\s*(?:please)?$)/i, '$1');
  // "stop that fan spinning round and round"
  s = s.replace(/\b(round|around)\s+and\s+(?:round|around)\b/gi, '$1');
  // "bedroom lamp as bright as it goes": full.
  s = s.replace(/\b(?:as\s+bright\s+as\s+(?:it\s+(?:goes|gets|can\s+go|will\s+go)|possible|it\s+can\s+be))/gi, 'to full');
  return s;
}

function vacuum(np: string, index: HomeIndex): boolean {
  return /\b(?:robot|vacuum|hoover|vac)\b/i.test(np) || index.entities.some((e) => e.domain === 'vacuum' && np.toLowerCase().includes(e.name.toLowerCase()));
}

/** A clause that names no device, room, number or time and turns nothing around. */
function reasonOnly(clause: string, index: HomeIndex): boolean {
  if (/\b(?:not|don'?t|never|except|but|only|and|too|also|it|them|one|ones|then|turn|switch|set|open|close|lock|unlock|on|off|up|down)\b/i.test(clause)) return false;
  if (CONDITION.test(clause)) return false;
  const items = tagTokens(index, tokenize(clause));
  return items.every((x) => x.kind === 'word' && !index.nameVocab.has(x.text));
}

function polite(t: string, index: HomeIndex): string | null {
  let s = t.replace(/[.!]+$/, '');
  if (/\?\s*$/.test(s)) return null;
  // "X locked, if it's not too much trouble" / "X shut please, thank you kindly"
  const wrapped = WRAPPED.exec(s);
  if (wrapped && !/\bif\b/i.test(wrapped[1]!)) s = /\bplease\b/i.test(wrapped[1]!) ? wrapped[1]! : `${wrapped[1]} please`;
  let m: RegExpExecArray | null;
  // "X off would be nice, ta" / "countertop on would be great"
  m = WOULD_BE_NICE.exec(s);
  if (m && !CONDITION.test(m[1]!) && !/\b(?:if|not|no|never|nothing|none|being|getting|it|them|they)\b|n't/i.test(m[1]!)) return `${m[1]} please`;
  // "kindly have the kitchen switch turned off" / "please have X locked"
  m = KINDLY_HAVE.exec(s);
  if (m && onlyNames(m[1]!, index)) return `please ${DONE[m[2]!.toLowerCase().replace(/\s+/g, ' ')]} ${m[1]}`;
  // "be nice to have the cabinets off now" / "it'd be great to have the porch light on"
  m = NICE_TO_HAVE.exec(s);
  if (m && onlyNames(m[1]!, index)) return `${m[1]} ${m[2]} please`;
  // "grateful if the side door got locked" / "I'd be grateful if the lamp was turned off"
  m = GRATEFUL_IF.exec(s);
  if (m && onlyNames(m[1]!, index)) return `please ${DONE[m[2]!.toLowerCase().replace(/\s+/g, ' ')]} ${m[1]}`;
  // "I'd really appreciate the left curtain being pulled open"
  m = APPRECIATE.exec(s);
  if (m && onlyNames(m[1]!, index)) return `please ${DONE[m[2]!.toLowerCase().replace(/\s+/g, ' ')]} ${m[1]}`;
  // "I'd love it if you cranked the living room thermostat to 70"
  m = LOVE_IT_IF.exec(s);
  if (m && !CONDITION.test(m[2]!) && !/\bif\b/i.test(m[2]!)) return `please ${PAST[m[1]!.toLowerCase()]} ${m[2]}`;
  // "fan spinning at half speed" / "the ceiling fan going at 40%": how it turns says nothing more than its speed.
  m = /^(.+?)\s+(?:spinning|whirring|turning|running|going)\s+(at\s.+)$/i.exec(s);
  if (m && onlyNames(m[1]!, index) && !CONDITION.test(m[2]!.replace(/^at\s/i, ''))) return `${m[1]} ${m[2]}`;
  // "ceiling fan nearly flat out, 90 percent": the number said is the level.
  m = /^(.+?)\s+(?:nearly\s+|almost\s+|pretty\s+much\s+|just\s+about\s+)?(?:flat\s+out|full\s+(?:blast|tilt|whack|speed))\s*(?:,|-|—)\s*(\d+)\s*(%|percent|per\s+cent)(\s+please)?$/i.exec(s);
  if (m && onlyNames(m[1]!, index)) return `${m[1]} to ${m[2]}%${m[4] ?? ''}`;
  return s !== t.replace(/[.!]+$/, '') ? s : null;
}
