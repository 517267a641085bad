// Questions about the home: "is the back door locked?", "are any lights on upstairs?", "how many doors are
// unlocked?", "what's the temperature in the kitchen?", "where is Ada?", "what is the outside humidity?".
import { Clause } from './clause';
import type { Frame, Quantifier, QuerySpec } from './frame';
import type { StateSense } from './lexicon-devices';
import type { HomeIndex } from './name-index';
import type { Item } from './tag';
import { QUESTION_STARTS } from './lexicon-words';
import { GENERIC_NOUNS } from './lexicon-devices';
import { readTarget } from './target';

const QUERY_FIRST = new Set([...QUESTION_STARTS, 'whatis', 'howmany', 'howmuch', 'isthere', 'arethere', 'tell']);
const ANY_WORDS = new Set(['any', 'isthere', 'arethere', 'anyone', 'anybody', 'anything', 'someone', 'something']);
const ALL_WORDS = new Set(['all', 'every', 'everyone', 'everybody', 'each', 'everything']);
const TEMP_FEEL = new Set(['hot', 'warm', 'cold', 'cool', 'chilly']);
/** Nouns that carry their own state: "are there any problems", "is there a leak", "what updates are available". */
const STATEFUL_NOUNS = new Set(['problem', 'problems', 'leak', 'leaks', 'flood', 'motion', 'movement', 'noise', 'smoke',
  'gas', 'carbon monoxide', 'co', 'occupancy', 'presence', 'vibration', 'tampering', 'update', 'updates', 'sound']);

/** Words said in a question about what a sensor does or has done, never part of what it is. */
const QUERY_TAIL = new Set(['detect', 'detects', 'detecting', 'detected', 'sense', 'senses', 'sensing', 'produce', 'produced', 'producing',
  'generate', 'generated', 'generating', 'made', 'did', 'we', 'today', 'so', 'far', 'yet', 'anything', 'something', 'air', 'reading', 'say', 'says']);

/** True when the clause asks rather than tells. */
export function isQuestion(items: readonly Item[], questionMark: boolean): boolean {
  const c = new Clause([...items]);
  let i = 0;
  while (i < c.texts.length && ['please', 'hey', 'ok', 'okay', 'hearth', 'so', 'and', 'also', 'now'].includes(c.texts[i]!)) i++;
  const first = c.texts[i] ?? '';
  if (['can', 'could', 'would', 'will'].includes(first)) return c.has('tell') || c.has('check');
  // ("do the left as well": "do" said of a device is a command — "do you …", "do the lights work?" ask.)
  if (first === 'do' && !questionMark && !['you', 'i', 'we', 'they', 'any', 'all', 'not', 'nt'].includes(c.texts[i + 1] ?? '')) return false;
  if (QUERY_FIRST.has(first)) return true;
  return questionMark && !c.items.some((x) => x.kind === 'word' && ['turn', 'switch', 'set', 'open', 'close'].includes(x.text));
}

function quantifier(c: Clause): Quantifier {
  const at = c.texts.findIndex((t) => !['please', 'tell', 'me', 'if', 'whether'].includes(t));
  const first = c.texts[at] ?? '';
  const next = c.items[at + 1];
  if (c.has('howmany')) return 'count';
  if (first === 'which' || first === 'who' || (first === 'what' && next?.kind === 'noun' && next.plural)) return 'which';
  if (c.hasAny(ANY_WORDS)) return 'any';
  if (c.hasAny(ALL_WORDS)) return 'all';
  return 'one';
}

function temperatureQuestion(c: Clause): boolean {
  if (c.items.some((i) => i.kind === 'measure' && i.classes[0] === 'temperature')) return true;
  const how = c.indexOf('how');
  return how >= 0 && TEMP_FEEL.has(c.texts[how + 1] ?? '');
}

export function readQuery(raw: Item[], index: HomeIndex): Frame | null {
  const c = new Clause(raw);
  const q = quantifier(c);
  const states: StateSense[] = [];
  let stateText: string | null = null;
  const measures: string[] = [];
  // "devices"/"things" are never people.
  const things = c.texts.some((t) => GENERIC_NOUNS.has(t));
  for (const it of c.items) {
    if (it.kind === 'state' && !(it.text === 'home' && states.length > 0)) {
      states.push(...it.senses.filter((s) => !things || s.domain !== 'person'));
      stateText ??= it.text;
    }
    if (it.kind === 'measure') measures.push(...it.classes);
  }
  // "is anyone home", "is Ada at home": "home" is where a person is, not the whole house.
  const aboutPeople = (i: Item): boolean =>
    (i.kind === 'noun' && i.senses[0]!.domain === 'person') || (i.kind === 'entity' && i.refs.some((r) => index.entities[r]!.domain === 'person'));
  const homeIsState = states.some((s) => s.domain === 'person') || c.items.some(aboutPeople);
  // ("does the kitchen gas sensor detect anything", "how much solar did we produce today", "how damp is the living room
  // air": what a sensor does, said after it, asks for its reading — no word of its name.)
  const said = raw.filter((x, k) => k === 0 || x.kind !== 'word' || !QUERY_TAIL.has(x.text) || index.nameVocab.has(x.text));
  const target = readTarget(said, { homeIsState, nameVocab: index.nameVocab });
  const query: QuerySpec = { quantifier: q, states, stateText, measures };
  const first = c.firstText();

  if (first === 'where' || (c.has('where') && c.has('find'))) return { op: 'query_where', target, query };
  // "how hot is it": "hot" here asks for a temperature, it is no state to check.
  const onlyFeel = states.every((s) => s.domain === 'binary_sensor' && (s.deviceClass === 'heat' || s.deviceClass === 'cold'));
  if (temperatureQuestion(c) && onlyFeel) return { op: 'query_temperature', target, query: { ...query, states: [], stateText: null } };
  if (states.length === 0) {
    const stateful = c.items.find((i) => (i.kind === 'noun' || (i.kind === 'entity' && i.generic?.kind === 'noun')) && STATEFUL_NOUNS.has(i.text));
    if (stateful && (c.hasAny(ANY_WORDS) || c.has('detected') || q !== 'one' || c.has('with'))) {
      query.states = [{ state: 'on' }];
      query.stateText = 'detected';
      return { op: 'query_state', target, query };
    }
    return { op: 'query_value', target, query };
  }
  return { op: 'query_state', target, query };
}
