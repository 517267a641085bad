// Round 25a (issue 14, dev19 values/thermostats/fahrenheit/relative/colours; tests in misses-25a.test.ts):
// sayings of values the parser did not read, said plainly before the sentence is read again (every check of the plain
// sentence still applies: a pairing that is not certain is still asked).
//  - "a fifth", "two/three/four fifths": 20/40/60/80 %, like "a quarter" and "a third".
//  - two devices each with its value, joined by "while"/"whilst"/"whereas"/"with", each said with a filler verb ("X glowing
//    at 45% while Y sits at 65%", "X should be sitting at 100 with Y at just 5", "2700K on X while Y gets 4000K"): "X at 45%
//    and Y at 65%".
//  - "X: 30%. Y: 60%." (a device, a colon, its value; parts ended by full stops or commas): "X at 30% and Y at 60%".
//  - "have X forty percent open and …": "open X forty percent and …".
//  - "push/shove X to N": "set X to N".
//  - "turn on the tv with the volume at 20": on, then the volume (it unmuted the tv at 20:00).
//  - "tv sound at 25": the volume; "the lamp's brightness at 25": the lamp at 25.
//  - "make it 18 in the office and 21 in the living room": "set the office to 18 and the living room to 21" (each number
//    said of its own room; the plain sentence still asks when a number may be a level).
//  - "I'd like it 66 down in the office": "down/up/over/out in the office" after the number is only where.
//  - "give X an extra half degree", "give X an extra 2 degrees", "give X another degree": X up by that much.
//  - "21 degrees in celsius": 21 °C.
//  - "nudge X one degree higher": "one"/"a" before "degree higher/lower" is 1.
//  - "shave/trim five off X": "knock five off X".
//  - "… to 20, living room and office alike": "alike" only says the places are treated the same.
//  - "X half open and that guest room shade a quarter open": "that" before a device said in a later part with its own value
//    points at the device (as "the"), never at the device before.
//  - "crimson red", "turquoise blue": a CSS colour said with the plain colour it is a shade of is that CSS colour; "…,
//    crimson like wine": a likeness said after a colour only describes it.
import cssColors from 'color-name';
import type { HomeIndex } from './name-index';

const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
/** A number as said: digits, or words up to a hundred. */
const NUM = String.raw`(?:\d+(?:\.\d+)?|(?:a|one)\s+hundred|hundred|(?:${TENS})(?:[\s-](?:${ONES}))?|${TEENS}|${ONES}|zero)`;
/** A value as said: a number with its unit, or a fraction in words. */
const VALUE = String.raw`(?:${NUM}\s*(?:%|percent|per\s+cent|k\b|kelvin\b)?|half|a\s+(?:quarter|third|half)|three\s+quarters|two\s+thirds|full|max(?:imum)?)`;

const FIFTHS: Readonly<Record<string, string>> = { a: '20%', one: '20%', two: '40%', three: '60%', four: '80%' };

/** Filler said between a device and "at <value>": "glowing", "should be sitting", and — only after a wish or request
 *  ("let's have …", "can you …", "I'd like …") — "sits", "is": without one, "X is at 30" tells how X is (asked). */
const PARTICIPLE = String.raw`(?:glowing|shining|sitting|resting|staying|running|burning|set|kept|remaining)`;
const FINITE = String.raw`(?:glows?|shines?|sits?|rests?|stays?|runs?|burns?|remains?)`;
const MODAL = String.raw`(?:should|could|can|will|must|to)\s+be`;
const FILLER = String.raw`(?:(?:${MODAL}\s+)?${PARTICIPLE}|${MODAL})`;
const WISH_FILLER = String.raw`(?:(?:${MODAL}\s+|is\s+|be\s+)?(?:${PARTICIPLE}|${FINITE})|${MODAL}|is|be)`;
const WISH = /^\s*(?:(?:ok|okay|right|so|now|please|hey)\s*,?\s+)*(?:let's|lets|let\s+us|i'd\s+like|i\s+would\s+like|i\s+want|i'd\s+love|can\s+you|could\s+you|would\s+you|will\s+you|please|have|make|get|put|set|keep|leave)\b/i;

/** The plain colours a CSS colour may be called a shade of, by its hue (degrees) — only clear hues, never greys. */
const FAMILIES: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  red: [[335, 360], [0, 12]], orange: [[12, 42]], yellow: [[42, 68]], green: [[68, 165]], blue: [[170, 250]],
  purple: [[250, 320]], pink: [[300, 360], [0, 10]],
};

function hueOf(name: string): { h: number; s: number } | null {
  const rgb = (cssColors as Record<string, readonly number[]>)[name];
  if (!rgb) return null;
  const [r, g, b] = rgb.map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b), min = Math.min(r, g, b), d = max - min;
  if (d === 0) return { h: 0, s: 0 };
  const l = (max + min) / 2;
  const s = d / (1 - Math.abs(2 * l - 1));
  let h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s };
}

/** "crimson red": crimson, when crimson is a shade of red and "crimson red" is no colour of its own. */
function shadeOf(name: string, plain: string): boolean {
  if (Object.prototype.hasOwnProperty.call(cssColors, `${name}${plain}`) || name === plain) return false;
  const family = FAMILIES[plain];
  const hs = hueOf(name);
  if (!family || !hs || hs.s < 0.4) return false;
  return family.some(([lo, hi]) => hs.h >= lo && hs.h <= hi);
}

/** The rewrites' patterns, built once (round 27p: building them on every sentence was a tenth of the parse time). */
const THAT_PART = new RegExp(String.raw`(\b(?:and|,)\s+)that\s+(?=([a-z]+)\b[^,]*?\b${VALUE}(?:\s+(?:open|closed|shut))?\s*(?:[,.!]|$))`, 'gi');
const COLON = new RegExp(String.raw`^\s*([a-z][a-z' ]*?)\s*:\s*(${VALUE})\s*[.,;]\s*([a-z][a-z' ]*?)\s*:\s*(${VALUE})\s*([.,;!]\s*(?:thanks|thank you|cheers|ta|please)?)?\s*[.!]*\s*$`, 'i');
const FIRST = new RegExp(String.raw`^(\s*(?:(?:let's|lets)\s+(?:have|put|go\s+with)\s+)?)(${VALUE})\s+(?:on|for)\s+(the\s+[a-z' ]+?)\s*,?\s+(?:while|whilst|whereas|and)\s+(the\s+[a-z' ]+?)\s+(?:gets?|has|takes?|goes\s+to|on|at)\s+(${VALUE})\s*([.!]*)\s*$`, 'i');
const JOINED = (filler: string): RegExp => new RegExp(String.raw`\b(at\s+(?:just\s+|only\s+)?${VALUE})\s*,?\s+(?:while|whilst|whereas|with)\s+(?!(?:the\s+|its\s+|a\s+)?(?:volume|brightness|sound|colou?r|temperature|speed|level|heat)\b)((?:the|that|my|our)\s+[a-z' ]+?)\s+(?:${filler}\s+)?(at\s+(?:just\s+|only\s+)?${VALUE})\b`, 'i');
const JOINED_PLAIN = JOINED(FILLER);
const JOINED_WISH = JOINED(WISH_FILLER);
const GETS = new RegExp(String.raw`\b([a-z]+)\s+(?:gets?|goes\s+to|takes?)\s+(?=${VALUE}(?:\s|[,.!;]|$))`, 'gi');
const FILLER_AT = (filler: string): RegExp => new RegExp(String.raw`\s+${filler}\s+(?=at\s+(?:just\s+|only\s+)?${VALUE})`, 'gi');
const FILLER_AT_PLAIN = FILLER_AT(FILLER);
const FILLER_AT_WISH = FILLER_AT(WISH_FILLER);
const AT_JUST = new RegExp(String.raw`\bat\s+(?:just|only)\s+(?=${VALUE})`, 'gi');
const HAVE_OPEN = new RegExp(String.raw`^(\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?)(?:have|get|leave)\s+((?:the|my|that)\s+[a-z' ]+?)\s+(${NUM}\s*(?:%|percent|per\s+cent))\s+open\b`, 'i');
const HAVE_AT = new RegExp(String.raw`^(\s*(?:please\s+)?)have\s+(?=(?:the|my|that|both|all)\s+[^,]*?\bat\s+(?:just\s+|only\s+)?${VALUE})`, 'i');
const ON_WITH_VOLUME = new RegExp(String.raw`\b(turn|switch|put|flip)\s+on\s+((?:the|my)\s+[a-z' ]+?)\s+with\s+(?:the\s+|its\s+)?(?:volume|sound)\s+(at|to)\s+(?=${NUM}\b)`, 'gi');
const PUSH = new RegExp(String.raw`\b(?:push|shove)\s+((?:the|my|that)\s+[a-z' ]+?\s+to\s+${VALUE})`, 'gi');
const MAKE_IT_ROOMS = new RegExp(String.raw`\b(?:make|have|set|get|keep|like|want|put)\s+it\s+(${NUM})(\s*(?:degrees?|°\s*[cf]?))?\s+in\s+(?:the\s+)?([a-z][a-z ]*?)\s*(?:,\s*|\s+)(?:and\s+)?(${NUM})(\s*(?:degrees?|°\s*[cf]?))?\s+in\s+(?:the\s+)?([a-z][a-z ]*?)\s*([.!]*)\s*$`, 'i');
const WHERE_NOT_WAY = new RegExp(String.raw`\b((?:like|want|make|have|keep|get)\s+it\s+${NUM}(?:\s*degrees?)?)\s+(?:down|up|over|out|back)\s+(?=in\s+(?:the\s+)?[a-z])`, 'gi');
const GIVE_EXTRA = new RegExp(String.raw`\bgive\s+((?:the|my|that)\s+[a-z' ]+?)\s+(?:an\s+extra|another|one\s+more|an\s+additional)\s+(half(?:\s+a)?|${NUM}|)\s*(degrees?)\b`, 'gi');
const IN_UNIT = new RegExp(String.raw`\b(${NUM})\s+in\s+(celsius|centigrade|fahrenheit)\b`, 'gi');
const SHAVE = new RegExp(String.raw`\b(?:shave|trim|shave\s+off|trim\s+off)\s+(${NUM}(?:\s*(?:%|percent|degrees?))?)\s+off\b`, 'gi');

/** The sentence as plainly said, or null when nothing here applies. */
export function said25a(text: string, index: HomeIndex): string | null {
  let t = text;
  // "… living room and office alike": the places said, nothing more.
  t = t.replace(/,\s*((?:the\s+)?[a-z][a-z ]*?\s+and\s+(?:the\s+)?[a-z][a-z ]*?)\s+alike\s*([.!]*)\s*$/i, (m, places: string, end: string) =>
    places.split(/\s+and\s+/i).every((p) => index.areaByKey.has(p.replace(/^the\s+/i, '').toLowerCase())) ? `, ${places}${end}` : m);
  // "and that guest room shade a quarter open": "that" before a device word, in a part with its own value.
  t = t.replace(THAT_PART, (m, join: string, word: string) =>
    index.nameVocab.has(word.toLowerCase()) || [...index.areaByKey.keys()].some((k) => k.split(' ')[0] === word.toLowerCase()) ? `${join}the ` : m);
  // Fifths.
  t = t.replace(/\b(a|one|two|three|four)\s+fifths?\b(?!\s+of\s+(?:a|an|the)\s+(?:second|minute|hour))/gi, (m, n: string) => {
    const plural = /fifths$/i.test(m);
    const lone = n.toLowerCase() === 'a' || n.toLowerCase() === 'one';
    return plural === !lone ? FIFTHS[n.toLowerCase()]! : m;
  });
  // A device, a colon, its value; parts ended by full stops (or commas): "bedroom lamp: 30%. living room lamp: 60%. thanks".
  t = t.replace(COLON, (_m, a: string, v: string, b: string, w: string) => `${a} at ${v} and ${b} at ${w}`);
  // "2700K on X while Y gets 4000K": the value said first, then its device.
  t = t.replace(FIRST, (_m, lead: string, v: string, a: string, b: string, w: string, end: string) => `${lead}${a} at ${v} and ${b} at ${w}${end}`);
  // Two devices each with its value, joined by "while"/"whilst"/"whereas"/"with" (never "with the volume at …": the same device).
  const wish = WISH.test(t);
  t = t.replace(wish ? JOINED_WISH : JOINED_PLAIN, (_m, a: string, b: string, w: string) => `${a} and ${b} ${w}`);
  // "the bedroom lamp gets 30% and the garage light gets 60%": each device "at" its value (never in a condition: "when the
  // office gets 20 …").
  if (!/\b(?:when|whenever|if|once|until|till|unless|as\s+soon\s+as)\b/i.test(t) && /\band\b|,/.test(t)) {
    t = t.replace(GETS, (m, w: string) => (['it', 'that', 'this', 'he', 'she', 'they', 'what', 'who', 'one'].includes(w.toLowerCase()) ? m : `${w} at `));
  }
  // Filler verbs before "at <value>" ("glowing at 45%", "should be sitting at 100"), and "at just/only N".
  if (t !== text || /\bat\s+(?:just\s+|only\s+)?\S+.*\band\b.*\bat\s+/i.test(t)) {
    t = t.replace(wish ? FILLER_AT_WISH : FILLER_AT_PLAIN, ' ');
    t = t.replace(AT_JUST, 'at ');
  }
  // "have X forty percent open": open X forty percent.
  t = t.replace(HAVE_OPEN, '$1open $2 $3');
  // "have the X at 20% and the Y at 90%": a wish, never the question "have …?" ("have the lamps been on?", "have you …" are
  // left as they are).
  if (!/\?\s*$/.test(t) && !/\b(?:been|you|ever|got|gone)\b/i.test(t)) {
    t = t.replace(HAVE_AT, '$1put ');
  }
  // "turn on the tv with the volume at 20": the tv on, its volume at 20 (the volume was switched on — unmuted — at 20:00).
  t = t.replace(ON_WITH_VOLUME, '$1 $2 on with the volume $3 ');
  // "push/shove X to N".
  t = t.replace(PUSH, 'set $1');
  // "tv sound at 25": its volume; "the lamp's brightness at 25": the lamp at 25.
  if (!/\bsound\s*bar\b/i.test(t)) t = t.replace(/\b(tv|telly|television|speaker|radio|stereo)\s+sound(?:\s+level)?\b(?=\s+(?:at|to|up|down|on)\b)/gi, '$1 volume');
  t = t.replace(/\b([a-z]+)'s\s+brightness\b(?=\s+(?:at|to)\s)/gi, '$1');
  // "make it 18 in the office and 21 in the living room".
  t = t.replace(MAKE_IT_ROOMS, (_m, n: string, u1: string | undefined, a: string, m: string, u2: string | undefined, b: string, end: string) => `set the ${a} to ${n}${u1 ?? ''} and the ${b} to ${m}${u2 ?? ''}${end}`);
  // "I'd like it 66 down in the office": where, not a way.
  t = t.replace(WHERE_NOT_WAY, '$1 ');
  // "give X an extra half degree", "give X another degree", "give X an extra 2 degrees".
  t = t.replace(GIVE_EXTRA, (_m, x: string, n: string, u: string) => {
    const amount = n === '' ? '1 degree' : /^half/i.test(n) ? 'half a degree' : `${n} ${u}`;
    return `raise ${x} by ${amount}`;
  });
  // "21 degrees in celsius".
  t = t.replace(/\b(degrees?)\s+in\s+(celsius|centigrade|fahrenheit)\b/gi, '$1 $2');
  t = t.replace(IN_UNIT, '$1 degrees $2');
  // "one degree higher".
  t = t.replace(/\b(?:one|a)\s+(degree)\s+(higher|lower|warmer|cooler|up|down)\b/gi, '1 $1 $2');
  // "shave/trim five off X".
  t = t.replace(SHAVE, 'knock $1 off');
  // "crimson red (like wine)".
  t = t.replace(/\b([a-z]+)\s+(red|orange|yellow|green|blue|purple|pink)\b/gi, (m, name: string, plain: string) => shadeOf(name.toLowerCase(), plain.toLowerCase()) ? name : m);
  t = t.replace(/\b([a-z]+)\s*,?\s+like\s+(?:a\s+|an\s+|the\s+|some\s+|fresh\s+|red\s+)?(?:wine|blood|roses?|cherr(?:y|ies)|strawberr(?:y|ies)|the\s+sky|sky|the\s+sea|sea|grass|leaves|lemons?|limes?|oranges?|sunsets?|the\s+sunset|fire|flames?|lavender|gold|honey|an?\s+apple|apples?|snow|the\s+ocean|ocean|bubblegum|candy\s*floss)\s*([.!]*)\s*$/i,
    (m, name: string, end: string) => Object.prototype.hasOwnProperty.call(cssColors, name.toLowerCase()) ? `${name}${end}` : m);
  return t !== text ? t.replace(/\s+/g, ' ').trim() : null;
}
