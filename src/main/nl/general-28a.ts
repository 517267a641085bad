// Round 28a (issue 14): generalisation in four value classes — units, values, relative changes, thermostats. Fresh
// sentences of our own (not a dev set's) showed these as classes:
//  - a relative change said as a wish about how the device should end: "X needs to be / should be / ought to be N
//    <warmer|brighter|dimmer|louder|…> (than it is|than now|than it currently is)" — read as "make X N <comparative>"
//    (before: "the bedroom lamp needs to be 10 percent dimmer than it is" SET it to 10 %, a wrong action; the others were
//    asked "more or less than what?"). Said before anything else (`plain28a`), only with a number before the comparative
//    and nothing but the "than it is/now" tail after it;
//  - two values of different kinds for one device in one step: a white in kelvin and a percent ("countertop 2700 kelvin
//    and 80%", "kitchen ceiling 80% 4000K", "cabinets: 2500 kelvin, 35 percent") — read as "set X to P% and set it to K
//    kelvin", kept only when it sets exactly that one device's brightness and white;
//  - "main" beside a thermostat said in the same sentence is the main thermostat, not the Mains sensor nor the Main Valve
//    ("office thermostat to 68 fahrenheit, main to 22"), kept only when every action is on a thermostat;
//  - a media player brought to a number by a verb of loudness ("drop the tv to 12", "lower the tv to 5") is its volume;
//  - an aside after the command that names nothing ("3000 kelvin on the bedroom lamp, that cosy shade", "…, nice and
//    bright", "…, the usual") set aside.
// The last four are tried only on a sentence that was refused, and a reading is kept only when it acts with no question.
import type { NlResult } from './parser-types';
import type { NlAction } from './actions';

const COMPARATIVE = String.raw`(?:warmer|cooler|hotter|colder|brighter|dimmer|darker|louder|quieter|softer|higher|lower|faster|slower)`;
const THAN_NOW = String.raw`\s+than\s+(?:it\s+is|it's|its|they\s+are|they're|now|right\s+now|currently|at\s+the\s+moment|it\s+(?:is\s+)?(?:currently|now|right\s+now|at\s+the\s+moment)(?:\s+is)?|it's\s+(?:currently|now|set)|before|what\s+it\s+is(?:\s+now)?)(?:\s+(?:now|right\s+now|at\s+the\s+moment))?`;
const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|a|one|two|three|four|five|ten|twenty|half\s+a)\s*(?:°\s*[cf]?|degrees?(?:\s+(?:c|f|celsius|fahrenheit))?|percent|per\s+cent|%|notches?|points?)?`;
const WISH = new RegExp(String.raw`^(\s*(?:(?:please|ok|okay|so|right)\s*,?\s+)?)((?:the|my|our)\s+.+?|[\p{L}][\p{L} ]*?)\s+(?:needs?|has|have|ought|should|must|wants?|would\s+like|'d\s+like)\s+(?:to\s+)?be\s+(?:(?:a\s+bit|about|around|roughly|just|only|exactly)\s+)?(${AMOUNT}\s*${COMPARATIVE})\b`, 'iu');
const THAN_TAIL = new RegExp(String.raw`(\b${COMPARATIVE})${THAN_NOW}(?=\s*(?:$|[,.!]|\band\b|\bplease\b|\bthanks\b))`, 'gi');
const HAS_AMOUNT_COMP = new RegExp(String.raw`${AMOUNT}\s*${COMPARATIVE}\b`, 'i');

/** Said before anything else: "X needs to be N warmer than it is" is "make X N warmer"; "X N brighter than now" is "X N
 *  brighter". Null when the words are absent. */
export function plain28a(text: string): string | null {
  if (!/\bthan\b|\b(?:needs?|ought|should|must|has|have|wants?|like)\b/i.test(text) || !HAS_AMOUNT_COMP.test(text)) return null;
  let t = text.replace(THAN_TAIL, '$1');
  const m = WISH.exec(t);
  if (m) {
    const rest = t.slice(m.index + m[0].length);
    // only the change, then the end, another step or a courtesy
    if (/^\s*(?:$|[,.!]|and\b|please\b|thanks\b)/i.test(rest)) t = `${m[1]}make ${m[2]} ${m[3]}${rest}`;
  }
  return t === text ? null : t;
}

const acts = (r: NlResult): boolean => !r.error && r.answer === undefined && r.actions.length > 0;

const KELVIN = /\b(\d{4,5})\s*(?:k|kelvin)\b/i;
const PERCENT = /\b(\d{1,3})\s*(?:%|percent\b|per\s+cent\b|pct\b)(?:\s+brightness\b)?/i;
const MAIN = /\bmain\b(?!\s+(?:thermostat|valve|heating|water))(?:\s+one\b)?/i;
const TV = String.raw`(?:the\s+)?(?:tv|telly|television)`;
/** A verb of loudness before a media player and a number: "drop the tv to 12", "turn the tv down to 10". */
const LOUDNESS = new RegExp(String.raw`\b((?:drop|lower|raise|lift|knock|crank|bump)(?:\s+(?:down|up))?\s+${TV}(?:\s+(?:down|up))?|(?:turn|bring|take|put)\s+(?:(?:down|up)\s+${TV}|${TV}\s+(?:down|up)))(\s+to\s+\d{1,3})\b(?!\s*(?:%|percent|degrees?|°|k\b|kelvin))`, 'i');
const ASIDE_START = /^(?:that(?:'s)?|this|it's|its|it\s+is|nice|lovely|the\s+usual|perfect|cosy|cozy|so|for|we're|we\s+are|i'm|i\s+am|very|like|as\s+usual|my\s+favou?rite|good|great|proper|reading|relaxing|cheers|ta|thanks|thank\s+you)\b/i;
const NOT_ASIDE = /\d|\b(?:and|too|also|as\s+well|except|not|no|but|then|until|till|after|before|when|if|in|at|off|on|open|close|closed|lock|unlock|turn|switch|set|dim|it|them|both|all|every|other|one|keep|leave|stays?|going|lamps?|lights?|curtains?|doors?|fan|tv)\b/i;

/** Plain readings of a refused sentence, each with what its actions must be to be kept. */
function* plainWays(text: string, whole: NlResult): Generator<{ text: string; fits: (a: readonly NlAction[]) => boolean }> {
  const k = KELVIN.exec(text);
  const p = PERCENT.exec(text);
  if (k && p) {
    let rest = text.replace(KELVIN, ' ').replace(PERCENT, ' ');
    rest = rest.replace(/[,:;&]|\s-\s/g, ' ').replace(/\b(?:and|at|to|on|brightness|please|mate|thanks|set|make|put|could\s+you\s+do|for|with|the\s+colour|colour|color)\b/gi, ' ').replace(/\s+/g, ' ').trim();
    if (rest !== '' && !/\d/.test(rest)) {
      const kelvin = Number(k[1]);
      const pct = Number(p[1]);
      const device = `${/^(?:the|my|our)\b/i.test(rest) ? '' : 'the '}${rest}`;
      // in the order said
      yield {
        text: k.index < p.index ? `set ${device} to ${kelvin} kelvin and set its brightness to ${pct}%` : `set ${device} to ${pct}% and set it to ${kelvin} kelvin`,
        fits: (a) => a.length === 2 && a[0]?.entity === a[1]?.entity && a.some((x) => x.service === 'set_brightness' && x.data?.brightness === pct)
          && a.some((x) => x.service === 'set_color_temp' && x.data?.kelvin === kelvin),
      };
    }
  }
  if (/\bthermostats?\b/i.test(text) && MAIN.test(text)) {
    yield { text: text.replace(MAIN, 'main thermostat'), fits: (a) => a.every((x) => x.entity.startsWith('climate.')) };
  }
  if (LOUDNESS.test(text)) {
    yield { text: text.replace(LOUDNESS, '$1 volume$2'), fits: (a) => a.some((x) => x.service === 'set_volume') };
  }
  // "kitchen cabinets 20 percent, countertop 65 percent, ceiling off": of the devices a bare word may name, the one whose
  // name holds the place said before it in the same list (and no other does) is meant
  const e = whole.error;
  if (e?.code === 'AMBIGUOUS' && e.subject !== undefined && e.options !== undefined && e.options.length >= 2 && /,/.test(text)) {
    const subject = e.subject.toLowerCase();
    const at = text.toLowerCase().lastIndexOf(subject);
    const before = at > 0 ? text.slice(0, at).toLowerCase() : '';
    if (at > 0 && /,\s*(?:and\s+)?(?:the\s+)?$/.test(before)) {
      const first = (o: string): string => o.toLowerCase().split(/\s+/).filter((w) => w !== subject)[0] ?? '';
      const placed = e.options.filter((o) => { const w = first(o); return w.length > 2 && new RegExp(String.raw`^(?:the\s+)?${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\b`).test(before.trim()); });
      const leader = placed.length === 1 ? placed[0] : undefined;
      if (leader !== undefined && leader.toLowerCase().split(/\s+/).includes(subject)) {
        yield { text: `${text.slice(0, at)}${leader}${text.slice(at + subject.length)}`, fits: (a) => a.length >= 2 };
      }
    }
  }
  const comma = text.lastIndexOf(',');
  if (comma > 0) {
    const tail = text.slice(comma + 1).trim().replace(/[.!]+$/, '');
    // only when what was not known was said in the tail: "that cosy shade", "nice and bright"
    const unknown = whole.error?.code === 'UNKNOWN_NAME' ? /"([^"]+)"/.exec(whole.error.message)?.[1]?.toLowerCase() : undefined;
    if (unknown !== undefined && tail.toLowerCase().includes(unknown) && ASIDE_START.test(tail) && !NOT_ASIDE.test(tail.replace(/\b(nice|lovely|good)\s+and\s+(?=[a-z]+$)/i, '$1 ')) && tail.split(/\s+/).length <= 6) {
      yield { text: text.slice(0, comma), fits: () => true };
    }
  }
}

let busy = false;

/** Tried on a sentence that was refused: each plain reading above, kept when it acts with no question and fits. */
export function general28a(text: string, whole: NlResult, read: (t: string) => NlResult): NlResult {
  if (!whole.error || whole.actions.length > 0) return whole;
  if (!/\d|\bmain\b|,/i.test(text)) return whole;
  if (/\?\s*$/.test(text) || /^\s*(?:is|are|was|were|did|does|do|why|what|which|who|how|when)\b/i.test(text)) return whole;
  if (busy) return whole; // a plain reading is not read again
  busy = true;
  try {
    for (const way of plainWays(text, whole)) {
      if (way.text.trim().toLowerCase() === text.trim().toLowerCase()) continue;
      const r = read(way.text);
      if (acts(r) && way.fits(r.actions)) return { ...r, text };
    }
  } finally {
    busy = false;
  }
  return whole;
}
