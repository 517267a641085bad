// Round 28b (issue 14): generalisation in three weak classes — devices, questions, spelling. As round 27a/27b, only a
// sentence the parser refused is read again, the plain way, and the plain reading is kept only when it acts with no
// question and does what the class can mean:
//  - a scene or script named with a generic trailing word ("start the stealth mode routine", "activate the party mode
//    preset", "stealth mode routine, go"; "begin/launch/trigger/execute X" is "start X") — kept only on a scene or script;
//  - possessive fillers after a name ("that garage light of ours — on with it", "the telly of mine, off with it");
//  - a reason said after a clear command that names nothing ("close the left curtain, the sun is in my eyes", "tv off,
//    dinner's ready") — the reason is dropped only when it holds no device word, "it/them/one", number, time, "and",
//    "but", "not", "too" or "also";
//  - "I think/guess/reckon/believe X's done, send it home" ("I think" was read as a misspelt "thank"), "X's done" as
//    "X is done";
//  - a valve's state said with no verb ("main valve shut, we've got a leak", "main valve: closed") — kept only on a valve;
//  - "could/can the left shade come down / go up" — kept only on a cover;
//  - verbs of pulling a cover ("yank", "tug", "haul", "wind", "drag", "heave", "give X a tug open") read as "pull" —
//    kept only on a cover;
//  - "the vacuum ought to stop", "… should stop whatever it's doing".
// And one wrong action asked: a question "is/are the X('s) … off/on" that was read as a command ("is the telly's sound
// off" muted the TV).
import type { NlResult } from './parser-types';
import type { NlAction } from './actions';
import type { HomeIndex } from './name-index';
import { editDistance } from './fuzzy';
import { isEnglishWord21c } from './unknown-21c';
import { LEXICON_WORDS } from './lexicon';

const GATE = /\b(?:routine|scene|script|preset|sequence|macro|mode|begin|launch|trigger|execute|mine|ours|yours|theirs|think|guess|reckon|believe|suppose|done|finished|valve|come|go|yank|yanks|tug|haul|wind|drag|heave|ought|whatever|doing)\b|,|—|\s-\s|:/i;

type Fits = (a: NlAction) => boolean;
type Way = { text: string; fits: Fits };

const any: Fits = () => true;
const covers: Fits = (a) => a.entity.startsWith('cover.');
const valves: Fits = (a) => a.entity.startsWith('valve.');
const routines: Fits = (a) => a.entity.startsWith('scene.') || a.entity.startsWith('script.');

/** Words that make a trailing clause more than a reason: it names or refers to something, or says an amount or time. */
const NOT_A_REASON = /\b(?:it|its|them|they|one|ones|too|also|and|but|not|no|don't|dont|except|then|after|before|until|till|in|at|for|every|each|all|both|other|rest|lights?|lamps?|curtains?|shades?|blinds?|covers?|doors?|locks?|fans?|tv|telly|television|thermostats?|heat(?:ing)?|valve|vacuum|rover|hoover|switch(?:es)?|scene|script|mode|brightness|volume|temperature|degrees?|percent|minutes?|hours?|seconds?|o'clock|left|right|bedroom|kitchen|living|garage|office|guest|entrance|upstairs|downstairs|floor|room|please|thanks|now|again|instead|as\s+well|either|neither|nor|open|close|closed|shut|lock|locked|unlock|on|off|up|down|set|turn|switch|dim|start|stop|play|pause)\b|\d/i;

/** The plain ways of saying a refused sentence, each with what its actions may be. */
function plainWays(text: string): Way[] {
  const out: Way[] = [];
  const t = text.trim().replace(/\s+/g, ' ');

  // a scene or script with a generic trailing word: "the stealth mode routine", "party mode preset"
  const verb = t.replace(/^(?:please\s+)?(?:begin|launch|trigger|execute|kick\s+off|fire\s+up|do)\b/i, 'start');
  const gen = verb.replace(/\b(?<=\p{L}+\s+)(?:routine|scene|script|preset|sequence|macro)\b/giu, '').replace(/\s+/g, ' ').replace(/\s+([,.!])/g, '$1').trim();
  if (gen !== t) out.push({ text: gen, fits: routines });

  // possessive fillers: "that garage light of ours", "the telly of mine"
  if (/\bof\s+(?:mine|ours)\b/i.test(t)) {
    const p = t.replace(/\s+of\s+(?:mine|ours)\b/gi, '').replace(/^(?:that|this)\s+(?=\p{L})/iu, 'the ');
    out.push({ text: p, fits: any });
  }

  // "I think X's done, send it home": the lead-in dropped, "X's <state>" said as "X is <state>"
  const lead = /^(?:i\s+(?:think|guess|reckon|believe|suppose)|i'm\s+pretty\s+sure|looks\s+like)\s+(?:that\s+)?(.+)$/i.exec(t);
  const body = lead ? lead[1]! : t;
  const is = body.replace(/^((?:the\s+)?[\p{L} ]+?)'s\s+(done|finished|through|full|stuck|back|home|on|off|open|closed|shut|locked|unlocked)\b/iu, '$1 is $2');
  if (is !== t) out.push({ text: is, fits: any });

  // "the vacuum ought to stop", "… should stop whatever it's doing"
  const ought = t.replace(/\bought\s+to\b/gi, 'should')
    .replace(/\b(stop|pause|halt)\s+(?:whatever|what)\s+(?:it's|it\s+is|its|they're|they\s+are)\s+(?:doing|up\s+to)\b/gi, '$1');
  if (ought !== t) out.push({ text: ought, fits: any });

  // "could the left shade come down", "can the right curtain go up, the sun's in my eyes"
  const come = /^(?:(?:please|so)\s*,?\s+)?(?:could|can|would|will|might)\s+(?:you\s+(?:make|have|let)\s+)?(.+?)\s+(?:come|go|move|slide|roll)\s+(down|up|open|closed|shut)\b(.*)$/i.exec(t);
  if (come && !/\b(?:it|them|you|we|i)\b/i.test(come[1]!)) out.push({ text: `${come[1]} ${come[2]}${come[3]}`, fits: covers });

  // verbs of pulling a cover: "yank the right curtain fully open", "give the left curtain a tug open"
  const pull = t.replace(/\b(?:yank|tug|haul|wind|drag|heave|hoick|jerk)(?:\s+(up|down|open|back))?\b/gi, (_m, p: string | undefined) => `pull${p ? ` ${p}` : ''}`)
    .replace(/\bgive\s+(.+?)\s+a\s+(?:good\s+|quick\s+|little\s+)?(?:tug|yank|pull|heave)\s+(open|closed|shut|up|down)\b/gi, 'pull $1 $2');
  if (pull !== t) out.push({ text: pull, fits: covers });

  // a valve's state with no verb: "main valve shut", "main valve: closed"
  const valve = /^(?:the\s+)?([\p{L} ]*?\bvalve)\s*[:,—-]?\s*(closed|shut|off|open|opened|on)\b(.*)$/iu.exec(t);
  if (valve) {
    const v = valve[2]!.toLowerCase();
    out.push({ text: `${/^(?:open|opened|on)$/.test(v) ? 'open' : 'close'} the ${valve[1]}${valve[3]}`, fits: valves });
  }
  return out;
}

/** A trailing reason after a clear command: "close the left curtain, the sun is in my eyes" → the command alone. */
function withoutReason(t: string): string | null {
  const m = /^(.+?)\s*(?:,|—|\s-\s|;)\s*((?:(?:because|cause|'cause|as|since|so)\s+)?[^,—;]+?)\s*[.!]*$/i.exec(t);
  if (!m) return null;
  const reason = m[2]!;
  // (a value in the command: "the desk lamp a mere 8%, I can't read" is a complaint with a level, asked — round 17s)
  if (/\d|\b(?:percent|half|quarter|max(?:imum)?|min(?:imum)?)\b/i.test(m[1]!)) return null;
  if (NOT_A_REASON.test(reason.replace(/^(?:because|cause|'cause|as|since|so)\s+/i, '').replace(/\b(?:in\s+my\s+eyes|in\s+here|at\s+all)\b/gi, ''))) return null;
  if (!/\b(?:is|are|was|were|'s|'re|'ve|got|have|has|need|want|can't|cannot|won't|am|'m)\b|'s\b|'re\b|'ve\b|'m\b/i.test(reason)) return null;
  return m[1]!;
}

/** Sound-alike spellings of command verbs said first ("mewt the tellie", "paws the tv"). */
const SOUNDS: Record<string, string> = { mewt: 'mute', mewte: 'mute', myute: 'mute', paws: 'pause', pawse: 'pause', porse: 'pause', pours: 'pause', unmewt: 'unmute' };

/** Misspelt name words the fuzzy matcher left (a dropped, doubled or swapped letter inside a longer name, "ceilng lights
 *  in the kitchen", "countretop lights"): each word that is no English word, no grammar word and no name word, with
 *  exactly one name word of the home within its allowed edits, is read as that word; the words changed must each be in
 *  the name of a device acted on. Two close candidates: left as it was (asked). */
function respelt(t: string, index: HomeIndex): { text: string; words: string[] } | null {
  const words: string[] = [];
  let changed = false;
  const out = t.replace(/\p{L}+/gu, (w, at: number) => {
    const lw = w.toLowerCase();
    if (at === 0 && SOUNDS[lw]) { changed = true; return SOUNDS[lw]!; }
    if (lw.length < 5 || index.nameVocab.has(lw) || LEXICON_WORDS.has(lw) || isEnglishWord21c(lw)) return w;
    const near: string[] = [];
    for (const v of index.nameVocab) {
      if (v.length < 4 || Math.abs(v.length - lw.length) > 2) continue;
      const d = editDistance(lw, v);
      if (d <= (lw.length >= 6 ? 2 : 1) && lw[0] === v[0]) near.push(v);
    }
    // (the name word already said: "unlock the front door and the frunt door" is another device or a slip, asked — 22b; the verb said first is no name: "switch the bedroom swich off")
    if (near.length !== 1 || new RegExp(`\\b${near[0]!}\\b`, 'i').test(t.replace(/^\s*\p{L}+/u, ''))) return w;
    changed = true;
    words.push(near[0]!);
    return near[0]!;
  });
  return changed ? { text: out, words } : null;
}

/** A refused sentence of these classes, read the plain way when that acts with no question; else the sentence as it was. */
export function general28b(text: string, whole: NlResult, read: (t: string) => NlResult, index: HomeIndex): NlResult {
  if (!whole.error || whole.actions.length > 0) return whole;
  if (/\?\s*$/.test(text) || /^\s*(?:is|are|was|were|did|does|do|why|what|which|who|how|when|where)\b/i.test(text)) return whole;
  const spelt = /^(?:UNKNOWN_NAME|NO_MATCH|NOT_UNDERSTOOD)$/.test(whole.error.code) ? respelt(text, index) : null;
  if (spelt) {
    const r = read(spelt.text);
    const names = (a: NlAction): string => `${index.entities.find((e) => e.id === a.entity)?.name ?? ''} ${a.entity}`.toLowerCase();
    if (!r.error && r.actions.length > 0 && r.answer === undefined && !r.schedule
      && spelt.words.every((w) => r.actions.some((a) => names(a).includes(w)))) return { ...r, text };
  }
  if (!GATE.test(text)) return whole;
  const ways = plainWays(text);
  const bare = withoutReason(text.trim().replace(/\s+/g, ' '));
  if (bare !== null) {
    ways.push({ text: bare, fits: any });
    for (const w of plainWays(bare)) ways.push(w);
  }
  for (const way of ways) {
    if (way.text.trim().toLowerCase() === text.trim().toLowerCase()) continue;
    const r = read(way.text);
    if (!r.error && r.actions.length > 0 && r.answer === undefined && !r.schedule && r.actions.every(way.fits)) return { ...r, text };
  }
  return whole;
}

/** "is the telly's sound off" muted the TV: a yes/no question about a device read as a command is asked. */
export function questionActed28b(text: string, done: NlResult): NlResult {
  if (done.error || done.actions.length === 0) return done;
  if (!/^\s*(?:is|are|was|were)\s+(?:the|my|our|your|that|this)\b/i.test(text) || /[,;:—]|\s-\s|\b(?:if|then|and|so|please)\b/i.test(text)) return done;
  if (/^\s*(?:is|are)\s+(?:the|my|our)\s+[\p{L} ]+?\s+(?:meant|supposed|going|able|set)\s+to\b/iu.test(text)) return done;
  return { text, intent: null, slots: {}, actions: [], error: { code: 'AMBIGUOUS', message: 'Is that a question, or should I change it? Say what to do, for example "mute the TV".' } } as NlResult;
}
