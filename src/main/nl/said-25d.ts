// Round 25d: dev19's refused polite, misspelt and lead-in sentences, as classes. Only when the whole sentence was refused
// (or, for "mind if …", answered as a question), a plain way of saying it is read instead, and kept only when it acts
// with no question and does what the saying can mean (a light brightened, a scene activated …):
//  - a wish about how a device should end: "I'd be grateful if the kitchen lights went off", "mind if the play corner
//    light goes off?", "I was wondering whether the valve could be shut", "it would be lovely if the tv were muted" →
//    "turn off the kitchen lights", "close the valve", "mute the tv";
//  - sayings: "pull the plug on the fan" (off), "give the lamp a bit more juice" (brighter), "I'd love some light in the
//    bedroom" (its lights on), "have the robot clean" (start it);
//  - a reason after the command: "please silence the tv, the ads are deafening" (the tail names nothing of the home,
//    no value, state, time or "it");
//  - misspellings with one reading: a command verb one key off that is no English word ("opem"), "tele" (telly), a
//    colour one letter off ("blu"), "seen" ending a scene's name, "paws" before a player, "wot's on the telly";
//  - a lead-in that only says why, what for or where the speaker is: "as I'm working late tonight, …", "while I'm out,
//    …", "for the party tonight please …", "right, listen up: …", "so the plan is, …", "I'm in here making dinner, so
//    …" — never one naming a device, room, number, clock time, wait or condition;
//  - after such a lead-in, parts said as how a device ends: "tv muted", "rover starts cleaning", "the kitchen cabinets go
//    off" (never alone: "in ten minutes the fan goes off" is a remark, as rounds 17 and 21e ask);
//  - after "I'm in here …", "switch on the lights in here and the fan in the living room": each thing with its own place is
//    its own step (without it, round 24a asks).
import type { HomeIndex } from './name-index';
import type { NlResult } from './parser';
import type { NlAction } from './actions';
import { rawTokens, tokenize } from './tokenize';
import { tagTokens } from './tag';
import { COLOR_PHRASES } from './colors';
import { isEnglishWord21c } from './unknown-21c';
import { GRAMMAR_WORDS, LEXICON_WORDS } from './lexicon';

const VERBS = ['open', 'close', 'shut', 'lock', 'unlock', 'turn', 'switch', 'dim', 'mute', 'unmute', 'pause', 'start', 'stop', 'play', 'raise', 'lower',
  'activate', 'brighten', 'resume', 'toggle'];
/** How a device should end, said after it → the verb that gets it there. */
const END_VERB: Record<string, string> = {
  off: 'turn off', on: 'turn on', muted: 'mute', unmuted: 'unmute', paused: 'pause', locked: 'lock', unlocked: 'unlock', closed: 'close', shut: 'close',
  opened: 'open', open: 'open', dimmed: 'dim', stopped: 'stop', started: 'start', start: 'start', starts: 'start', begins: 'start',
  cleaning: 'start', cleans: 'start', clean: 'start', resumed: 'resume', brightened: 'brighten',
};
const END = String.raw`(?:(?:turned|switched|put|set)\s+)?(off|on|muted|unmuted|paused|locked|unlocked|closed|shut|opened|open|dimmed|stopped|started|resumed|brightened|(?:starts|start|begins)(?:\s+(?:cleaning|vacuuming|hoovering))?|cleans|cleaning)`;
/** Verbs of becoming said in a list of steps: present only ("went off", "is off" may tell how it was or is). */
const AUX = String.raw`(?:goes|go|turns|comes?|gets?)`;

/** A part's pattern for each auxiliary list, built once (round 27p). */
const PART_PATTERNS = new Map<string, RegExp>();
function partPattern(aux: string): RegExp {
  let re = PART_PATTERNS.get(aux);
  if (!re) PART_PATTERNS.set(aux, (re = new RegExp(String.raw`^((?:the|my|our|all|both)\s+)?(.+?)\s+(${aux}\s+)?${END}$`, 'i')));
  return re;
}

/** One part said as how a device ends ("tv muted", "rover starts cleaning", "the valve could be shut") → verb first. */
function plainPart(part: string, aux: string, bare: boolean): string {
  const p = part.trim();
  const m = partPattern(aux).exec(p);
  if (!m) return p;
  const what = `${m[1] ?? ''}${m[2]}`;
  // ("the tv muted", "the front door locked" said alone may be a remark or a question: only in a list of steps)
  if (!m[3] && !bare && !/^(?:starts?|begins|cleans|cleaning)/i.test(m[4]!)) return p;
  // (the thing must be a thing: no verb, pronoun, denial, state or joining word in it)
  if (/\b(?:it|them|this|that|if|when|you|i|we|to|and|then|please|not|never|no|stay|stays|remain|remains|keep|keeps|still|is|are|was|were|be|been|being|do|does|did|should|must|will|would|could|can|may|might|in|at|from|now|by|after|before|until|till|for|mins?|minutes?|hours?|seconds?|tonight|tomorrow|today|later|soon)\b|n't\b|'s\b|\d/i.test(what) || (VERBS.includes(m[2]!.split(/\s+/)[0]!.toLowerCase()) && /\s(?:the|my|our|a|all)\s/i.test(` ${m[2]} `))) return p;
  const end = m[4]!.toLowerCase().split(/\s+/)[0]!;
  // ("X off"/"X on" said plainly is read already; only with a verb of becoming in between is it rewritten)
  if ((end === 'off' || end === 'on') && !m[3]) return p;
  return `${END_VERB[end]} ${what}`;
}
/** Every part of a list said so. */
function plainParts(text: string, aux = AUX): string {
  const parts = text.split(/(\s*,\s*|\s+and\s+|\s+then\s+)/i);
  return parts.map((x, k) => (k % 2 === 0 ? plainPart(x, aux, parts.length > 1) : x)).join('');
}
/** In a wish, a way of becoming ("went", "were", "could be"): never "is"/"are", which ask how it is now ("mind if the tv is
 *  on?"); after "wondering/wonder", only "could/would/can/might be" ("I was wondering whether the valve was shut" asks). */
const WISH_AUX = String.raw`(?:was|were|be|gets?|got|goes|go|went|turns|comes?|came|could\s+be|would\s+be|can\s+be|might\s+be|will\s+be|to\s+be)`;
const WONDER_AUX = String.raw`(?:could\s+be|would\s+be|can\s+be|might\s+be)`;

const GRATEFUL = String.raw`(?:(?:i|we)(?:'d|\s+would|\s+will|'ll)\s+be\s+(?:(?:really|so|very|most|ever\s+so)\s+)?(?:grateful|thankful|happy|glad|pleased|delighted)|(?:i|we)(?:'d|\s+would)\s+(?:really\s+)?(?:appreciate|love|like)\s+it|(?:it|that)(?:'d|\s+would)\s+be\s+(?:really\s+|so\s+)?(?:great|nice|lovely|good|brilliant|ideal|handy|helpful|perfect|wonderful|super)|(?:do\s+|would\s+)?(?:you\s+)?mind|(?:i|we)\s+(?:was|were|am|are|'m|'re)\s+(?:just\s+)?wondering|(?:i\s+)?wonder)\s+(?:if|whether)`;

const GRATEFUL_WISH = new RegExp(String.raw`^(?:(?:please|hey|ok|okay|so|um|erm)\s*,?\s+)*${GRATEFUL}\s+(.+?)\s*(?:,?\s*please)?\s*[?.!]*$`, 'i');

/** "I'd be grateful if the kitchen lights went off", "mind if I switch off the tv?" → the request. */
function wish(text: string): string | null {
  const m = GRATEFUL_WISH.exec(text.trim());
  if (!m) return null;
  let clause = m[1]!;
  // ("… if you could close the valve", "mind if I switch off the tv")
  const you = /^(?:you|i|we)\s+(?:could|would|'d|can|might|just)?\s*(.+)$/i.exec(clause);
  if (you && VERBS.includes(you[1]!.split(/\s+/)[0]!.toLowerCase())) return you[1]!;
  if (/^(?:you|i|we)\b/i.test(clause)) return null;
  if (/\b(?:not|never|no)\b|n't\b/i.test(clause)) return null;
  clause = plainParts(clause, /\bwonder/i.test(text) ? WONDER_AUX : WISH_AUX);
  return clause === m[1] ? null : clause;
}

/** Sayings: "pull the plug on X", "give X a bit more juice", "I'd love some light in the bedroom", "have the robot clean". */
function saying(text: string): { text: string; fits: (a: NlAction) => boolean } | null {
  const t = text.trim().replace(/\s*[.!]+$/, '');
  const plug = /^((?:please\s+)?)(?:pull|yank)\s+the\s+plug\s+(?:on|of|for)\s+(.+)$|^((?:please\s+)?)(?:cut|kill)\s+(?:the\s+)?(?:power|juice|electricity)\s+(?:to|on|for)\s+(.+)$/i.exec(t);
  if (plug) return { text: `${plug[1] ?? plug[3] ?? ''}turn off ${plug[2] ?? plug[4]}`, fits: (a) => a.service === 'turn_off' };
  const juice = /^((?:please\s+)?)give\s+(.+?)\s+(?:a\s+(?:bit|little|touch|tad)\s+|some\s+|a\s+bit\s+of\s+|a\s+little\s+)?(more|less)\s+(?:juice|power|oomph|welly)(\s+please)?$/i.exec(t);
  if (juice) {
    const up = juice[3]!.toLowerCase() === 'more';
    return { text: `${juice[1]}${up ? 'brighten' : 'dim'} ${juice[2]}${juice[4] ?? ''}`, fits: (a) => a.entity.startsWith('light.') && a.service === 'brightness_step' && ((a.data as { step?: number }).step ?? 0) * (up ? 1 : -1) > 0 };
  }
  const light = /^(?:(?:i|we)(?:'d|\s+would)\s+(?:love|like|appreciate)|(?:i|we)\s+(?:want|need)|(?:could|can|may)\s+(?:i|we)\s+(?:get|have))\s+(?:some|a\s+(?:bit|little)\s+of)\s+light\s+((?:in|on|at)\s+(?:the|my|our)\s+.+?|(?:in\s+)?here)(\s+please)?\s*\??$/i.exec(t);
  if (light) return { text: `turn on the lights ${light[1]}`, fits: (a) => a.entity.startsWith('light.') && a.service === 'turn_on' };
  const robot = /^(.*?\b(?:and|then|,|please)?\s*)(?:have|get|let|make|send)\s+((?:the|my|our)\s+(?:robot|vacuum|hoover|roomba|robot\s+vacuum)|rover)\s+(?:clean|vacuum|hoover|go)(?:\s+up)?(?:\s+(?:(in)\s+)?((?:the\s+)?[a-z]+(?:\s+room)?))?$/i.exec(t);
  if (robot) return { text: `${robot[1]}start ${robot[2]}${robot[4] ? ` in ${robot[4]}` : ''}`, fits: () => true };
  return null;
}

/** A reason after the command: "please silence the tv, the ads are deafening". The tail after the last comma must name
 *  nothing of the home and say nothing a step could take (a value, a state, a place, a time, "it"). */
const NOT_REASON = /\b(?:on|off|open|closed|shut|locked|unlocked|up|down|muted|paused|it|them|they|this|that|those|these|here|there|one|ones|all|every|both|and|then|but|also|too|please|if|when|until|till|unless|before|after|in|at|for|not|no|instead|except|only|left|right|other|same|want|need|should|could|would|can|minutes?|hours?|tonight|tomorrow|later|percent|degrees?)\b|\d|%/i;
function reasonTail(text: string, index: HomeIndex): string | null {
  const m = /^(.+?)\s*,\s*((?:the|my|our|these|those)?\s*[a-z']+(?:'s|'re|\s+is|\s+are|\s+keeps?|\s+was|\s+were)\s+[a-z' ]+?)\s*[.!]*$/i.exec(text.trim());
  if (!m || NOT_REASON.test(m[2]!)) return null;
  const tail = rawTokens(m[2]!);
  if (tail.length < 3 || tail.length > 8) return null;
  if (tagTokens(index, tokenize(m[2]!)).some((x) => x.kind !== 'word' || index.nameVocab.has(x.text))) return null;
  return m[1]!;
}

// ── misspellings ──
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function nextKeys(a: string, b: string): boolean {
  for (let r = 0; r < 3; r++) {
    const i = ROWS[r]!.indexOf(a);
    if (i < 0) continue;
    for (const rr of [r - 1, r, r + 1]) {
      const row = ROWS[rr];
      if (!row) continue;
      for (const d of [-1, 0, 1]) if (row[i + d] === b && !(rr === r && d === 0)) return true;
    }
  }
  return false;
}
/** One slip apart: a letter dropped, added, a neighbouring key, or two letters swapped. */
function oneSlip(w: string, v: string): boolean {
  if (w === v) return false;
  if (w.length === v.length) {
    const diff = [...w].map((c, k) => (c === v[k] ? -1 : k)).filter((k) => k >= 0);
    if (diff.length === 1) return nextKeys(w[diff[0]!]!, v[diff[0]!]!);
    return diff.length === 2 && diff[1] === diff[0]! + 1 && w[diff[0]!] === v[diff[1]!] && w[diff[1]!] === v[diff[0]!];
  }
  const [s, l] = w.length < v.length ? [w, v] : [v, w];
  if (l.length - s.length !== 1 || s.length < 3) return false;
  for (let k = 0; k < l.length; k++) if (l.slice(0, k) + l.slice(k + 1) === s) return true;
  return false;
}
const COLOURS = (): string[] => [...COLOR_PHRASES.keys()].filter((c) => /^[a-z]{3,}$/.test(c));
function spelt(text: string, index: HomeIndex): string {
  const known = (w: string): boolean => index.nameVocab.has(w) || isEnglishWord21c(w) || LEXICON_WORDS.has(w) || GRAMMAR_WORDS.has(w) || (/(?:ed|ing|s)$/.test(w) && VERBS.some((v) => w.startsWith(v)));
  let t = text.replace(/\btele\b/gi, 'telly');
  // (a command verb one key off, where a command starts, that is no English word: "opem the shade")
  t = t.replace(/(^|\b(?:please|and|then|now)\s+|,\s*)([a-z]{4,8})\b/gi, (all, before: string, w: string) => {
    const lw = w.toLowerCase();
    if (known(lw) || VERBS.includes(lw)) return all;
    const near = VERBS.filter((v) => oneSlip(lw, v));
    return near.length === 1 ? `${before}${near[0]}` : all;
  });
  // (a colour one slip off, said as the end: "to blu", "on purpel")
  t = t.replace(/\b(to|on|in|go|turn)\s+([a-z]{3,8})\s*([.!]*)$/i, (all, p: string, w: string, end: string) => {
    const lw = w.toLowerCase();
    if (known(lw) || COLOR_PHRASES.has(lw)) return all;
    const near = COLOURS().filter((c) => oneSlip(lw, c) || (c.startsWith(lw) && c.length === lw.length + 1));
    return near.length === 1 ? `${p} ${near[0]}${end}` : all;
  });
  // ("the party mode seen": a scene's name, then "seen")
  t = t.replace(/\b(?!(?:the|a|an|my|our|this|that)\s)(\w+)\s+(?:seen|sene|scean|seene)(?=\s*(?:$|[,.!]|\s(?:and|then|please|now)\b))/gi, '$1 scene');
  // ("paws the telly", "paws wot's on the telly")
  t = t.replace(/^((?:please\s+)?)(?:paws|pawz|pors|porz)\s+(?=(?:the|my|our|wot'?s|what'?s)\s)/i, '$1pause ');
  t = t.replace(/\b(pause|mute|stop|silence|unmute|resume)\s+(?:wot'?s|what'?s|what\s+is|wot\s+is)\s+(?:on|playing\s+on)\s+(the|my|our)\s+(telly|tv|television|telle)\b/gi, '$1 $2 $3');
  return t;
}

// ── lead-ins ──
/** Words a lead-in set aside never has: a wait, a clock, a condition, a place said as where, "it". */
const LEAD_KEEPS = /\b(?:if|when|whenever|once|unless|until|till|after|before|at|by|in\s+(?:a|an|\d+|the\s+(?:morning|evening|afternoon|night))|minutes?|hours?|seconds?|tomorrow|o'clock|am|pm|noon|midnight|sunset|sunrise|it|them|they|those|these|that|there|every|each|daily|for\s+(?:a|an|\d+|the\s+(?:next|day|night|week))|then|first|later)\b|\d/i;
const ATTENTION = String.raw`(?:(?:right|ok|okay|alright|so|now|well|hey|hearth|listen)\s*,?\s*)*(?:listen\s+up|listen\s+here|listen|here'?s\s+the\s+(?:plan|deal|thing|idea)|(?:so\s+)?the\s+plan\s+is|here'?s\s+what\s+(?:i\s+want|i\s+need|we(?:'re|\s+are)\s+doing|we'll\s+do|to\s+do)|here\s+goes|here\s+we\s+go|attention(?:\s+please)?|(?:ok|right|alright)\s+(?:everyone|folks|all|house))`;
const REASON = String.raw`(?:(?:ok|okay|right|so|well|hey)\s*,?\s+)*(?:as|since|because|cause|cos|coz|seeing\s+as|now\s+that|given\s+that|while|whilst)\s+(?:i|we)(?:'m|'re|'ve|'ll\s+be|\s+am|\s+are|\s+have|\s+will\s+be)?\s+[a-z' ]+?`;
const HERE_DOING = String.raw`(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:in\s+here|here|back\s+here)\s+[a-z]+ing(?:\s+[a-z']+){0,4}`;
const PURPOSE = String.raw`for\s+(?:the|our|my|a|this|tonight'?s|today'?s)\s+[a-z]+(?:\s+[a-z]+)?(?:\s+(?:tonight|today|this\s+evening|this\s+afternoon|later\s+on))?`;

/** Patterns built once (round 27p). */
const LEAD_AT = new RegExp(String.raw`^(${ATTENTION}|${REASON}|${HERE_DOING})(?:\s*[,:;—–]+\s*|\s+-\s+|\s+(?=so\s))(?:(?:so|and|now|then|please)\s*,?\s+)*(.+)$`, 'i');
const PURPOSE_LEAD = new RegExp(String.raw`^(${PURPOSE})\s*,?\s+((?:please\s+)?(?:${VERBS.join('|')}|put|set|make|run|get)\b.+)$`, 'i');
const HERE_ONLY = new RegExp(`^${HERE_DOING}$`, 'i');
const ATTENTION_ONLY = new RegExp(`^${ATTENTION}$`, 'i');

function lead(text: string, index: HomeIndex): { rest: string; here: boolean } | null {
  const t = text.trim();
  const at = LEAD_AT.exec(t);
  const pm = at ? null : PURPOSE_LEAD.exec(t);
  const m = at ?? pm;
  if (!m) return null;
  const leadText = m[1]!;
  const rest = m[2]!;
  const here = HERE_ONLY.test(leadText);
  const checked = here ? leadText.replace(/\b(?:in\s+here|here)\b/i, '') : leadText;
  const attention = ATTENTION_ONLY.test(leadText);
  if (LEAD_KEEPS.test(checked.replace(/\b(?:tonight|today|this\s+evening|this\s+afternoon)\b/gi, '')) && !attention) return null;
  // (a purpose said for a wait: "for ten minutes", "for the night", "for a while" — never set aside)
  if (pm && /\b(?:minutes?|hours?|while|bit|moment|sec|second|night|day|week|weekend|now|time|rest)\b/i.test(leadText)) return null;
  if (pm && /\btonight\b/i.test(rest)) return null;
  // (a lead-in saying a part of the day, with a time said in the rest: "as I'm working late tonight, … at 10" is 22:00 — asked as said)
  if (/\b(?:tonight|today|this\s+(?:evening|afternoon|morning)|late|early)\b/i.test(leadText) && /\b(?:at|in|by|until|till|after|before|for|from|tonight|tomorrow|later|noon|midnight|am|pm|o'clock|minutes?|hours?)\b|\d\s*(?::|am|pm)/i.test(rest)) return null;
  const items = tagTokens(index, tokenize(checked));
  if (!attention && items.some((x) => x.kind !== 'word' || (index.nameVocab.has(x.text) && !['home', 'house', 'party'].includes(x.text)))) return null;
  // (what the rest could point back into the lead-in with)
  if (/\b(?:it|them|they|those|these|that|same|too|also)\b/i.test(rest)) return null;
  return { rest, here };
}

/** "switch on the lights in here and the fan in the living room": each thing said with its own place, its own step. */
function ownPlaces(text: string): string | null {
  const m = /^((?:please\s+)?(?:turn|switch|flip)\s+(?:on|off)|(?:please\s+)?(?:open|close|shut|dim|brighten|lock|unlock))\s+(.+?\s+(?:in|on)\s+(?:here|the\s+[a-z]+(?:\s+room)?))\s+and\s+((?:the|my)\s+.+?\s+(?:in|on)\s+(?:here|the\s+[a-z]+(?:\s+room)?))\s*[.!]*$/i.exec(text.trim());
  return m ? `${m[1]} ${m[2]} and ${m[1]} ${m[3]}` : null;
}

const acts = (r: NlResult): boolean => !r.error && r.actions.length > 0 && r.answer === undefined;

/** `whole`: the sentence read as said. When it was refused (or "mind if …" answered), a plain way of saying it that acts. */
export function mended25d(text: string, whole: NlResult, index: HomeIndex, read: (t: string) => NlResult, area: string | null): NlResult {
  const refused = !!whole.error && whole.actions.length === 0;
  const mindIf = /^\s*(?:(?:do|would)\s+you\s+)?mind\s+if\b/i.test(text) && whole.answer !== undefined && whole.actions.length === 0;
  if (!refused && !mindIf) return whole;
  const keep = (t: string | null, fits: (a: NlAction) => boolean = () => true, also?: (r: NlResult) => boolean): NlResult | null => {
    if (t === null || t.trim().toLowerCase() === text.trim().toLowerCase()) return null;
    const r = read(t);
    return acts(r) && r.actions.every(fits) && (!also || also(r)) ? { ...r, text } : null;
  };
  const w = wish(text);
  const byWish = keep(w);
  if (byWish || mindIf) return byWish ?? whole;
  const base = spelt(text, index);
  const s = saying(base);
  const bySaying = s ? keep(s.text, s.fits) : null;
  if (bySaying) return bySaying;
  const tail = reasonTail(base, index);
  const byTail = tail ? keep(tail) : null;
  if (byTail) return byTail;
  const l = lead(base, index);
  if (l && (!l.here || area)) {
    const rest = plainParts(l.rest);
    const again = (x: string): string => (l.here ? ownPlaces(x) : null) ?? saying(x)?.text ?? x;
    const byLead = keep(again(rest)) ?? keep(rest);
    if (byLead) return byLead;
  }
  const bySpelling = keep(base);
  return bySpelling ?? whole;
}
