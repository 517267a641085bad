// Commands: picks the operation of a clause (media/robots, lock, values, open/close, on/off) and reads
// its target. A clause that names a device and nothing else means "turn it on" (HA: "party mode").
import { Clause, markLeadingVerb } from './clause';
import type { Frame } from './frame';
import type { HomeIndex } from './name-index';
import type { Item } from './tag';
import { readMedia, type RobotHint } from './grammar-media';
import { readValue, type DomainHint, type ValueRead } from './grammar-values';
import { FILLERS, OFF_VERBS, ON_VERBS, PRONOUNS, SIDE_WORDS } from './lexicon-words';
import { readTarget } from './target';

function domainsNamed(c: Clause, index: HomeIndex): Set<string> {
  const out = new Set<string>();
  for (const it of c.items) {
    if (it.kind === 'entity') {
      for (const r of it.refs) out.add(index.entities[r]!.domain);
      if (it.generic?.kind === 'noun') out.add(it.generic.senses[0]!.domain);
    }
    if (it.kind === 'noun') out.add(it.senses[0]!.domain);
  }
  return out;
}

function domainHint(named: ReadonlySet<string>, c: Clause): DomainHint {
  return {
    switching: c.particles('on').length + c.particles('off').length > 0 || c.hasAny(ON_VERBS) || c.hasAny(OFF_VERBS),
    light: named.has('light'),
    climate: named.has('climate'),
    cover: named.has('cover') || named.has('valve'),
    fan: named.has('fan'),
    media: named.has('media_player'),
  };
}

/** Words of a place said last ("on the upstairs floor", "in here"). */
const PLACE_TAIL = new Set(['in', 'on', 'at', 'upstairs', 'downstairs', 'here', 'there', 'floor', 'room']);

/** Verbs said with how a device should end: "turn it shut", "get the curtain closed". */
const END_SETTERS = new Set(['turn', 'pull', 'push', 'get', 'make', 'put', 'have', 'set', 'pop', 'slide', 'draw']);

function readSwitching(c: Clause, named: ReadonlySet<string>): ValueRead | null {
  const first = c.firstText();
  const texts = c.texts;
  if (first === 'lock' || first === 'secure') return { op: 'lock', impliedDomain: 'lock' };
  if (first === 'unlock') return { op: 'unlock', impliedDomain: 'lock' };
  const lightUp = (first === 'light' && c.has('up')) || first === 'illuminate';
  if (lightUp) return { op: 'on', impliedDomain: 'light' };
  if (c.has('lightsout')) return { op: 'off', impliedDomain: 'light' };
  const on = c.particles('on');
  const off = c.particles('off');
  // Speech often hears "turn of the lights" / "lights of".
  texts.forEach((t, i) => {
    const after = texts[i + 1];
    const ends = after === undefined || ['in', 'on', 'at', 'please', 'now', 'and', 'then', 'for', 'everywhere', 'here'].includes(after);
    if (t === 'of' && (ends || ['turn', 'switch', 'power', 'shut'].includes(texts[i - 1] ?? ''))) off.push(i);
    if (t === 'out' && i > 0 && (c.items[i - 1]!.kind === 'noun' || c.items[i - 1]!.kind === 'entity')) off.push(i);
    if (t === 'down' && (texts[i - 1] === 'shut' || texts[i - 1] === 'power')) off.push(i);
    if (t === 'up' && texts[i - 1] === 'power') on.push(i);
  });
  // "tv on and lights off …" read as one step: which way each goes can't be one op — asked, never both on.
  const endLike = (i: number): boolean => [undefined, ',', 'and', 'in', 'at', 'please', 'now', 'everywhere', 'upstairs', 'downstairs'].includes(texts[i + 1]);
  if (on.some(endLike) && off.some(endLike)) return null;
  const onVerb = texts.findIndex((t) => ON_VERBS.has(t));
  const offVerb = texts.findIndex((t) => OFF_VERBS.has(t));
  const firstOf = (xs: number[]): number => (xs.length ? Math.min(...xs) : Infinity);
  const onAt = Math.min(firstOf(on), onVerb < 0 ? Infinity : onVerb);
  const offAt = Math.min(firstOf(off), offVerb < 0 ? Infinity : offVerb);
  if (onAt < offAt) return { op: 'on' };
  if (offAt < onAt) return { op: 'off' };
  // "flip the porch light off" says which way; "flip the desk lamp" alone switches it over.
  if (c.has('toggle') || c.has('flip')) return { op: 'toggle' };
  const coverish = named.has('cover') || named.has('valve') || named.size === 0;
  // ("draw back the left curtain": drawn back is open.)
  if (first === 'open' || (first === 'raise' && coverish) || (first === 'draw' && c.has('back') && coverish)) return { op: 'open' };
  if (first === 'close' || first === 'shut' || (first === 'lower' && coverish)) return { op: 'close' };
  if (c.has('open') && !c.has('close')) return { op: 'open' };
  // ("pull the left curtain shut": how it should end, said last.)
  // ("pull the left curtain shut": how it should end, said last after a verb — "the curtain closed" alone may be a question.)
  const last = [...c.texts].reverse().find((t) => !FILLERS.has(t));
  // ("pull the shade closed on the upstairs floor": where, said after how it should end.)
  const endThenPlace = c.items.some((x, k) => (x.text === 'shut' || x.text === 'closed') && k > 0 && c.items.slice(k + 1).every((y) => y.kind === 'area' || y.kind === 'floor' || PLACE_TAIL.has(y.text) || FILLERS.has(y.text) || y.text === 'and')
    && ['in', 'on', 'at', 'upstairs', 'downstairs'].includes(c.items[k + 1]?.text ?? ''));
  if (c.has('close') || ((last === 'shut' || last === 'closed' || endThenPlace) && !c.has('open') && (END_SETTERS.has(first) || (endThenPlace && saysNoVerb(c))))) return { op: 'close' };
  if (c.has('transition') || c.has('activate') || (first === 'change' && c.has('to')) || (first === 'go' && c.has('to'))) return { op: 'on' };
  // "stop the garage door" stops it where it is (closing it would be another move); "stop the fan" switches it off.
  if (first === 'stop' || first === 'halt' || first === 'cancel') return { op: named.has('cover') || named.has('valve') || named.size === 0 ? 'stop' : 'off' };
  return null;
}

/** Fan presets: "set the fan to high", "turn the fan on low". */
function readPreset(c: Clause, named: ReadonlySet<string>): ValueRead | null {
  // "turn on the fan and set it to low": "it" is whatever came before; the level fits its kind.
  const pronoun = named.size === 0 && c.hasAny(PRONOUNS);
  if (!named.has('fan') && !pronoun) return null;
  const presets: Record<string, number> = { low: 33, medium: 66, high: 100 };
  const word = c.texts.find((t) => t in presets);
  return word ? { op: named.has('fan') ? 'fan_speed' : 'level', value: presets[word]!, unit: 'percent' } : null;
}

/** A clause that starts with what it acts on ("left shade up", "the curtain down"), no verb before it. */
function saysNoVerb(c: Clause): boolean {
  const i = c.firstContent();
  const it = c.items[i];
  return it !== undefined && (it.kind === 'entity' || it.kind === 'noun' || SIDE_WORDS.has(it.text));
}

/** Verbs that, with "up", start something: "fire up the tv", "start up the fan". */
const STARTS_UP = new Set(['fire', 'boot', 'spin', 'start', 'power']);

function isBareName(c: Clause): boolean {
  const content = c.items.filter((i) => i.kind !== 'word' || !(FILLERS.has(i.text) || ['mode', 'scene', 'script'].includes(i.text)));
  // ("rover, the kitchen": a room said apart from a name is not "turn the whole room on".)
  if (content.some((i) => i.kind === 'area' || i.kind === 'floor') && c.texts.some((t) => t === ',' || t === 'and')) return false;
  return content.length > 0 && content.every((i) => i.kind === 'entity' || i.kind === 'area' || i.kind === 'floor' || (i.kind === 'noun' && (i.senses[0]!.domain === 'scene' || i.senses[0]!.domain === 'script')))
    && content.some((i) => i.kind === 'entity');
}

export function readCommand(raw: Item[], index: HomeIndex, homeDomains: ReadonlySet<string>): Frame | null {
  const items = markLeadingVerb(raw);
  const c = new Clause(items);
  // "turn up the lamp and the fan down" read as one step: two ways for one step — asked, never both one way.
  if (c.has('up') && c.has('down')) return null;
  const named = domainsNamed(c, index);
  const robotHint: RobotHint = { named, home: homeDomains };
  let read: ValueRead | null = readMedia(c, robotHint);
  const first = c.firstText();
  const lightUp = first === 'light' && c.has('up');
  if (!read && (first === 'lock' || first === 'unlock' || first === 'secure')) read = readSwitching(c, named);
  // "shut everything down", "power up the tv", "fire up the tv", "start up the fan": switching, not a level
  // going down or up. "get the fan going": switching on.
  if (!read && (first === 'shut' || first === 'power') && (c.has('down') || c.has('up'))) read = { op: c.has('down') ? 'off' : 'on' };
  if (!read && STARTS_UP.has(first) && c.has('up') && !c.items.some((x) => x.kind === 'num')) read = { op: 'on' };
  if (!read && first === 'get' && (c.has('going') || c.has('started') || c.has('running'))) read = { op: 'on' };
  // "lower the blinds", "raise the garage door": all the way; "lower the blinds a bit" is a step.
  const coverNamed = named.has('cover') || named.has('valve');
  const unsized = !c.items.some((x) => x.kind === 'num') && !['bit', 'lot', 'slightly', 'little', 'halfway', 'half'].some((w) => c.has(w));
  if (!read && coverNamed && (first === 'raise' || first === 'lower') && unsized) {
    read = { op: first === 'raise' ? 'open' : 'close' };
  }
  // ("close the curtains down on the first floor", "open the blinds up": the way said twice — all the way, never a step.)
  if (!read && coverNamed && unsized && ((first === 'close' && c.has('down')) || (first === 'open' && c.has('up')))) read = { op: first === 'open' ? 'open' : 'close' };
  // "left shade up", "the bedroom curtain down": said with no verb, a cover's way is raising or lowering it.
  const lastWord = [...c.texts].reverse().find((t) => !FILLERS.has(t));
  if (!read && coverNamed && named.size === 1 && unsized && (lastWord === 'up' || lastWord === 'down') && saysNoVerb(c)) {
    read = { op: lastWord === 'up' ? 'open' : 'close' };
  }
  if (!read && !lightUp) {
    read = readValue(c, domainHint(named, c)) ?? readPreset(c, named);
    // "open the curtains to 50%": opening to a number is a position.
    const coverVerb = first === 'open' || first === 'close' || ((first === 'raise' || first === 'lower') && (named.has('cover') || named.has('valve')));
    if (read && coverVerb && (read.op === 'level' || read.op === 'brightness')) {
      read = { ...read, op: 'position' };
    }
  }
  if (!read && ['open', 'close', 'raise', 'lower'].includes(first) && (c.has('bit') || c.has('lot') || c.has('slightly'))) {
    const size = c.has('lot') ? 30 : 10;
    read = { op: 'position_step', value: first === 'open' || first === 'raise' ? size : -size, unit: 'percent' };
  }
  if (!read) read = readSwitching(c, named);
  // ("pull the curtain open a bit", "crack it open a little": a small way open or shut, never all the way.)
  if (read && (read.op === 'open' || read.op === 'close') && coverNamed && !c.items.some((x) => x.kind === 'num')
    && ['bit', 'little', 'slightly', 'lot'].some((w) => c.has(w))) {
    const size = c.has('lot') ? 30 : 10;
    read = { op: 'position_step', value: read.op === 'open' ? size : -size, unit: 'percent' };
  }
  if (!read && isBareName(c)) read = { op: 'on', bare: true };
  if (!read) return null;
  // "put some music on", "turn on some music": what to play, not which player (like "play some music") — asked.
  if (read.op === 'on' && c.has('music') && !c.items.some((x) => (x.kind === 'entity' || x.kind === 'noun') && x.text !== 'music')) return null;
  const target = readTarget(items, { nameVocab: index.nameVocab });
  return { ...read, target };
}
