// Round 25c: dev19's loose wordings of exclusions, clock times, devices, floor lists, floors and questions, said plainly
// before the sentence is read (each rewrite gives a wording the parser already reads, and its own checks — "except X"
// must leave something out, a past time is asked — still apply). Never a word dropped that names what to act on: an
// exclusion said another way becomes "except X", a time said loosely stays a time.
//  - exclusions: "every light off, the bedroom lamp being the exception", "…, the bedroom's one excluded", "apart from the
//    lamp, every light in here can go off", "lock every door we've got except …", "the living room, power it all down, only
//    the tv stays as is"
//  - clock times: "22:00 on the dot, …", "at the stroke of midnight …", "come five in the afternoon, …", "for a twenty
//    minute stint", "9:30 today, get the vacuum cleaning"
//  - devices: "the sliding patio doors", "the front entrance", "rover can go do its cleaning round now", "let water through
//    the main valve", "… before I fix the tap", "resume whatever was on the tv"
//  - floor lists and floors: "lights please - floor two, then floor one", "every wall switch on floors one and two, off",
//    "can I get lights on …", "68 degrees for the thermostats down in the basement …", "knock twenty points off the
//    lighting on floors one and two", "turn off whichever lights are on the first floor", "… across the board"
//  - questions: "has Ada left or is she somewhere else", "how damp is the air in the living room at the mo"
import type { HomeIndex } from './name-index';
import { perHome } from './per-home';

const NUM_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const HOUR = String.raw`(?:\d{1,2}(?::\d{2})?|${NUM_WORDS.join('|')})`;
/** A clock time as said: "22:00", "10 pm", "ten o'clock", "midnight". */
const CLOCK = String.raw`(?:\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?|${HOUR}\s*(?:[ap]\.?m\.?|o'?\s?clock)|midnight|noon|midday)`;
/** A group: what an exclusion can leave something out of. */
const GROUP = /\b(?:every|all|each|everything|whole|entire|both)\b/i;
/** Words that name a kind of device in the plural ("the lights"): a group too. */
const PLURAL_KIND = /\b(?:lights|lamps|curtains|blinds|shades|covers|doors|locks|switches|fans|thermostats|devices|speakers|plugs|valves)\b/i;
const FLOOR_NUM: Readonly<Record<string, string>> = { one: 'first', two: 'second', three: 'third', four: 'fourth', 1: 'first', 2: 'second', 3: 'third', 4: 'fourth' };
const DURATION_UNIT = String.raw`(?:minute|min|hour|second|sec)`;
const NUMBER_WORD = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|forty five|fifty|sixty|ninety|twenty-five|twenty five|half)`;

/** Kinds that a group can leave something out of, and their words: the places and nouns of the home are read by the parser. */
function hasGroup(part: string): boolean {
  return GROUP.test(part) || PLURAL_KIND.test(part);
}

/** Vacuum words of this home: its robots' names and the ordinary words. */
function vacuumWords(index: HomeIndex): string[] {
  return perHome(index, 'said25c.vacuumWords', () => vacuumWordsOf(index));
}

function vacuumWordsOf(index: HomeIndex): string[] {
  const names = index.entities.filter((e) => e.domain === 'vacuum').map((e) => e.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return names.length === 0 ? [] : [...names, 'vacuum', 'vacuum cleaner', 'robot', 'robot vacuum', 'robot vac', 'hoover', 'vac', 'robovac'];
}

/** The vacuum rewrites' patterns for this home's vacuum words (none without a vacuum), built once per home. */
function vacuumPatterns(index: HomeIndex): RegExp[] {
  return perHome(index, 'said25c.vacuumPatterns', () => {
    const vac = vacuumWords(index);
    if (vac.length === 0) return [];
    const v = `(?:the\\s+)?(?:${vac.join('|')})`;
    return [
      new RegExp(String.raw`\b(?:get|set|have)\s+(${v})\s+(?:cleaning|vacuuming|hoovering|going)\b(?=\s*(?:$|[,.;:!?]|(?:at|in|now|today|tonight|tomorrow|please|and|then)\b))`, 'gi'),
      new RegExp(String.raw`^(\s*(?:ok(?:ay)?\s*,?\s*|right\s*,?\s*|so\s*,?\s*)?)(${v})\s*,?\s+(?:can|could|should|may|will|would|is to|needs to|must)\s+(?:you\s+)?(?:please\s+)?(?:now\s+)?(?:go\s+(?:and\s+)?)?(?:do|start|begin|run|go on|head off on|set off on)\s+(?:its|a|the|his|her|your)\s+(?:(?:cleaning|vacuuming|hoovering|usual|daily)\s+)?(?:round|run|cycle|session|job|rounds|circuit|clean)\b`, 'i'),
      new RegExp(String.raw`\b(?:send|let|have|get)\s+(${v})\s+(?:off\s+)?(?:on|do|start|go on)\s+(?:its|a|the|his|her)\s+(?:(?:cleaning|vacuuming|hoovering|usual|daily)\s+)?(?:round|run|cycle|session|rounds|circuit)\b`, 'gi'),
    ];
  });
}

/** A device of the home whose name is exactly this (case aside). */
function named(index: HomeIndex, name: string): boolean {
  return perHome(index, 'said25c.names', () => new Set(index.entities.map((e) => e.name.toLowerCase()))).has(name.toLowerCase());
}

/** The rewrites' patterns, built once (round 27p). */
const CLOCK_SHARP = new RegExp(String.raw`(${CLOCK})\s+(?:on the dot|sharp|exactly|precisely|on the nose)\b`, 'gi');
const HOUR_SHARP = new RegExp(String.raw`\b(at|come|by|until|till)\s+(${HOUR})\s+(?:on the dot|sharp|exactly|precisely|on the nose)\b`, 'gi');
const AT_EXACTLY = new RegExp(String.raw`\b(at|come|by)\s+(?:exactly|precisely)\s+(?=${CLOCK}|${HOUR}\b)`, 'gi');
const STROKE_OF = new RegExp(String.raw`\b(?:at|on|upon)\s+the\s+stroke\s+of\s+(?=${CLOCK}|${HOUR}\b)`, 'gi');
const HOUR_IN_THE = new RegExp(String.raw`\b(at|come|by)\s+(${HOUR})\s+in\s+the\s+(afternoon|evening|morning)\b`, 'gi');
const FOR_A_STINT = new RegExp(String.raw`\bfor\s+(?:a|an|one)\s+(?:(?:quick|short|brief|little|good|solid|full|whole)\s+)?(${NUMBER_WORD}[\s-]+)?(${DURATION_UNIT})s?(?:[\s-]+long)?\s+(?:stint|spell|stretch|session|burst|period|block|run|bit|slot)\b`, 'gi');
const FLOOR_SAID = String.raw`(?:the\s+)?(?:floor\s+(?:one|two|three|four|\d)|(?:first|second|third|fourth|ground|top)\s+floor|basement|upstairs|downstairs)`;
const FLOOR_THEN_FLOOR = new RegExp(String.raw`(${FLOOR_SAID})\s*,?\s*(?:and\s+)?then\s+(${FLOOR_SAID})(?=\s*(?:too|as well|please)?\s*[.!]*$)`, 'gi');
const CAN_I_GET_LIGHTS = new RegExp(String.raw`^\s*(?:can|could|may)\s+(?:i|we)\s+(?:get|have)\s+(?:some\s+)?(?:the\s+)?(lights?|lamps?)\s+(?=(?:on|in)\s+${FLOOR_SAID}|upstairs\b|downstairs\b)`, 'i');

/** The sentence as plainly said, or null when nothing here applies. */
export function said25c(text: string, index: HomeIndex): string | null {
  let t = text;
  // ── Exclusions ──
  // "…, the bedroom lamp being the exception", "…, with X being the exception", "…, the exception being X", "…, X excepted /
  // excluded / exempted" after a group: "… except X". (the exception ends the sentence)
  const excEnd = [
    /^(.*?)\s*[,;—–-]\s*(?:with\s+)?(.+?)\s+(?:being|is|as)\s+the\s+(?:one\s+|only\s+)?exception\s*[.!]*$/i,
    /^(.*?)\s+with\s+(.+?)\s+(?:being|as)\s+the\s+(?:one\s+|only\s+)?exception\s*[.!]*$/i,
    /^(.*?)\s*[,;—–-]?\s*(?:with\s+)?the\s+(?:one\s+|only\s+)?exception\s+being\s+(.+?)\s*[.!]*$/i,
    /^(.*?)\s*[,;—–-]\s*(?:with\s+)?(.+?)\s+(?:excepted|excluded|exempted|left out|not included)\s*[.!]*$/i,
  ];
  for (const re of excEnd) {
    const m = re.exec(t);
    if (m && hasGroup(m[1]!) && !/\bexcept\b/i.test(m[1]!) && m[2]!.trim() !== '') {
      t = `${m[1]} except ${m[2]!.replace(/^(?:the\s+)?(\w+)'s\s+one\b/i, 'the $1 one')}`;
      break;
    }
  }
  // "all lights off, no exceptions", "… without exception": the group, whole.
  const whole = /^(.*?)\s*[,;—–-]?\s+(?:with\s+)?(?:no\s+exceptions?|without\s+(?:any\s+)?exceptions?)\s*[.!]*$/i.exec(t);
  if (whole && hasGroup(whole[1]!)) t = whole[1]!;
  // "apart from the lamp, every light in here can go off": "every light in here off except the lamp" (a group after it;
  // without one, "besides X, turn on Y" adds, and is left as said).
  const lead = /^\s*(?:apart from|aside from|except(?:\s+for)?|other than|besides|but for|save for|with the exception of|excluding|barring)\s+([^,;:—–]+?)\s*[,;:—–]\s*(.+)$/i.exec(t);
  if (lead && hasGroup(lead[2]!) && !/\bexcept\b/i.test(lead[2]!)) t = `${lead[2]!.replace(/[.!]+$/, '')} except ${lead[1]}`;
  // "only the tv stays as is", "just the fan stays on", "but the tv stays on" after a group: "except the tv".
  const stays = /^(.*?)\s*(?:[,;—–-]\s*(?:but\s+)?|\s+but\s+)(?:only|just)?\s*((?:the\s+)?[\w' ]+?)\s+(?:stays|remains|can stay|should stay|is to stay|keeps going|stays put)(?:\s+(?:as\s+(?:it\s+)?is|on|off|open|closed|shut|locked|unlocked|lit|dark|put|the same|untouched|where it is|running|going|alone))?\s*[.!]*$/i.exec(t);
  // (with no all/every/only, a plural kind only when the thing that stays is of that kind: "blinds 40%, bedroom curtain stays" is
  // a remark on another device, read as round 14b reads it)
  const kindOf = stays ? PLURAL_KIND.exec(stays[1]!)?.[0]?.toLowerCase().replace(/(?:es|s)$/, '') : undefined;
  const ofKind = stays !== null && (GROUP.test(stays[1]!) || /\b(?:only|just)\s/i.test(stays[0].slice(stays[1]!.length))
    || (kindOf !== undefined && new RegExp(`\\b${kindOf}`, 'i').test(stays[2]!)));
  if (stays && ofKind && !/\bexcept\b/i.test(stays[1]!)) t = `${stays[1]} except ${stays[2]}`;
  // "the living room, power it all down": "everything" (a place said first keeps it; with none, "everything off" is asked).
  t = t.replace(/\b(power|turn|switch|shut)\s+it\s+all\s+(down|off)\b/gi, '$1 everything $2');
  // "the living room, <command>": a room said first, as "in the living room, …".
  const roomFirst = /^\s*the\s+([\w ]+?)\s*,\s*(.+)$/i.exec(t);
  if (roomFirst && index.areas.some((a) => a.name.toLowerCase() === roomFirst[1]!.toLowerCase())) t = `in the ${roomFirst[1]}, ${roomFirst[2]}`;
  // "every door we've got", "all the lights I've got": "we have" (as the parser reads it).
  t = t.replace(/\b((?:every|all(?:\s+(?:of\s+)?the)?|each)\s+[a-z]+)\s+(?:that\s+)?(?:we|i)\s*(?:'ve|have)?\s+got\b/gi, '$1 we have');
  // ── Clock times ──
  // "22:00 on the dot", "10 pm sharp", "at exactly 10 pm", "at the stroke of midnight": the time.
  t = t.replace(CLOCK_SHARP, '$1');
  t = t.replace(HOUR_SHARP, '$1 $2');
  t = t.replace(AT_EXACTLY, '$1 ');
  t = t.replace(STROKE_OF, 'at ');
  // "come five in the afternoon", "at 6 in the evening", "at seven in the morning": "at 5 pm" (the half of the day said).
  t = t.replace(HOUR_IN_THE,
    (_m, w: string, h: string, part: string) => `${w} ${h} ${part.toLowerCase() === 'morning' ? 'am' : 'pm'}`);
  // "for a twenty minute stint", "for a 10-minute spell", "for an hour-long stretch": "for twenty minutes".
  t = t.replace(FOR_A_STINT,
    (_m, n: string | undefined, unit: string) => (n ? `for ${n.replace(/-$/, '').trim()} ${unit}s` : `for an ${unit}`.replace('an minute', 'a minute').replace('an second', 'a second').replace('an min', 'a min').replace('an sec', 'a sec')));
  // ── Devices ──
  const vac = vacuumPatterns(index);
  if (vac.length > 0) {
    // "get the vacuum cleaning", "set the robot vacuuming": start it.
    // (only where nothing follows but a time or the end: "get the robot cleaning the floors" is read as round 19a reads it)
    t = t.replace(vac[0]!, 'start $1');
    // "rover can go do its cleaning round now", "the robot should start its cleaning run", "send rover off on its cleaning
    // round", "let the robot do its rounds": start it.
    t = t.replace(vac[1]!, '$1start $2');
    t = t.replace(vac[2]!, 'start $1');
  }
  // "the sliding patio doors": "the sliding doors" where a lock is called so and nothing "patio".
  if (!perHome(index, 'said25c.patio', () => index.entities.some((e) => /\bpatio\b/i.test(e.name)))) {
    t = t.replace(/\b(?:sliding\s+patio|patio\s+sliding)\s+(doors?)\b/gi, (m, d: string) => (named(index, `sliding ${d}`) ? `sliding ${d}` : m));
  }
  // "the front entrance", "the back entry": the door called "Front Door" (only where one is called so).
  t = t.replace(/\b(front|back|side|garage|rear)\s+(?:entrance|entry|entryway)\b/gi, (m, w: string) => (named(index, `${w} door`) ? `${w} door` : m));
  // "let (the) water through the main valve", "let water flow through X": open X.
  t = t.replace(/\blet\s+(?:the\s+)?water\s+(?:flow\s+|run\s+|back\s+)?(?:through|in\s+(?:at|through)|back\s+in\s+at)\s+/gi, 'open ');
  // "… before I fix the tap": the reason said last, set aside (the command is for now).
  t = t.replace(/\s*,?\s+before\s+(?:i|we)\s+(?:fix|repair|replace|mend|change|work\s+on|take\s+apart|swap)\b[^,;.!?]*[.!]*$/i, '');
  // "resume whatever was on the tv": "whatever is on" (read as the player).
  t = t.replace(/\b(resume|unpause|continue|restart|carry on with|pick up)\s+whatever\s+(?:was|'s|is)\s+(?:playing\s+)?on\b/gi, '$1 whatever is on');
  // ── Floor lists and floors ──
  // "floors one and two": "the first floor and the second floor".
  // (only where the home's floors are called so: another home's "Floor 1" is left to the parser's own reading)
  const floorCalled = (n: string): boolean => index.floors.some((f) => f.name.toLowerCase() === `${FLOOR_NUM[n.toLowerCase()]} floor`);
  t = t.replace(/\bfloors\s+(one|two|three|four|1|2|3|4)\s+(and|plus|&)\s+(one|two|three|four|1|2|3|4)\b/gi,
    (m, a: string, _j: string, b: string) => (floorCalled(a) && floorCalled(b) ? `the ${FLOOR_NUM[a.toLowerCase()]} floor and the ${FLOOR_NUM[b.toLowerCase()]} floor` : m));
  // "floor two, then floor one": a list of floors (one step).
  t = t.replace(FLOOR_THEN_FLOOR, '$1 and $2');
  // "lights please - floor two and floor one": the lights on, there.
  const rooms = perHome(index, 'said25c.rooms', () => index.areas.map((a) => a.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)');
  if (/\bplease\b/i.test(t)) t = t.replace(new RegExp(String.raw`^\s*(?:the\s+)?(lights|lamps)\s+please\s*(?:[-—–:,]\s*|\s+(?:on|in)\s+)(?=${FLOOR_SAID}|(?:the\s+)?(?:${rooms})\b)`, 'i'),
    (_m, kind: string) => `turn on the ${kind} ${new RegExp(String.raw`^\s*(?:the\s+)?(?:${rooms})\b`, 'i').test(t.slice(_m.length)) ? 'in' : 'on'} `);
  // "every wall switch": a switch (where no device's name says "wall").
  if (!perHome(index, 'said25c.wall', () => index.entities.some((e) => ['switch', 'light', 'lock', 'cover'].includes(e.domain) && /\bwall\b/i.test(e.name)))) t = t.replace(/\bwall\s+(switch(?:es)?)\b/gi, '$1');
  // "every switch on the first floor and the second floor, off": "turn off every switch on …".
  const endOnOff = /^\s*((?:every|all(?:\s+the)?|each)\s+[^,]+?\s+(?:on|in)\s+[^,]+?)\s*,\s*(on|off)\s*(?:please)?\s*[.!]*$/i.exec(t);
  if (endOnOff) t = `turn ${endOnOff[2]} ${endOnOff[1]}`;
  // "can I get lights on the second floor": the lights on there.
  t = t.replace(CAN_I_GET_LIGHTS, 'turn on the $1 ');
  // "68 degrees for the thermostats down in the basement": "in the basement" (down/up is where, not a way, after "for the X").
  t = t.replace(/\b(for\s+(?:the\s+|all\s+the\s+|both\s+)?[a-z]+)\s+(?:down|up|out)\s+(?=(?:in|on)\s)/gi, '$1 ');
  // "knock twenty points off the lighting …": "lower the lighting … by twenty".
  const knock = /^\s*(?:knock|take|shave)\s+(\S+)\s+(?:points?|percent|per\s+cent|%)\s+off\s+(?:of\s+)?(the\s+(?:lights?|lighting|lamps?)\b.*?)\s*[.!]*$/i.exec(t);
  if (knock) t = `lower ${knock[2]} by ${knock[1]} percent`;
  // "… across the board": everything said (the words name nothing more).
  t = t.replace(/\s*,?\s+across\s+the\s+board\b/gi, '');
  // "turn off whichever lights are on the first floor": "the lights on the first floor" (a place after it; "whichever
  // lights are on" alone is left as said).
  const places = perHome(index, 'said25c.places', () => [...index.floors.map((f) => f.name), ...index.areas.map((a) => a.name), 'upstairs', 'downstairs'].map((n) => n.toLowerCase()));
  t = t.replace(/\bwhichever\s+([a-z]+)\s+(?:are|is)\s+((?:(?:on|in)\s+(?:the\s+)?)?)([a-z][a-z ]*)/gi,
    (m, kind: string, prep: string, rest: string) => (places.some((p) => `${rest.toLowerCase()} `.startsWith(`${p} `)) && (prep !== '' || /^(?:up|down)stairs/i.test(rest)) ? `the ${kind} ${prep}${rest}` : m));
  // ── Questions ──
  // "has Ada left or is she somewhere else", "is Ada home or is she out": the question before "or".
  t = t.replace(/^(\s*(?:has|is|did|where)\b.*?)\s*,?\s+or\s+(?:is|has|did)\s+(?:he|she|they|it)\s+(?:somewhere\s+else|elsewhere|out|away|(?:at\s+)?home|still\s+(?:here|there|home|in)|gone|left)\s*\??\s*$/i, '$1');
  // "how damp is the air in the living room": "how damp is the living room"; "at the mo" is "at the moment".
  t = t.replace(/^(\s*how\s+(?:damp|humid|dry|warm|cold|hot|cool|muggy|stuffy|chilly)\s+is)\s+the\s+air\s+(?:in|on|at|of)\s+(?=the\b)/i, '$1 ');
  t = t.replace(/\bat\s+the\s+mo\b/gi, 'at the moment');
  return t === text ? null : t;
}
