// Words that describe which device is meant ("the floor lamp", "the left curtain", "the night light") and
// that the grammar has no other use for in that position. Such a word must match a word of a device's
// name; it is never dropped, so "the floor lamp" can't become "the lamp" when no Floor Lamp is known.
// The list is closed the other way round: every grammar word is a modifier unless it is listed here as a
// function word, so a word added to the lexicon later is safe by default.
import type { Item } from './tag';
import {
  DOWN_WORDS, EXCEPT_WORDS, FILLERS, OFF_VERBS, ON_VERBS, PARTICLE_VERBS, PRONOUNS, QUANT_ALL, QUESTION_STARTS,
  REQUEST_STARTS, SET_VERBS, SIDE_WORDS, TIME_UNITS, UP_WORDS,
} from './lexicon-words';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Words that may stand right before a device noun without describing the device. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...FILLERS, ...PRONOUNS, ...QUANT_ALL, ...EXCEPT_WORDS, ...ON_VERBS, ...OFF_VERBS, ...PARTICLE_VERBS, ...SET_VERBS,
  ...UP_WORDS, ...DOWN_WORDS, ...QUESTION_STARTS, ...REQUEST_STARTS, ...TIME_UNITS.keys(),
  ...words(`
    in on at of off by to from with into onto for out over across throughout around inside within near and then or
    plus after before while than not no nor instead this these that those one only single any there here
    everywhere 's if whether another stop close open lock unlock secure unsecure toggle pause resume unpause continue
    play skip replay restart rewind mute unmute silence clean mow dock return send cancel find ensure begin halt
    hoover goback howmany howmuch isthere arethere whatis tell show list check lightup lightsout tobase percent per
    cent % degrees degree ° kelvin k c f celsius centigrade fahrenheit about roughly approximately maybe say
    closing opening moving going started fire boot spin wait give later soon shortly eventually moment
  `),
]).add(',');

/** Fillers that also pick one device among several: "the right lamp". */
const FILLER_MODIFIERS: ReadonlySet<string> = new Set(['right']);

/** Words that name a floor in general; they need a floor name or "every"/"this" with them. */
export const FLOOR_WORDS: ReadonlySet<string> = new Set(['floor', 'floors', 'storey', 'storeys']);

const DESCRIBED = new Set<Item['kind']>(['noun', 'entity']);

/** Repairs that are safe before a device noun: "teh lamp" is "the lamp". */
const SAFE_REPAIRS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'all', 'every', 'each', 'both', 'this', 'that',
  'these', 'those', 'any', 'some', 'on', 'off', 'in', 'at', 'of', 'to', 'and', 'or',
  // A side still has to be part of a name ("rihgt curtain" is the right curtain only where one is called so).
  ...SIDE_WORDS]);

/** True when the word at `i` was changed by spelling repair into a word that plays no part before a device
 *  noun ("main fan" heard as "min fan"): the word as said must then be part of a name. */
export function isRepairedModifierAt(items: readonly Item[], i: number, firstContent: number): boolean {
  const it = items[i]!;
  if (it.kind !== 'word' || it.original === undefined || i <= firstContent || SAFE_REPAIRS.has(it.text)) return false;
  return describesNext(items, i);
}

/** "one"/"ones" stand for a device noun: "the right one", "the kitchen ones". */
const ONE_WORDS = new Set(['one', 'ones']);

function describesNext(items: readonly Item[], i: number): boolean {
  for (let k = i + 1; k < items.length; k++) {
    const next = items[k]!;
    if (DESCRIBED.has(next.kind) || (next.kind === 'word' && ONE_WORDS.has(next.text))) return true;
    // "the left and right blinds": the noun after the last describing word describes each.
    const after = items[k + 1];
    const describing = after?.kind === 'entity' || (after?.kind === 'word' && (!FUNCTION_WORDS.has(after.text) || FILLER_MODIFIERS.has(after.text)));
    if (['and', 'or', ','].includes(next.text) && describing) continue;
    // "the big old lamp": more describing words may follow.
    if (next.kind !== 'word' || (FUNCTION_WORDS.has(next.text) && !FILLER_MODIFIERS.has(next.text))) return false;
  }
  return false;
}

/** True when the word at `i` stands before a device noun or name ("the floor lamp", "the big old lamp"),
 *  after whatever opens the clause ("lower blinds" is a verb, not a modifier). */
export function isModifierAt(items: readonly Item[], i: number, firstContent: number): boolean {
  const it = items[i]!;
  // The first word is the verb ("lower blinds") — unless it only says which side ("left curtain to 20%").
  if (it.kind !== 'word' || (i <= firstContent && !SIDE_WORDS.has(it.text))) return false;
  if (FUNCTION_WORDS.has(it.text) && !FILLER_MODIFIERS.has(it.text)) return false;
  return describesNext(items, i);
}
