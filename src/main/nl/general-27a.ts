// Round 27a (issue 14): GENERAL frames for the classes blind writers miss most — questions, polite wrappers, lead-ins and
// devices called loosely — instead of more lists of sayings. Only a sentence the parser REFUSED is tried again (so nothing
// that reads today changes, and a sentence that reads costs one regex test): its frame is peeled down to the plain
// sentence, which is read with every check, and kept only when it acts with no question (a question frame: only when it
// answers — a question is never turned into an action).
//  - polite: any courtesy around a command — a softening opener ("would you be a dear and", "could I trouble you to",
//    "do you think you could", "any chance you could", "I'd be (really) grateful if you'd", "do me a favour and", "be a
//    love and", "pretty please"), a courtesy after it ("…, much appreciated", "thanks love", "if you would", "would you",
//    "for me", "when you get a chance") — peeled, repeatedly; "X <participle> please" ("the tv muted please, thank you")
//    is "<verb> X" only when a courtesy was said (alone it may be a remark);
//  - questions: "X (,) <state> or not / or <state>", "X, <question about it>" ("the robot, where is it" → "where is the
//    robot"), "is X still <spinning|going|running|burning|lit>" (on), "I wonder / do you know / can you tell me / could
//    you check / I'd like to know (if|whether) <question>";
//  - lead-ins: the clauses before the command, each ending in a pause (",", "!", ":", "…", " - ", " so "), set aside when
//    they name nothing of the home and say no number, time, condition, negation or "it" (and the command then says no
//    "it"/"them" and no plural kind without a place, which the lead-in could have said in words the home does not know);
//  - devices: a loose name of a device kind ("roomba", "robot cleaner", "robovac") read as the home's only device of
//    that kind (domain), none when the home has several.
// And two wrong actions, asked: a lead-in naming a place the home does not have ("the hallway's dark, so lights on" lit
// every light) and "play X again" read as the previous track.
import type { HomeIndex } from './name-index';
import type { NlResult } from './parser-types';
import type { NlError } from './errors';
import { tagTokens } from './tag';
import { rawTokens, tokenize } from './tokenize';
import { isPlaceWord20a } from './places-20a';

// ── polite ──
const OPENERS = [
  String.raw`(?:would|could|will|can)\s+you\s+(?:please\s+|kindly\s+|just\s+)*be\s+(?:a\s+(?:dear|love|darling|star|sweetheart|gem|doll|pal|mate)|so\s+(?:kind|good)\s+as\s+to|kind\s+enough\s+to|good\s+enough\s+to)(?:\s+and)?`,
  String.raw`be\s+a\s+(?:dear|love|darling|star|sweetheart|gem|doll|pal|mate)(?:\s+and)?`,
  String.raw`do\s+me\s+a\s+(?:favour|favor|kindness)(?:\s+and)?`,
  String.raw`(?:could|can|may)\s+i\s+(?:trouble|bother|ask)\s+you\s+to`,
  String.raw`(?:do\s+you\s+)?(?:think|reckon)\s+you\s+(?:could|can|might)`,
  String.raw`(?:is\s+there\s+)?any\s+chance\s+(?:that\s+)?you\s+(?:could|can|might)`,
  String.raw`(?:i|we)(?:'d|\s+would)\s+be\s+(?:(?:really|so|very|most|ever\s+so|super)\s+)?(?:grateful|thankful|obliged|chuffed)\s+if\s+you(?:'d|\s+would|\s+could)`,
  String.raw`(?:i|we)(?:'d|\s+would)\s+(?:really\s+|truly\s+)?(?:appreciate|love|like)\s+it\s+if\s+you(?:'d|\s+would|\s+could)`,
  String.raw`(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?like\s+you\s+to`,
  String.raw`if\s+(?:it'?s|it\s+is)\s+(?:no|not\s+too\s+much)\s+(?:trouble|bother)`,
  String.raw`pretty\s+please(?:\s+with\s+(?:sugar|a\s+cherry)\s+on\s+top)?`,
  String.raw`if\s+you\s+(?:would|could|can|will|please)`,
  String.raw`(?:would|could|will|can)\s+you\s+(?:please\s+|kindly\s+|possibly\s+|just\s+)+`,
  String.raw`(?:please|kindly|pls|plz)`,
];
const OPENER = new RegExp(String.raw`^(?:(?:${OPENERS.join('|')})\s*,?\s+)`, 'i');
const COURTESY = String.raw`(?:please|pls|plz|thanks?(?:\s+(?:a\s+lot|a\s+bunch|so\s+much|very\s+much|ever\s+so|love|mate|pal|dear|hun))?|thank\s+(?:you|u)(?:\s+(?:kindly|very\s+much|so\s+much|ever\s+so))?|ty|thx|ta(?:\s+very\s+much)?|cheers(?:\s+mate)?|much\s+appreciated|appreciated|appreciate\s+it|love|mate|dear|for\s+me|for\s+us|would\s+you|will\s+you|could\s+you|if\s+you\s+(?:would|could|please|don'?t\s+mind)|if\s+(?:that'?s|it'?s)\s+(?:ok|okay|alright|all\s+right|no\s+trouble|not\s+too\s+much\s+(?:trouble|bother))|(?:when|whenever)\s+you\s+(?:get|have|'ve\s+got)\s+a\s+(?:sec|second|moment|minute|chance|mo)|when\s+you\s+can|and\s+thank\s+you|and\s+thanks|(?:if\s+you(?:'d|\s+would)|would\s+you)\s+be\s+so\s+kind|there'?s\s+a\s+good\s+(?:lad|girl|boy|chap|fellow|un|one)|be\s+a\s+(?:dear|love|darling|star|sweetheart|gem|doll|pal|mate|treasure)|good\s+(?:lad|girl|boy|chap))`;
const TRAILER = new RegExp(String.raw`(?:(?:\s*[,.!]\s*|\s+)${COURTESY})+\s*[.!]*$`, 'i');

/** A participle said after the device, as a wish: the plain verb. */
const ENDED: Record<string, string> = {
  muted: 'mute', unmuted: 'unmute', paused: 'pause', locked: 'lock', unlocked: 'unlock', closed: 'close', shut: 'close', opened: 'open',
  'turned off': 'turn off', 'switched off': 'turn off', 'turned on': 'turn on', 'switched on': 'turn on', dimmed: 'dim', stopped: 'stop', started: 'start',
  'shut off': 'turn off', 'pulled open': 'open', 'drawn open': 'open', 'pulled back': 'open', 'pulled shut': 'close', 'drawn shut': 'close',
  'pulled closed': 'close', 'drawn closed': 'close',
};
const ENDED_RE = new RegExp(String.raw`^((?:(?:the|my|our)\s+)?[\p{L}' ]+?)\s+(${Object.keys(ENDED).sort((a, b) => b.length - a.length).map((k) => k.replace(' ', String.raw`\s+`)).join('|')})$`, 'iu');

/** Peels courtesies around a command (null when there is none). */
function polite(t: string, index: HomeIndex): string | null {
  let s = t.replace(/\s*[.!]+$/, '');
  let courtesy = false;
  for (let k = 0; k < 4; k++) {
    const before = s;
    s = s.replace(TRAILER, '').replace(OPENER, '').trim();
    if (s === before) break;
    s = s.replace(/^(?:and|,)\s+/i, '').trim();
    courtesy = true;
  }
  // ("could we have party mode", "can I get the side door locked", "let's have the lamp on": asking to have it so)
  const have = /^(?:(?:could|can|may)\s+(?:we|i)\s+(?:have|get)|let'?s\s+have|let\s+us\s+have)\s+(.+?)(?:\s+(on|off|open|closed|locked|unlocked|shut))?$/i.exec(s);
  if (have && onlyNames(have[1]!, index)) {
    s = have[2] ? `${have[1]} ${have[2]}` : `turn on ${have[1]}`;
    courtesy = true;
  }
  // (a bare name says nothing to do; "and X, please" carries a verb from before — neither is a command of its own)
  if (!courtesy || s === '' || /\?$/.test(s) || /^(?:and|also|plus|then)\b/i.test(t.trim()) || onlyNames(s, index)) return null;
  const m = ENDED_RE.exec(s);
  if (m && onlyNames(m[1]!, index)) s = `${ENDED[m[2]!.toLowerCase().replace(/\s+/g, ' ')]} ${m[1]}`;
  return s;
}

const NICE = String.raw`(?:nice|great|lovely|good|grand|brilliant|ace|handy|perfect|wonderful|fab|fantastic|super|helpful|ideal|smashing|marvellous|chuffed|grateful|thankful|happy|glad|pleased|delighted|obliged)`;
const WISH_STATE = String.raw`(?:(?:turned|switched)\s+(?:on|off)|shut\s+off|(?:pulled|drawn)\s+(?:open|shut|closed|back)|on|off|open|opened|closed|shut|locked|unlocked|muted|unmuted|paused|stopped)`;
const WISH_INTRO = String.raw`^(?:(?:i|we|it|that)(?:'d|\s+would)\s+|would\s+|'d\s+)?(?:be\s+)?(?:(?:really|so|very|ever\s+so|most|super|just)\s+)*${NICE}\s+`;
const WISH_NICE = new RegExp(String.raw`${WISH_INTRO}(?:if|to\s+(?:have|get|see))\s+(.+?)\s+(?:(?:was|were|got|gets|could\s+be|would\s+be|went)\s+)?(${WISH_STATE})$`, 'i');
const WISH_IF = new RegExp(String.raw`^if\s+(.+?)\s+(?:was|were|got|could\s+be|went)\s+(${WISH_STATE})\s*,?\s*(?:that|it)(?:'d|\s+would)\s+be\s+(?:(?:really|so|very|just)\s+)?${NICE}$`, 'i');
const WISH_APPRECIATE = new RegExp(String.raw`^(?:i|we)(?:'d|\s+would)\s+(?:really\s+|truly\s+|very\s+much\s+|so\s+)?(?:appreciate|love|like|prefer)\s+(?:it\s+if\s+)?(.+?)\s+(?:(?:being|getting|got|was|were)\s+)?(${WISH_STATE})$`, 'i');
/** How a device should end, said in a wish: the plain command. */
function wished(np: string, end: string): string {
  const e = end.toLowerCase().replace(/\s+/g, ' ');
  if (e === 'on' || e === 'off') return `${np} ${e}`;
  if (e === 'open') return `open ${np}`;
  return `${ENDED[e]} ${np}`;
}
/** A wish about how a device should end: "it'd be brilliant to get the back door locked", "I'd be chuffed if the tv was
 *  muted", "if the side door got locked that'd be great", "I'd appreciate the tv off" (null when none). Never with "is"
 *  ("if the side door is locked" is a condition). */
function wish(t: string, index: HomeIndex): string | null {
  const s = t.trim().replace(/\s*[.!]+$/, '').replace(TRAILER, '').replace(/\s+(?:now|right\s+now|please)$/i, '');
  const m = WISH_NICE.exec(s)
    ?? WISH_IF.exec(s)
    ?? WISH_APPRECIATE.exec(s);
  if (!m || !onlyNames(m[1]!, index)) return null;
  return wished(m[1]!, m[2]!);
}

/** Words that turn a frame into something else: a denial, a condition, a time, a pronoun. */
const NOT_SAFE = /\b(?:not|never|no|don'?t|doesn'?t|isn'?t|aren'?t|won'?t|unless|if|when|whenever|once|until|till|after|before|while|it|them|they|except|only)\b|n't\b/i;

// ── questions ──
const STATE: Record<string, string> = {
  locked: 'locked', unlocked: 'unlocked', open: 'open', opened: 'open', closed: 'closed', shut: 'closed', on: 'on', off: 'off',
};
const STATE_RE = Object.keys(STATE).join('|');
const ACTIVE = 'spinning|going|running|burning|glowing|lit|whirring|turning|blowing|playing';

const Q_OR_NOT = new RegExp(String.raw`^(?:is\s+|are\s+)?(.+?)\s*[,:-]?\s+(?:is\s+|are\s+)?(?:it\s+|they\s+)?(${STATE_RE})\s+or\s+(?:${STATE_RE}|not)$`, 'i');
const Q_STATE_FIRST = new RegExp(String.raw`^(${STATE_RE})(?:\s+or\s+(?:${STATE_RE}|not))?\s*[?,:-]\s*(.+)$`, 'i');
const Q_STILL = new RegExp(String.raw`^(is|are)?\s*(.+?)\s+still\s+(?:${ACTIVE})$`, 'i');
const Q_GOING = new RegExp(String.raw`^(is|are)?\s*(.+?)\s+(?:${ACTIVE})\s*\?+$`, 'i');

function question(t: string, index: HomeIndex): string | null {
  const s = t.trim().replace(/\s*\?+$/, '');
  let m: RegExpExecArray | null;
  // "back door locked or not" / "the valve open or shut"
  m = Q_OR_NOT.exec(s);
  if (m && onlyNames(m[1]!, index)) return `is ${m[1]} ${STATE[m[2]!.toLowerCase()]}`;
  // "locked? the front door" / "on or off, the garage light"
  m = Q_STATE_FIRST.exec(t.trim().replace(/\s*\?+$/, ''));
  if (m && onlyNames(m[2]!, index)) return `is ${m[2]} ${STATE[m[1]!.toLowerCase()]}`;
  // "is the fan still spinning" / "the telly still going?"
  m = Q_STILL.exec(s);
  if (m && onlyNames(m[2]!, index)) return `${m[1] ?? 'is'} ${m[2]} on`;
  // "fan spinning?" / "is the telly going?": only asked with "?" ("fan spinning at half speed" is a command)
  m = Q_GOING.exec(t.trim());
  if (m && onlyNames(m[2]!, index)) return `${m[1] ?? 'is'} ${m[2]} on`;
  // "what's the shade doing" / "what's the robot up to"
  m = /^(?:what'?s|what\s+is|what\s+are)\s+(.+?)\s+(?:doing|up\s+to)(?:\s+(?:now|right\s+now|at\s+the\s+moment))?$/i.exec(s);
  if (m && onlyNames(m[1]!, index)) return `what's the state of ${m[1]}`;
  // "whats the office like temperature wise" / "how's the living room humidity-wise"
  m = /^(?:what'?s|whats|what\s+is|how'?s|how\s+is)\s+(?:the\s+)?(.+?)\s+(?:like\s+)?(temperature|humidity)[-\s]?wise$/i.exec(s);
  if (m) return `what's the ${m[2]!.toLowerCase()} in the ${m[1]}`;
  // "the robot, where is it" / "the office thermostat - what's it set to"
  m = /^(.+?)\s*[,:-]\s*((?:where|what|how|is|are|was|did|has|have|does)\b.*?\b(?:it|they|that|them)\b.*)$/i.exec(s);
  if (m && onlyNames(m[1]!, index) && !/\b(?:it|they|that|them)\b.*\b(?:it|they|that|them)\b/i.test(m[2]!)) {
    return m[2]!.replace(/\b(?:it|they|that|them)\b/i, m[1]!).replace(/'s\b/, ' is');
  }
  // "I wonder if the fan is still on" / "do you know whether the side door's locked"
  m = /^(?:(?:i\s+)?wonder|i'?m\s+wondering|i\s+was\s+wondering|(?:i'?d|i\s+would)\s+like\s+to\s+know|do\s+you\s+know|(?:can|could)\s+you\s+(?:tell\s+me|check|see|find\s+out)|tell\s+me|check|(?:let|lemme)\s+(?:me\s+)?know)\s+(?:if|whether)\s+(.+?)\s+(is|are|'s)\s+(.+)$/i.exec(s);
  if (m && !NOT_SAFE.test(m[3]!)) return `${m[2] === "'s" ? 'is' : m[2]!.toLowerCase()} ${m[1]} ${m[3]}`;
  return null;
}

// ── lead-ins ──
/** Words a lead-in set aside never has: a condition, a time, a wait, a denial, a pronoun, how a room is. */
const LEAD_KEEPS = new Set(['if', 'when', 'whenever', 'once', 'unless', 'until', 'till', 'after', 'before', 'at', 'by', 'in', 'every', 'each',
  'tomorrow', 'tonight', 'later', 'soon', 'morning', 'evening', 'afternoon', 'night', 'noon', 'midnight', 'minute', 'minutes', 'hour', 'hours',
  'second', 'seconds', 'am', 'pm', 'then', 'first', 'for', 'wait', 'not', 'no', 'never', "n't", 'dont', 'except', 'but', 'only', 'leave', 'keep',
  'it', 'them', 'they', 'those', 'these', 'this', 'that', 'there', 'here', 'one', 'ones', 'too', 'dark', 'bright', 'loud', 'noisy', 'quiet',
  'hot', 'cold', 'warm', 'cool', 'open', 'closed', 'shut', 'locked', 'unlocked', 'turn', 'switch', 'set', 'lock',
  'unlock', 'close', 'dim', 'start', 'stop', 'pause', 'play', 'mute', 'put', 'make', 'run', 'all', 'everything', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'today', 'again',
  // (a correction or a step carried over: "instead, …", "I meant …", "also …")
  'instead', 'rather', 'cancel', 'undo', 'revert', 'meant', 'mean', 'wrong', 'mistake', 'also', 'as', 'same', 'other', 'another', 'more', 'less']);
const PEOPLE = new Set(['everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nobody', 'people']);
const POINTS_BACK = new Set(['it', 'them', 'they', 'those', 'these', 'that', 'there', 'same', 'too', 'also']);

function setAside(lead: string, index: HomeIndex): boolean {
  const raw = rawTokens(lead);
  if (raw.length === 0 || raw.length > 8) return false;
  const words = raw.filter((w, k) => !((w === 'it' || w === 'that' || w === 'here') && (raw[k + 1] === 'is' || raw[k + 1] === "'s")));
  if (words.some((w) => LEAD_KEEPS.has(w) || /\d/.test(w) || isPlaceWord20a(w))) return false;
  // ("going on holiday": a state word with no device; "everyone's asleep": people, no device)
  return tagTokens(index, tokenize(lead)).every((x) => (x.kind === 'word' && !index.nameVocab.has(x.text)) || (x.kind === 'state' && !index.nameVocab.has(x.text))
    || (x.kind === 'noun' && PEOPLE.has(x.text)));
}

/** The command after the lead-in clauses, or null. */
function leadIn(t: string, index: HomeIndex): string | null {
  let rest = t.trim();
  let peeled = false;
  for (let k = 0; k < 3; k++) {
    const m = /^(.*?)(?:\s*(?:[,!:;]|\.{2,}|…)+\s*|\s+[-—–]\s+|\s+(?=so\s))(.+)$/s.exec(rest);
    if (!m || !setAside(m[1]!, index)) break;
    rest = m[2]!.trim().replace(/^(?:(?:so|and|then|now|ok|okay)\s*,?\s*)+/i, '').trim();
    peeled = true;
  }
  if (!peeled || rest === '') return null;
  if (rawTokens(rest).some((w) => POINTS_BACK.has(w))) return null;
  const items = tagTokens(index, tokenize(rest));
  // (a plural kind with no place: the lead-in may have said where in words the home does not know)
  if (!items.some((x) => x.kind === 'area' || x.kind === 'floor') && items.some((x) => x.kind === 'noun' && x.plural)) return null;
  return rest;
}

// ── devices ──
/** Loose names of a kind of device, by domain: read as the home's only device of that domain. */
const LOOSE: readonly [RegExp, string][] = [
  [/\b(?:the\s+|my\s+|our\s+)?(?:idiot\s+box|goggle\s*box|boob\s+tube|gogglebox)\b/gi, 'media_player'],
  [/\b(?:the\s+|my\s+|our\s+)?(?:stop\s*cock|water\s+shut\s*off(?:\s+valve)?)\b/gi, 'valve'],
  [/\b(?:the\s+|my\s+|our\s+)?(?:roomba|robovac|robo\s*vac|robot\s+(?:cleaner|hoover|vac)|cleaning\s+robot|vacuum\s+robot)\b/gi, 'vacuum'],
];
function devices(t: string, index: HomeIndex): string | null {
  let s = t;
  for (const [re, domain] of LOOSE) {
    if (!re.test(s)) continue;
    re.lastIndex = 0;
    const only = index.entities.filter((e) => e.domain === domain);
    if (only.length !== 1) return null;
    s = s.replace(re, `the ${only[0]!.name}`);
  }
  return s === t ? null : s;
}

/** Helpers. */
function onlyNames(np: string, index: HomeIndex): boolean {
  if (NOT_SAFE.test(np)) return false;
  const items = tagTokens(index, tokenize(np));
  return items.length > 0 && items.some((x) => x.kind === 'entity' || x.kind === 'noun' || (x.kind === 'word' && index.nameVocab.has(x.text)))
    && items.every((x) => ['entity', 'noun', 'area', 'floor'].includes(x.kind) || (x.kind === 'word' && (['the', 'my', 'our', 'that', 'this', 'left', 'right', 'in', 'on'].includes(x.text) || index.nameVocab.has(x.text))));
}

const acts = (r: NlResult): boolean => !r.error && r.actions.length > 0 && r.answer === undefined;
const answers = (r: NlResult): boolean => !r.error && r.actions.length === 0 && r.answer !== undefined;
const asked = (text: string, error: NlError): NlResult => ({ text, intent: null, slots: {}, actions: [], error });

let depth = 0;
/** `done`: the sentence as read. A refused sentence peeled of its frame and read again; two wrong actions asked. */
export function general27a(text: string, done: NlResult, index: HomeIndex, read: (t: string) => NlResult): NlResult {
  if (done.actions.length > 0) return wrong(text, done, index, read);
  if (!done.error || depth > 2) return done;
  depth++;
  try {
    const q = question(text, index);
    if (q !== null) {
      const r = read(q);
      if (answers(r)) return { ...r, text };
    }
    if (/\?\s*$/.test(text)) return done;
    for (const plain of [polite(text, index), wish(text, index), leadIn(text, index), devices(text, index)]) {
      if (plain === null || plain.toLowerCase() === text.trim().toLowerCase()) continue;
      const r = read(plain);
      if (acts(r)) return { ...r, text };
    }
    return done;
  } finally {
    depth--;
  }
}

/** "the hallway's dark, so lights on" (a place the home does not have, said in a lead-in, then a kind with no place): asked.
 *  "play the tv again" read as the previous track: resumed. */
function wrong(text: string, done: NlResult, index: HomeIndex, read: (t: string) => NlResult): NlResult {
  const lower = text.toLowerCase();
  const lead = /^(.*?)(?:[,!:;]|\sso\s|\s-\s)/.exec(lower)?.[1];
  if (lead !== undefined) {
    const place = rawTokens(lead).find((w) => isPlaceWord20a(w) && !index.nameVocab.has(w));
    if (place !== undefined) {
      const items = tagTokens(index, tokenize(lower));
      if (!items.some((x) => x.kind === 'area' || x.kind === 'floor' || x.kind === 'entity')) {
        return asked(text, { code: 'UNKNOWN_NAME', message: `I don't know a room called "${place}". Which room do you mean?` });
      }
    }
  }
  // ("play it again" may be the track: left as it reads)
  if (/^(?:please\s+)?play\s+(.+?)\s+again\b/i.test(lower) && !/\b(?:song|track|last|previous|before|back|one|it|them|that|this)\b/.test(lower)
    && done.actions.every((a) => a.service === 'media_previous')) {
    const m = /^(?:please\s+)?play\s+(.+?)\s+again\b(.*)$/i.exec(text.trim())!;
    const r = read(`resume ${m[1]}${m[2]}`);
    if (acts(r) && r.actions.every((a) => a.service === 'media_play')) return { ...r, text };
    return asked(text, { code: 'NOT_UNDERSTOOD', message: `Play ${m[1]} from where it stopped, or the previous track?` });
  }
  return done;
}
