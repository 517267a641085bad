// Round 25f (issue 14, a hostile tester's probe of wrong actions; tests in wrong-25f.test.ts). Whole-sentence checks on what
// was read, each asking where the sentence acted on something it was not meant for:
// - "not here" said, acting on the speaker's room ("(Bedroom) open the curtains, not here, the living room ones" opened the
//   bedroom curtain; "(Kitchen) turn off the lights not here" switched off the kitchen's lights) — see notHere;
// - "not X, Y" / "not X but Y", read as leaving out Y as well ("turn on the lights, not the kitchen ones, the garage" switched
//   on every light but the kitchen's and the garage's) — see notThenSaid;
// - a bare room after a device named with its room ("bedroom lamp on and living room off" switched off the TV, the fan and
//   both living-room lights, where the Living Room Lamp was meant) — see gappedRoom.
import type { NlAction } from './actions';
import type { NlEntity } from './home';
import { joinWords, type NlError } from './errors';
import type { HomeIndex } from './name-index';
import { devicesById } from './per-home';
import { tagTokens, type Item } from './tag';
import { tokenize } from './tokenize';

/** An error when the sentence acted on something it said not to, or a room whose device was meant; else null. */
export function wrongSaid25f(said: string, actions: readonly NlAction[], area: string | null | undefined, index: HomeIndex): NlError | null {
  if (actions.length === 0) return null;
  const items = tagTokens(index, tokenize(said));
  const byId = devicesById(index);
  const acted = actions.map((a) => byId.get(a.entity)).filter((e): e is NlEntity => e !== undefined);
  return notHere(said, acted, area ?? null) ?? notThenSaid(items, acted, index) ?? gappedRoom(items, acted, index) ?? ofForOff(said, actions)
    ?? oneAsValue(said, actions) ?? sideLeftOut(said, acted) ?? hereOneDropped(said, acted, area ?? null) ?? thereUnsaid(said, items, index)
    ?? repeatWithoutTime(said, actions) ?? heatNounStep(said, actions) ?? fanUpAfterOn(said, actions, acted);
}

// "heat off in the living room" RAISED the setpoint ("heat" read as the verb "heat up"; "heat on in the office" too): "heat"
// before "on"/"off" is the heating — which was meant is asked.
const HEAT_ON_OFF = /^\s*(?:(?:please|ok|okay|so|and|now|right)\s*,?\s+)*(?:the\s+)?heat\s+(on|off)\b/i;
function heatNounStep(said: string, actions: readonly NlAction[]): NlError | null {
  const m = HEAT_ON_OFF.exec(said);
  if (!m || !actions.some((a) => a.service === 'temperature_step')) return null;
  return {
    code: 'AMBIGUOUS',
    message: `"heat ${m[1]!.toLowerCase()}": switch the heating ${m[1]!.toLowerCase()}, or make it warmer?`,
    next: `Say "turn the heating ${m[1]!.toLowerCase()} in …" or "make it warmer in …".`,
  };
}

// "turn on the fan and turn it up" set it to 10 % (counted from 0, as it was off) — lower than it runs once on. A fan
// switched on in the sentence, whose speed is not known, is asked how fast.
function fanUpAfterOn(said: string, actions: readonly NlAction[], acted: readonly NlEntity[]): NlError | null {
  for (const a of actions) {
    if (a.service !== 'set_fan_speed') continue;
    const fan = acted.find((e) => e.id === a.entity);
    if (!fan || fan.state !== 'off' || typeof fan.attributes['percentage'] === 'number') continue;
    const step = (a.data as Record<string, unknown>)['percentage'];
    if (typeof step !== 'number' || step > 30 || /\d|percent|%/.test(said) || !/\b(?:up|faster|higher|more|quicker|increase)\b/i.test(said)) continue;
    if (!actions.some((b) => b.entity === a.entity && b.service === 'turn_on') && !/\b(?:turn|switch|put)\s+(?:\S+\s+){0,3}on\b|\bon\s+and\b/i.test(said)) continue;
    return {
      code: 'AMBIGUOUS',
      message: `How fast should ${fan.name} go? Its speed once on is not known, so "up" can't be counted from it.`,
      next: 'Say a speed, for example "turn on the fan at 60%".',
    };
  }
  return null;
}

// "every morning open the curtains" became a repeat with no time ("morning" dropped): at what time is asked, as "in the
// morning" already is.
const PART_OF_DAY = /\b(morning|afternoon|evening|night)s?\b/i;
function repeatWithoutTime(said: string, actions: readonly NlAction[]): NlError | null {
  const part = PART_OF_DAY.exec(said);
  if (!part || !actions.some((a) => a.schedule?.kind === 'weekly' && a.schedule.time === null && !a.schedule.sun)) return null;
  return {
    code: 'NOT_UNDERSTOOD',
    message: `At what time in the ${part[1]!.toLowerCase()}? Say a clock time, for example "every ${part[1]!.toLowerCase()} at 7".`,
  };
}

// "open the curtains and the bedroom one but not the left" set both curtains to 1 %: "one" after "the bedroom" is a device, not
// a value. A value of 1 where no "1" was said and no "one" stands where a value does is asked.
const VALUE_BEFORE_ONE = /^(?:to|at|by|of|about|around|is|speed|level|setting|number|just|only|minus|plus|up|down)$/;
const VALUE_AFTER_ONE = /^(?:percent|per|%|degrees?|notch(?:es)?|steps?|points?|hundred|fifty|twenty|thirty|forty|sixty|seventy|eighty|ninety|quarter|third|half|o'clock|minutes?|hours?|seconds?)$/;
function oneAsValue(said: string, actions: readonly NlAction[]): NlError | null {
  const isOne = (v: unknown): boolean => typeof v === 'number' && Math.abs(v - 1) < 1e-9;
  if (!actions.some((a) => ['position', 'brightness', 'percentage', 'volume_level'].some((k) => isOne((a.data as Record<string, unknown>)[k])))) return null;
  if (/(?:^|[^\d.])1(?:[^\d]|$)/.test(said)) return null;
  const w: string[] = [...(said.toLowerCase().match(/[\p{L}\p{N}%']+/gu) ?? [])];
  const valueOne = w.some((t, i) => (t === 'one' || t === 'a') && (VALUE_BEFORE_ONE.test(w[i - 1] ?? '') || VALUE_AFTER_ONE.test(w[i + 1] ?? '')));
  if (valueOne || !w.includes('one')) return null;
  return {
    code: 'AMBIGUOUS',
    message: 'Did "one" mean a device, or the value 1 %? I read it as 1 %.',
    next: 'Say the value with its unit, for example "to 1 %", or name the device.',
  };
}

// "close the curtains and the shade except the left one" left out Shade Left and closed Curtain Left: a side left out, while
// something of that side is still acted on, is asked.
const SIDE_OUT = /\b(?:except(?:\s+for)?|apart\s+from|but\s+not|not|other\s+than|besides)\s+(?:the\s+)?(left|right)(?:\s+(?:one|ones|side)\b|\s*(?:$|[,.;!?]|\band\b|\bplease\b))/i;
function sideLeftOut(said: string, acted: readonly NlEntity[]): NlError | null {
  const m = SIDE_OUT.exec(said);
  if (!m) return null;
  const side = m[1]!.toLowerCase();
  const still = acted.filter((e) => e.name.toLowerCase().split(/\s+/).includes(side));
  if (still.length === 0) return null;
  return {
    code: 'AMBIGUOUS',
    message: `Which "${side}" one should I leave out? ${joinWords(still.map((e) => e.name), 'and')} would still change.`,
    next: `Name it, for example "except ${still[0]!.name}".`,
  };
}

// "(Bedroom) turn on the living room lamp and the one here" switched on only the living-room lamp: "the one here" / "this one"
// as a list item, with nothing of the speaker's room acted on (or no room known), is asked.
const HERE_ONE = /(?:,|\band\b|\bplus\b)\s+(?:also\s+)?(?:the\s+ones?\s+(?:in\s+|over\s+)?here|this\s+one|these(?:\s+ones)?(?:\s+here)?)\b/i;
function hereOneDropped(said: string, acted: readonly NlEntity[], area: string | null): NlError | null {
  if (!HERE_ONE.test(said)) return null;
  if (area !== null && acted.some((e) => e.area?.toLowerCase() === area.toLowerCase())) return null;
  return {
    code: 'AMBIGUOUS',
    message: area === null ? 'Which one is "this one"? I don\'t know which room you are in.' : `"the one here": nothing in the ${area} would change. Which one do you mean?`,
    next: 'Name it, for example "and the bedroom lamp".',
  };
}

// "turn on the lights there" with no place said before "there": where is asked (it was read as everywhere, or as the
// speaker's room). "is there …", "there is/are" are not places.
// ("stop it right there", "hold the curtain there": where it is now, not a place.)
const THERE_AS_NOW = /\b(?:stop|stopped|stopping|hold|halt|freeze|pause|leave|keep|enough|wait|where)\b/i;
function thereUnsaid(said: string, items: readonly Item[], index: HomeIndex): NlError | null {
  if (THERE_AS_NOW.test(said)) return null;
  const roomNamed = (x: Item): boolean => x.kind === 'area' || x.kind === 'floor'
    || (x.kind === 'entity' && x.refs.some((r) => index.entities[r]?.area != null && index.entities[r]!.name.toLowerCase().includes(index.entities[r]!.area!.toLowerCase())));
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.text !== 'there') continue;
    const prev = items[i - 1]?.text ?? '';
    const next = items[i + 1]?.text ?? '';
    if (/^(?:is|are|was|were|be|been|isn't|aren't|any|anything|anyone|somebody|someone|right|exactly|just|it|that|them|one|hey|hi|hello|oh|ok|okay|so|well)$/.test(prev) || i === 0
      || /^(?:is|are|was|were|'s|be|been|isn't|aren't)$/.test(next)) continue;
    // (A device named by its own name is found without the place: "switch off the desk fan there".)
    if (items.slice(0, i).some((x) => roomNamed(x) || x.kind === 'entity')) continue;
    return {
      code: 'AMBIGUOUS',
      message: 'Where is "there"? Say the room.',
      next: 'For example "turn on the lights in the living room".',
    };
  }
  return null;
}

// "turn on the bedroom lamp and of the living room lamp", "turn on the tv and the fan of": "of" starting a part, or ending one,
// is "off" misspelt — read as nothing, both were switched on. Where nothing was switched off, which was meant is asked.
const PART_WORD = /^(?:and|then|,|;|please|too|now)$/;
function ofForOff(said: string, actions: readonly NlAction[]): NlError | null {
  if (!actions.some((a) => a.service === 'turn_on') || actions.some((a) => a.service === 'turn_off')) return null;
  const w: string[] = [...(said.toLowerCase().match(/[\p{L}\p{N}']+|[,;]/gu) ?? [])];
  for (let i = 1; i < w.length; i++) {
    if (w[i] !== 'of') continue;
    if (w.slice(0, i).includes('of')) return null; // ("the lights of the kitchen and of the living room")
    const starts = PART_WORD.test(w[i - 1]!) && w[i - 1] !== 'please' && w[i - 1] !== 'too' && w[i - 1] !== 'now';
    const ends = i === w.length - 1 || PART_WORD.test(w[i + 1]!);
    if (!starts && !ends) continue;
    return {
      code: 'AMBIGUOUS',
      message: 'Did you mean "off" where you said "of"? Everything you named would be switched on.',
      next: 'Say each with its own "on" or "off", for example "turn on the lamp and turn off the tv".',
    };
  }
  return null;
}

// "not here", "not in here", "not this room" — but not "not just/only here", nor "not this one" (the device just used).
const NOT_HERE = /\bnot\s+(?:in\s+|over\s+|from\s+)?(?:here|this\s+room)\b/i;

function notHere(said: string, acted: readonly NlEntity[], area: string | null): NlError | null {
  if (!NOT_HERE.test(said)) return null;
  const here = area?.toLowerCase() ?? null;
  if (here !== null && !acted.some((e) => e.area?.toLowerCase() === here)) return null;
  return {
    code: 'AMBIGUOUS',
    message: here === null ? 'You said "not here": which room do you mean?' : `You said "not here", but that would change something in the ${area}. Which room do you mean?`,
    next: 'Say the room, for example "turn off the lights in the living room".',
  };
}

const PART_END = new Set([',', ';', ':', '-', '—', '–', 'but']);
const LEAD = new Set(['the', 'a', 'my', 'our']);
const NOT_A_PLACE = new Set(['and', 'or', 'nor', 'not', 'please', 'thanks', 'though', 'too', 'also', 'either', 'just', 'only', 'then']);

/** The devices an item names, if it names a place or a device. */
function reach(x: Item, index: HomeIndex): NlEntity[] | null {
  if (x.kind === 'entity') return x.refs.map((r) => index.entities[r]!).filter((e) => e !== undefined);
  if (x.kind === 'area') return index.entities.filter((e) => e.area?.toLowerCase() === x.area.name.toLowerCase());
  if (x.kind === 'floor') {
    const floors = new Set(x.floors.map((f) => f.name.toLowerCase()));
    return index.entities.filter((e) => e.floor !== null && floors.has(e.floor.toLowerCase()));
  }
  return null;
}

// "turn on the lights, not the kitchen ones, the garage": the speaker corrects (not the kitchen's, the garage's), or lists two
// to leave out. Read as two left out, nothing of the garage is acted on: which was meant is asked.
function notThenSaid(items: readonly Item[], acted: readonly NlEntity[], index: HomeIndex): NlError | null {
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.kind !== 'word' || items[i]!.text !== 'not') continue;
    // The part left out: up to a comma or "but", naming a place or a device.
    let j = i + 1;
    const left: Item[] = [];
    while (j < items.length && !PART_END.has(items[j]!.text)) left.push(items[j++]!);
    const nameWord = (x: Item): boolean => x.kind === 'word' && index.nameVocab.has(x.text) && !LEAD.has(x.text);
    if (j >= items.length || !left.some((x) => reach(x, index) !== null || x.kind === 'noun' || nameWord(x))) continue;
    // The part after it: a place or a device, said right after the comma (no "and", "or", "not" …).
    let k = j + 1;
    while (k < items.length && PART_END.has(items[k]!.text)) k++;
    while (k < items.length && LEAD.has(items[k]!.text)) k++;
    const next = items[k];
    if (!next || NOT_A_PLACE.has(next.text)) continue;
    // ("not the front, the back": a word of a device's name said alone names it.)
    const named = reach(next, index) ?? (next.kind === 'word' ? index.entities.filter((e, n) => index.nameTokens[n]!.includes(next.text)) : null);
    if (!named || named.length === 0) continue;
    if (acted.some((e) => named.includes(e))) continue;
    const leftText = left.map((x) => x.text).join(' ');
    return {
      code: 'AMBIGUOUS',
      message: `Did you mean the ${next.text} instead of ${leftText}, or leave out both?`,
      next: `Say it again with just what to change, for example "all the lights except the kitchen ones and the garage".`,
    };
  }
  return null;
}

const roomWords = (name: string, index: HomeIndex): string => {
  let n = ` ${name.toLowerCase()} `;
  for (const a of index.areas) n = n.replace(` ${a.name.toLowerCase()} `, ' ');
  return n.trim().replace(/\s+/g, ' ');
};

// "bedroom lamp on and living room off": a room said bare after a device named with its room, where the room has a device of
// that name ("Living Room Lamp") and more was acted on there: that device, or everything in the room? Asked.
function gappedRoom(items: readonly Item[], acted: readonly NlEntity[], index: HomeIndex): NlError | null {
  const named = items.filter((x): x is Extract<Item, { kind: 'entity' }> => x.kind === 'entity')
    .flatMap((x) => x.refs.map((r) => index.entities[r]!)).filter((e) => e !== undefined && e.area !== null);
  const withRoom = named.filter((e) => {
    const rest = roomWords(e.name, index);
    return rest !== '' && rest !== e.name.toLowerCase();
  });
  if (withRoom.length === 0) return null;
  for (let i = 0; i < items.length; i++) {
    const x = items[i]!;
    if (x.kind !== 'area') continue;
    const after = items[i + 1];
    if (after && (after.kind === 'noun' || after.kind === 'entity' || /^(?:ones?|stuff|things?|everything)$/.test(after.text))) continue;
    let b = i - 1;
    while (b >= 0 && LEAD.has(items[b]!.text)) b--;
    const before = items[b];
    if (before && /^(?:in|on|at|from|of|inside|upstairs|downstairs|everything|all|whole|entire)$/.test(before.text)) continue;
    const room = x.area.name.toLowerCase();
    const here = acted.filter((e) => e.area?.toLowerCase() === room);
    if (here.length === 0) continue;
    for (const e of withRoom) {
      if (e.area?.toLowerCase() === room) continue;
      const rest = roomWords(e.name, index);
      const gap = index.entities.filter((d) => d.area?.toLowerCase() === room && d.domain === e.domain && roomWords(d.name, index) === rest);
      if (gap.length !== 1 || (here.length === 1 && here[0] === gap[0])) continue;
      return {
        code: 'AMBIGUOUS',
        message: `"${x.text}": just the ${gap[0]!.name}, or ${joinWords(here.map((d) => d.name), 'and')}?`,
        next: `Say "the ${gap[0]!.name}" or "everything in the ${x.area.name}".`,
      };
    }
  }
  return null;
}
