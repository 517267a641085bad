// Commands that set a value: brightness (absolute and relative), colour, colour temperature, thermostat
// temperature (°C/°F, absolute and relative), cover position and fan speed. Which one is meant comes from
// the words ("brightness", "kelvin", "degrees") or else from the kind of device named.
import type { Clause } from './clause';
import type { Frame, Op, TemperatureUnit } from './frame';
import { WHITE_WORDS } from './colors';
import { DOWN_WORDS, UP_WORDS } from './lexicon-words';
import { isCount } from './target';

export type ValueRead = Omit<Frame, 'target'>;

const BRIGHT_WORDS = new Set(['brightness', 'bright', 'brighter', 'brighten', 'dim', 'dimmer', 'darker', 'darken', 'lighten']);
const MAX_WORDS = new Set(['max', 'maximum', 'highest', 'full', 'top']);
const MIN_WORDS = new Set(['min', 'minimum', 'lowest', 'bottom']);
const CLIMATE_WORDS = new Set(['warmer', 'cooler', 'hotter', 'colder']);
const TRACK_WORDS = new Set(['track', 'tracks', 'song', 'songs', 'episode', 'episodes', 'chapter', 'chapters']);

interface NumberRead {
  value: number;
  unit: 'percent' | 'kelvin' | 'degrees' | null;
  tempUnit: TemperatureUnit;
  /** "to 50", "by 10", or said bare. */
  prep: 'to' | 'by' | null;
}

/** A number with no unit and no "to"/"by" next to "turn on ...": not a setting ("turn on the light 5"). */
function bare(n: NumberRead): boolean {
  return n.unit === null && n.prep === null;
}

function readNumber(c: Clause): NumberRead | null {
  for (let i = 0; i < c.items.length; i++) {
    const it = c.items[i]!;
    if (it.kind !== 'num') continue;
    // "all three kitchen lights", "both 2 lamps": a count of devices, not a value.
    if (isCount(c.items, i)) continue;
    const t1 = c.texts[i + 1] ?? '';
    const t2 = c.texts[i + 2] ?? '';
    let unit: NumberRead['unit'] = null;
    let tempUnit: TemperatureUnit = null;
    if (t1 === '%' || t1 === 'percent') unit = 'percent';
    else if (t1 === 'k' || t1 === 'kelvin') unit = 'kelvin';
    else if (t1 === '°' || t1 === 'degrees' || t1 === 'degree') {
      unit = 'degrees';
      if (t2 === 'c' || t2 === 'celsius' || t2 === 'centigrade') tempUnit = 'C';
      if (t2 === 'f' || t2 === 'fahrenheit') tempUnit = 'F';
    } else if (t1 === 'celsius' || t1 === 'centigrade' || t1 === 'c') {
      unit = 'degrees';
      tempUnit = 'C';
    } else if (t1 === 'fahrenheit' || t1 === 'f') {
      unit = 'degrees';
      tempUnit = 'F';
    }
    let prep: NumberRead['prep'] = null;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
      const t = c.texts[k]!;
      if (t === 'to' || t === 'at') prep = 'to';
      else if (t === 'by') prep = 'by';
      else continue;
      break;
    }
    return { value: it.value, unit, tempUnit, prep };
  }
  return null;
}

/** Direction words: +1 up, -1 down, 0 none. For colour temperature "warmer" means fewer kelvin. */
function direction(c: Clause): number {
  for (const t of c.texts) {
    if (UP_WORDS.has(t)) return 1;
    if (DOWN_WORDS.has(t)) return -1;
  }
  return 0;
}

/** "all the way up", "all the way down": as far as it goes (said with a direction). */
function allTheWay(c: Clause): boolean {
  const t = c.texts;
  for (let i = 0; i < t.length; i++) {
    if (t[i] === 'all' && (t[i + 1] === 'way' || (t[i + 1] === 'the' && t[i + 2] === 'way'))) return true;
  }
  return false;
}

function stepSize(c: Clause, small: number, big: number): number {
  return c.has('lot') || c.has('much') || c.has('way') ? big : small;
}

/** Which device kinds the clause names (from nouns and entity names). */
export interface DomainHint {
  /** The clause switches on or off ("turn on", "off"). */
  switching: boolean;
  light: boolean;
  climate: boolean;
  cover: boolean;
  fan: boolean;
  media: boolean;
}

/** "it's too dark in here", "it's freezing in the bedroom": a complaint asks for the opposite (a degree of the home's unit). */
function readComplaint(c: Clause): ValueRead | null {
  const t = c.texts;
  const too = t.includes('too') || t.includes('so') || t.includes('very');
  if (t.includes('freezing') || t.includes('chilly') || (too && (t.includes('cold') || t.includes('cool')))) return { op: 'temperature_step', value: 1, unit: null };
  if (t.includes('boiling') || t.includes('stuffy') || (too && (t.includes('hot') || t.includes('warm')))) return { op: 'temperature_step', value: -1, unit: null };
  if (too && t.includes('dark')) return { op: 'brightness_step', value: 10, unit: 'percent' };
  if (too && (t.includes('bright') || t.includes('light'))) return { op: 'brightness_step', value: -10, unit: 'percent' };
  if (too && (t.includes('loud') || t.includes('noisy'))) return { op: 'volume_step', value: -10, unit: 'percent', impliedDomain: 'media_player' };
  if (too && (t.includes('quiet') || t.includes('soft'))) return { op: 'volume_step', value: 10, unit: 'percent', impliedDomain: 'media_player' };
  return null;
}

export function readValue(c: Clause, hint: DomainHint): ValueRead | null {
  if (c.firstText() === 'it' || c.texts[0] === 'it' || c.texts[0] === 'its') {
    const complaint = readComplaint(c);
    if (complaint) return complaint;
  }
  // "back two tracks": a count of tracks is no setting (never the volume).
  if (c.hasAny(TRACK_WORDS)) return null;
  const read = readNumber(c);
  const num = read && hint.switching && bare(read) ? null : read;
  const dir = direction(c);
  const color = c.items.find((i) => i.kind === 'color');
  const ctemp = c.items.find((i) => i.kind === 'ctemp');
  const says = (w: string): boolean => c.has(w);
  const colorTempWords = (says('color') || says('colour') || says('white')) && (says('temperature') || says('temp'));
  const tempWord = says('temperature') || says('temp');
  const white = c.texts.find((t) => WHITE_WORDS.has(t));
  const lightish = hint.light || c.hasAny(BRIGHT_WORDS);

  // Colour temperature: "2700 kelvin", "warm white", "colour temperature 3000", "make the lights warmer".
  if (ctemp?.kind === 'ctemp') return { op: 'color_temp', value: ctemp.kelvin, unit: 'kelvin' };
  if (num?.unit === 'kelvin' || (colorTempWords && num) || (tempWord && hint.light && num && num.unit !== 'degrees')) {
    // (round 28a: a white said warmer is fewer kelvin, cooler more — "cooler by 500 kelvin" stepped down before)
    const whiteWay = says('warmer') || says('hotter') ? -1 : says('cooler') || says('colder') ? 1 : dir;
    if (num!.prep === 'by' || (dir !== 0 && num!.prep !== 'to')) return { op: 'color_temp_step', value: whiteWay * num!.value, unit: 'kelvin' };
    return { op: 'color_temp', value: num!.value, unit: 'kelvin' };
  }
  if (hint.light && !hint.climate && white && !num) return { op: 'color_temp', value: WHITE_WORDS.get(white)!, unit: 'kelvin' };
  if (hint.light && !hint.climate && (says('warmer') || says('cooler'))) {
    return { op: 'color_temp_step', value: (says('warmer') ? -1 : 1) * stepSize(c, 500, 1500), unit: 'kelvin' };
  }
  // Colour.
  if (color?.kind === 'color' && !num) return { op: 'color', value: color.color };

  // "heat the living room to 21", "cool down the bedroom", "warm up the office".
  const climateVerb = ['heat', 'cool', 'warm'].includes(c.firstText()) && !hint.light;
  const climateish = hint.climate || climateVerb || num?.unit === 'degrees' || (tempWord && !hint.light) || (c.hasAny(CLIMATE_WORDS) && !lightish);
  const maxed = c.hasAny(MAX_WORDS);
  const minned = c.hasAny(MIN_WORDS);
  const half = c.has('half') || c.has('halfway');

  if (climateish && !lightish) {
    const verbDir = dir !== 0 ? dir : climateVerb ? (c.firstText() === 'cool' ? -1 : 1) : 0;
    if (num) {
      // A percent is no temperature ("the office one at 50%"): asked about, never read as degrees.
      if (num.unit === 'percent') return null;
      if (num.prep === 'by' || (dir !== 0 && num.prep !== 'to')) {
        // "cool the bedroom by 2 degrees": the verb says which way; a change with no way said is asked about.
        return verbDir === 0 ? null : { op: 'temperature_step', value: verbDir * num.value, unit: num.tempUnit };
      }
      return { op: 'temperature', value: num.value, unit: num.tempUnit };
    }
    // Unsized: a degree (or three) of the home's own unit.
    // ("turn the heat up a bit", "a touch", "much warmer": a size said, but in no degrees — asked; "warm up the bedroom"
    // with no size said is one degree.)
    const vagueSize = ['bit', 'little', 'lot', 'much', 'slightly', 'tad', 'touch'].some((w) => c.has(w));
    if (verbDir !== 0) return { op: 'temperature_step', value: verbDir * stepSize(c, 1, 3), unit: null, ...(vagueSize ? { sizeless: true } : {}) };
    return null;
  }

  let op: Op = 'level';
  let stepOp: Op = 'level_step';
  if (lightish || c.has('brightness')) {
    op = 'brightness';
    stepOp = 'brightness_step';
  } else if (says('position')) {
    op = 'position';
    stepOp = 'position_step';
  } else if (says('speed')) {
    op = 'fan_speed';
    stepOp = 'fan_speed_step';
  }
  if (num) {
    // ("close the curtain by 10": the verb says the way when no other word does.)
    const way = dir !== 0 ? dir : num.prep === 'by' && (c.has('close') || c.has('shut')) ? -1 : 0;
    if (num.prep === 'by' || (dir !== 0 && num.prep !== 'to')) return { op: stepOp, value: way === 0 ? num.value : way * num.value, unit: 'percent' };
    return { op, value: num.value, unit: 'percent' };
  }
  // ("lower it all the way" of a kind not said: raising or lowering all the way is opening or closing, as "lower the shade all the way".)
  if (op === 'level' && dir !== 0 && allTheWay(c) && ['raise', 'lower'].includes(c.firstText()) && !c.items.some((x) => x.kind === 'entity' || x.kind === 'noun' || x.kind === 'area')) return { op: dir > 0 ? 'open' : 'close' };
  if (maxed || (dir > 0 && allTheWay(c))) return { op, value: 100, unit: 'percent' };
  if (dir < 0 && allTheWay(c) && op !== 'brightness') return { op, value: 0, unit: 'percent' };
  if (minned) return { op, value: op === 'brightness' ? 1 : 0, unit: 'percent' };
  if (half) return { op, value: 50, unit: 'percent' };
  if (dir !== 0 && (op !== 'level' || c.hasAny(UP_WORDS) || c.hasAny(DOWN_WORDS))) {
    const size = stepSize(c, 10, 30);
    // ("much brighter", "way up": how much is not said — asked; "a lot brighter" is a big step, as the sets say.)
    const much = (c.has('much') || (c.has('way') && !allTheWay(c))) && !c.has('lot') ? { sizeless: true } : {};
    return { op: stepOp, value: dir * size, unit: 'percent', stepWord: dir > 0 ? 'up' : 'down', ...much };
  }
  if (op === 'brightness' && c.has('dim')) return { op: 'brightness_step', value: -stepSize(c, 10, 30), unit: 'percent' };
  return null;
}
