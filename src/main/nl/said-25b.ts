// Round 25b (issue 14, dev19 stop / leftright / flip / coreference / multistep; tests in said-25b.test.ts):
// sayings that were refused or asked, rewritten as plainly said before the sentence is read. Each rule keeps what the
// speaker named; what it cannot place is left as said (and so still asked).
//  - stop: "that's far enough on X, halt", "get X to stop whirling round", "stop X moving", "keep X (exactly) where it's
//    got to", "halt it mid-turn", "stop the show on the tv" (a player's programme stopped is a pause), "robot vac".
//  - covers: "crack X open about a quarter", "roll it open/up/down", "X shut/closed" said without a verb, "reverse the
//    curtains - left one open, right one shut" (the kind said for "left one"), "same again for the right one, let it open".
//  - flip: "X wall switch", "X flipped to on", "every one of the kitchen lights", "the fan hanging in the lounge".
//  - coreference: "oh go on, turn it off again", "those two", "…, then both off in an hour"; "X out" of a light is off.
import type { HomeIndex } from './name-index';
import { perHome } from './per-home';
import { tagTokens } from './tag';
import { tokenize } from './tokenize';

/** Words a part that only names a device may hold besides names, kinds and places. */
const NAMING = new Set(['the', 'my', 'our', 'that', 'this', 'left', 'right', 'side', 'hand', 'one', 'ones', 'all', 'every', 'both']);

const SIDE_KINDS = String.raw`(curtain|shade|blind|drape|shutter)s?`;
const COVER_WORDS = /\b(?:curtains?|shades?|blinds?|drapes?|shutters?|awnings?|garage doors?|gates?|valves?|covers?|windows?)\b/i;
const QUESTION = /^\s*(?:is|are|was|were|has|have|had|did|does|do|what|which|who|why|when|whether|how|if|can you tell|tell me)\b|\?\s*$/i;
const CONDITION = /\b(?:when|whenever|if|once|as soon as|until|till|unless|after|before)\b/i;
const STOP_VERB = String.raw`(?:stop|halt|freeze|hold)`;
/** Movement said after "stop X": it only says what stops. */
const MOVING = String.raw`(?:moving|whirling|spinning|turning|rotating|rolling|twirling|swirling|going(?:\s+round|\s+around)|opening|closing)(?:\s+(?:round|around|about))?`;

/** The rewrites' patterns, built once (round 27p). */
const MAKE_IT_STOP = new RegExp(String.raw`\b(?:get|make|have)\s+(.+?)\s+(?:to\s+)?${STOP_VERB}\b(?=\s*(?:$|[,.!;]|\s${MOVING}\b|\s(?:now|please|and|then)\b))`, 'i');
const STOP_MOVING_END = new RegExp(String.raw`\b(${STOP_VERB}(?:\s+[\p{L}\p{N}']+){0,6}?)\s+${MOVING}\b(?=\s*(?:$|[,.!;]|\s(?:now|please|and|then)\b))`, 'giu');
const STOP_MOVING = new RegExp(String.raw`\b(?:to\s+)?${STOP_VERB}\s+${MOVING}\b`, 'gi');
const MOVING_END = new RegExp(String.raw`\s+${MOVING}$`, 'i');
const FOR_NOW = String.raw`for\s+(?:now|a\s+(?:bit|moment|minute|sec|second|while))|(?:till|until)\s+I(?:'m|\s+am|\s+get)\s+back`;
const STOP_FOR_NOW = new RegExp(String.raw`\b(?:stop|halt)\s+(?:(?:the|this|my|our)\s+(?:show|programme|program|film|movie|episode|video|music|song|track|playback|stream|match|game)\s+(?:that's\s+|that\s+is\s+)?(?:on|playing\s+on|in)\s+)?((?:the|my|our)\s+(?:tv|telly|television|speaker|radio))\s+(?:${FOR_NOW})\s*[.!]*$`, 'i');
const REVERSE = new RegExp(String.raw`^(?:(?:reverse|swap|switch\s+(?:round|around)|flip)\s+)?(?:the\s+)?${SIDE_KINDS}\s*(?:-|—|:|,)\s*(.*\b(?:left|right)\s+one\b.*)$`, 'i');

/** The sentence as plainly said, or null when nothing here applies. */
export function said25b(text: string, index: HomeIndex, previous?: readonly string[] | null): string | null {
  // (read to a fixed point, so the sentence it gives is left as it is when read again)
  let t = text.trim();
  for (let i = 0; i < 4; i++) {
    const next = once(t, index, previous?.length ?? 0);
    if (next === t) break;
    t = next;
  }
  return t === text.trim() ? null : t;
}

function once(text: string, index: HomeIndex, previousCount: number): string {
  const named = (w: string): boolean => index.nameVocab.has(w);
  const covers = perHome(index, 'said25b.covers', () => index.entities.filter((e) => e.domain === 'cover' || e.domain === 'valve').map((e) => e.name.toLowerCase()));
  /** Words naming a window covering or valve: what "far enough", "where it's got to" and "shut" are said of. */
  /** Only names a device, kind or place ("curtain left", "the covers upstairs"): no verb, no second part. */
  const onlyNames = (np: string): boolean => {
    const items = tagTokens(index, tokenize(np));
    return items.length > 0 && items.every((x) => ['entity', 'noun', 'area', 'floor'].includes(x.kind) || (x.kind === 'word' && NAMING.has(x.text)));
  };
  const coverish = (np: string): boolean => !/\b(?:it|them|they)\b/i.test(np) && (COVER_WORDS.test(np) || covers.some((n) => np.toLowerCase().includes(n)));
  let t = text.trim();
  if (QUESTION.test(t)) return t;

  // "oh go on, turn it off again": "go on" opening a command is a go-ahead, never "on".
  t = t.replace(/^(?:(?:oh|ah|aw|ok|okay|well|alright|right|fine)\s*,?\s*)*go\s+on(?:\s+then)?\s*(?:,|-|—|\band\b)\s*(?=\S)/i, '');

  // "robot vac", "the vac": the vacuum (when no name says "vac").
  if (!named('vac')) t = t.replace(/\bvac\b/gi, 'vacuum');

  // "the kitchen wall switch": a switch on the wall is a switch (when no name says "wall").
  // (a sensor "Wall plug power factor" does not make "wall" a switch's name)
  const wallNamed = perHome(index, 'said25b.wallNamed', () => index.entities.some((e, i) => ['switch', 'light', 'fan'].includes(e.domain) && index.nameTokens[i]!.includes('wall')));
  if (!wallNamed) t = t.replace(/\bwall\s+(switch(?:es)?)\b/gi, '$1');

  // "the fan hanging in the lounge": where it hangs says where it is.
  t = t.replace(/\s(?:hanging|hung|sitting|standing|mounted|installed|located|fitted)(?:\s+up)?\s+(?=(?:in|on|over|above|by|near|beside|next\s+to)\s)/gi, (m) => {
    const w = m.trim().split(/\s+/)[0]!.toLowerCase();
    return named(w) ? m : ' ';
  });

  // "flip every one of the kitchen lights to on": every one of them.
  t = t.replace(/\b(?:every|each)\s+(?:single\s+|last\s+)?one\s+of\s+the\s+/gi, 'all the ');
  t = t.replace(/\b(?:every|each)\s+(?:single\s+|last\s+)?one\s+of\s+(them|those)\b/gi, 'all of $1');

  // "kitchen wall switch flipped to on please": said without a verb, how it should end.
  const flipped = /^((?:the\s+|my\s+|our\s+)?[\p{L}\p{N}' ]+?)\s+(?:flipped|switched|turned|toggled|put|set)\s+(?:to\s+)?(on|off)\b(.*)$/iu.exec(t);
  if (flipped && onlyNames(flipped[1]!) && !CONDITION.test(t) && !/\b(?:is|are|was|were|been|be|being|get|got|gets|it|they|them|i|you|we|keep|leave|have|has)\b/i.test(flipped[1]!)
    && !/^(?:turn|switch|flip|put|set|toggle|make)\b/i.test(flipped[1]!)) t = `${flipped[1]} ${flipped[2]}${flipped[3]}`;

  // "kitchen cabinets out and kitchen ceiling lit": a light put out is off.
  // (a light's own name only: "lights out" alone is left as it was)
  t = t.replace(/(?<=\S)\s+out\b(?=\s*(?:$|[,.;:!?]|\s(?:and|then|please|now|too|in|at|for)\b))/gi, (m: string, at: number) => (lightNamedBefore(t.slice(0, at), index) ? ' off' : m));

  // "make those two red", just after two devices: them. (With more or fewer acted on, or a kind said after it, left as said.)
  if (previousCount === 2) t = t.replace(/\b(?:those|these)\s+two\b(?=\s*(?:$|[,.!]|\s(?:on|off|up|down|to|red|blue|green|white|warm|cool|brighter|dimmer|please|now|too|again|at|in|for)\b))/gi, 'them');
  // "…, then both off in an hour": both of them.
  t = t.replace(/\b(then|and|,)\s+((?:turn|switch|put|flip|set)\s+)?both\s+(?=(?:on|off|open|closed|shut|locked|unlocked)\b)/gi, '$1 $2both of them ');

  // "every curtain we have": every curtain.
  t = t.replace(/\b((?:every|all|each)\s+(?:the\s+|of\s+the\s+)?[\p{L}]+)\s+(?:that\s+)?(?:(?:we|i)(?:'ve|\s+have)\s+got|(?:we|i)\s+(?:have|own))\b/giu, '$1');

  // "that's far enough on the left curtain, halt": stop it.
  const enough = /^(?:(?:ok(?:ay)?|right|whoa|woah|there)\s*,?\s*)*(?:that's|that\s+is|thats|that'll\s+do)\s+(?:(?:far|high|low|open|closed|shut)\s+)?enough\s+(?:on|for|with)\s+(.+?)\s*(?:(?:,|-|—|\band\b|\bso\b)\s*(?:now\s+)?(?:halt|stop|freeze|hold(?:\s+it)?)(?:\s+(?:it|them|there|now|please))*)?\s*[.!]*$/i.exec(t);
  if (enough && coverish(enough[1]!)) t = `stop ${enough[1]}`;
  const enough2 = /^(.+?)\s*(?:,|-|—)\s*(?:that's|that\s+is|thats)\s+(?:far\s+)?enough\s*(?:(?:,|-|—|\band\b|\bso\b)\s*(?:now\s+)?(?:halt|stop|freeze|hold(?:\s+it)?)(?:\s+(?:it|them|there|now|please))*)?\s*[.!]*$/i.exec(t);
  if (enough2 && coverish(enough2[1]!) && !/^(?:turn|switch|open|close|raise|lower|set|put|dim|lock|unlock|start|play)\b/i.test(enough2[1]!)) t = `stop ${enough2[1]}`;

  // "get that ceiling fan to stop whirling round", "make X stop": stop X.
  t = t.replace(MAKE_IT_STOP, (m, np: string) => (/\b(?:it|them)\b/.test(np) || np.split(/\s+/).length > 6 ? m : `stop ${np}`));
  // "stop them moving", "stop X whirling round": what stops.
  // (only where the movement ends the part: "stop the right curtain from opening any further" is read as it was)
  t = t.replace(STOP_MOVING_END, '$1');
  t = t.replace(STOP_MOVING, (m) => m.replace(MOVING_END, ''));
  // "halt it mid-turn": stopped while it moves says nothing more. ("stop it halfway", "midway", "mid-way" may be a position:
  // left as said, asked — round 11.)
  t = t.replace(/\b((?:stop|halt|freeze|hold)\s+(?:it|them|[\p{L}\p{N}' ]+?))\s+mid-?\s?(?:turn|move|movement|motion|swing|flow|spin|travel)\b/giu, '$1');

  // "keep the bedroom curtain exactly where it's got to, stop": hold it there.
  const keep = /^(?:please\s+)?(?:keep|hold|leave|stop)\s+(.+?)\s+(?:exactly\s+|right\s+|just\s+)?where\s+(?:it's|it\s+is|its|it\s+has|it's\s+got|they're|they\s+are|they've|they\s+have)(?:\s+(?:got\s+to|gotten\s+to|got|at|now|reached))?\s*(?:(?:,|-|—|\band\b)\s*(?:stop|halt|freeze)(?:\s+(?:it|them|there|now|please))*)?\s*[.!]*$/i.exec(t);
  if (keep && coverish(keep[1]!)) t = `hold ${keep[1]} there`;

  // "stop the show on the tv for now": stopped for a while is a pause. (Without "for now", "stop the tv" / "stop the music
  // on the tv" still asks pause or off — rounds 5 and 19a.)
  t = t.replace(STOP_FOR_NOW, 'pause $1');

  // "crack the left curtain open about a quarter": open it a quarter.
  t = t.replace(/\bcrack\s+(.+?)\s+open\s+(?:about|around|roughly|approximately|maybe|say|just)?\s*(?=(?:a\s+quarter|a\s+third|a\s+half|half|\d+\s*(?:%|percent)))/gi, 'open $1 ');

  // "roll it open", "roll the shade up/down": open, close.
  if (!named('roll')) {
    // (up and down only of a covering named: "roll the volume down" is the volume)
    t = t.replace(/\broll\s+(up|down)\s+(\S.*)$/i, (m, way: string, rest: string) => (!coverish(rest) ? m : `${way.toLowerCase() === 'up' ? 'open' : 'close'} ${rest}`));
    t = t.replace(/\broll\s+(it|them|[\p{L}\p{N}' ]+?)\s+(open|up|down|shut|closed)\b/giu, (m, np: string, way: string) => (/^(?:up|down)$/i.test(way) && !coverish(np) ? m : `${/^(?:open|up)$/i.test(way) ? 'open' : 'close'} ${np}`));
  }

  // "reverse the curtains - left one open, right one shut": the left curtain open, the right curtain shut.
  const reverse = REVERSE.exec(t);
  if (reverse) t = reverse[2]!.replace(/\b(?:the\s+)?(left|right)\s+one\b/gi, `the $1 ${reverse[1]!.toLowerCase()}`);

  // "curtain left shut now thanks": said without a verb, how a cover should end.
  // (only when something makes it a request — "please", "thanks": "the bedroom curtain closed" alone may be a report or a
  // question, asked as round 17 has it; "now", "thanks" after it say nothing more: "close curtain right now" would read "right now")
  const shut = /^((?:the\s+|my\s+|our\s+)?[\p{L}\p{N}' ]+?)\s+(?:shut|closed)\b\s*((?:,?\s*(?:now|please|thanks|thank\s+you|cheers|right\s+away|for\s+me))*)\s*[.!]*$/iu.exec(t);
  if (shut && /\b(?:please|thanks|thank\s+you|cheers|for\s+me)\b/i.test(shut[2]!) && onlyNames(shut[1]!) && coverish(shut[1]!)) t = `close ${shut[1]}`;

  // "same again for the right one, let it open too": open the right one too.
  const letIt = /^(?:and\s+)?(?:(?:the\s+)?same\s+(?:again\s+|thing\s+|here\s+)?(?:for|with)\s+)?(.+?)\s*(?:,|-|—)\s*let\s+(?:it|them)\s+(open|close|shut|come\s+on|go\s+off|go\s+on|turn\s+on|turn\s+off|switch\s+on|switch\s+off)\b(.*)$/i.exec(t);
  if (letIt && !/^(?:turn|switch|open|close|shut|set|put|dim|lock|unlock|start|stop|it|them)\b/i.test(letIt[1]!) && !/\b(?:it|them)\b/i.test(letIt[1]!)) {
    const v = letIt[2]!.toLowerCase().replace(/\s+/g, ' ');
    const verb = v === 'open' ? 'open' : v === 'close' || v === 'shut' ? 'close' : /on$/.test(v) ? 'turn on' : 'turn off';
    t = `${verb} ${letIt[1]}${letIt[3]}`;
  }

  return t.replace(/\s+/g, ' ').trim();
}

/** The home's light names (lower case) by their length: what "… out" may be said of. */
function lightNames(index: HomeIndex): ReadonlyMap<number, ReadonlySet<string>> {
  return perHome(index, 'said25b.lightNames', () => {
    const byLength = new Map<number, Set<string>>();
    for (const e of index.entities) {
      if (e.domain !== 'light') continue;
      const name = e.name.toLowerCase();
      if (!byLength.has(name.length)) byLength.set(name.length, new Set());
      byLength.get(name.length)!.add(name);
    }
    return byLength;
  });
}

/** Does the text end with a light's own name, starting at a word boundary ("… kitchen cabinets" before "out")? */
function lightNamedBefore(before: string, index: HomeIndex): boolean {
  const text = before.toLowerCase();
  for (const [length, names] of lightNames(index)) {
    if (length > text.length || !names.has(text.slice(text.length - length))) continue;
    const start = text.length - length;
    if (start === 0 || !/\w/.test(text[start - 1]!) || !/\w/.test(text[start]!)) return true;
  }
  return false;
}
