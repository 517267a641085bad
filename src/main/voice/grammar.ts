// The JSGF grammar the recognizer hears with: the commands the NL parser understands (on/off, set … to N percent,
// brighter/dimmer, warmer/cooler, open/close, lock/unlock, scenes, simple questions), over the home's own device,
// room, floor and scene names. Common device nouns and room words are in it too, so a thing the home lacks ("the
// garage heater") is heard as said and the parser asks about it, rather than being heard as the nearest name.
import { DOWN_WORDS, OFF_VERBS, ON_VERBS, UP_WORDS } from '../nl/lexicon-words';
import { NOUNS } from '../nl/lexicon-devices';
import { dictionaryText, pronounce } from './dictionary';

export interface HomeNames {
  devices: readonly string[];
  areas: readonly string[];
  floors: readonly string[];
  scenes: readonly string[];
}

export interface VoiceGrammar {
  jsgf: string;
  /** The pronunciations of every word the grammar uses, as a pocketsphinx dictionary. */
  dict: string;
  /** How many of the home's names are listened for. */
  names: number;
  /** The home's names that are not listened for: a word in them has no pronunciation. */
  unheard: string[];
}

/** Rooms many homes have, listened for even when this one lacks them (then the parser asks which room). */
const COMMON_ROOMS = ['kitchen', 'bedroom', 'living room', 'bathroom', 'hallway', 'hall', 'office', 'garage', 'garden',
  'porch', 'basement', 'attic', 'dining room', 'nursery', 'study', 'lounge', 'den', 'patio', 'landing', 'utility room'];
const COMMON_FLOORS = ['upstairs', 'downstairs', 'ground floor', 'first floor', 'second floor'];
/** Device nouns people say (from the NL parser's own nouns): all ~200 of them make the grammar slower and the
 *  names of the home harder to hear, so only the common ones are listened for. */
const DEVICE_NOUNS = ['light', 'lights', 'lamp', 'lamps', 'bulb', 'heater', 'heating', 'fan', 'fans', 'plug', 'switch',
  'socket', 'outlet', 'blind', 'blinds', 'curtain', 'curtains', 'shade', 'shades', 'shutter', 'shutters', 'door',
  'window', 'lock', 'thermostat', 'tv', 'television', 'speaker', 'radio', 'vacuum', 'sensor', 'valve'];
/** What a change is about when no device is named ("raise the temperature in the bedroom"). */
const MEASURES = ['temperature', 'brightness', 'heating', 'lights', 'light'];

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** 0–999 in words, as a name with a number in it is said ("Lamp 2" → "lamp two"). */
function numberWords(n: number): string {
  if (n === 0) return 'zero';
  const out: string[] = [];
  if (n >= 100) {
    out.push(UNITS[Math.floor(n / 100) - 1]!, 'hundred');
    n %= 100;
  }
  if (n >= 20) {
    out.push(TENS[Math.floor(n / 10) - 2]!);
    if (n % 10) out.push(UNITS[(n % 10) - 1]!);
  } else if (n >= 10) out.push(TEENS[n - 10]!);
  else if (n > 0) out.push(UNITS[n - 1]!);
  return out.join(' ');
}

/** A name as the words a person says: "Desk Lamp 2" → ["desk", "lamp", "two"]; "Kid's Room" → ["kid's", "room"]. */
export function spokenWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\d+/g, (d) => (Number(d) < 1000 ? ` ${numberWords(Number(d))} ` : ` ${[...d].map((c) => numberWords(Number(c))).join(' ')} `))
    .replace(/[’`]/g, "'")
    .split(/[^a-z']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** The command skeleton; <device>, <noun>, <room>, <floor>, <scene>, <verbOn>, <verbOff>, <up>, <down> are filled in.
 *  pocketsphinx mishandles <VOID>, so a home without scenes or devices gets a skeleton without those rules. */
const skeleton = (o: { scenes: boolean; devices: boolean }) => `
public <command> = [<lead>] (<switch> | <set> | <change> | <cover> | <lock>${o.scenes ? ' | <sceneCmd>' : ''} | <query>) [<tail>];
<lead> = please | hearth | hey hearth | ok hearth | can you | could you | would you | i want to;
<tail> = please | thank you;
<switch> = (turn | switch | power) (on | off) <target>
  | (turn | switch | power) <target> (on | off)
  | <verbOn> <target> | <verbOff> <target> | shut off <target> | shut <target> off;
<set> = (set | dim | change | put | bring | make | turn | adjust) <target> (to | at) <amount>;
<amount> = <number> [percent | degrees | kelvin] | half | full | maximum | minimum | max;
<change> = (turn | make | set | put) <target> (<up> | <down>)
  | (turn | set) (up | down) <target>
  | (dim | brighten | raise | lower | increase | decrease) <target> [by <number> [percent | degrees]]
  | make it (warmer | cooler | brighter | darker) [<inPlace>];
<cover> = (open | close | raise | lower) <target>;
<lock> = (lock | unlock) <target>;
${o.scenes ? '<sceneCmd> = (activate | apply | start | run | turn on | set) [the] <scene> [scene];' : ''}
<query> = (is | are) <target> (on | off | open | closed | locked | unlocked)
  | what is the (temperature | brightness) [<inPlace>]
  | (what's | how warm is it | how cold is it) [<inPlace>];
<target> = [the | all [the] | every | both] <thing> [<inPlace>]
  | [the] <place> <noun>
  | everything [<inPlace>];
<inPlace> = (in | on | at) [the] <place>;
<thing> = ${o.devices ? '<device> | ' : ''}<noun> | <measure>;
<place> = <room> | <floor>;
<number> = zero | <units> | <teens> | <tens> [<units>] | (one | a) hundred | <units> point <units>;
<units> = ${UNITS.join(' | ')};
<teens> = ${TEENS.join(' | ')};
<tens> = ${TENS.join(' | ')};
<measure> = ${MEASURES.join(' | ')};
`;

const JSGF_WORD = /^[a-z][a-z']*$/;

const uniq = (xs: Iterable<string>) => [...new Set(xs)];

/** Builds the grammar and its dictionary for a home (reads the recognizer's dictionary file once). */
export async function buildGrammar(home: HomeNames, dictFile: string): Promise<VoiceGrammar> {
  const phrase = (name: string) => spokenWords(name).join(' ');
  const devices = uniq(home.devices.map(phrase)).filter(Boolean);
  const areas = uniq(home.areas.map(phrase)).filter(Boolean);
  const floors = uniq(home.floors.map(phrase)).filter(Boolean);
  const scenes = uniq(home.scenes.map(phrase)).filter(Boolean);
  const nouns = DEVICE_NOUNS.filter((n) => NOUNS.has(n));
  const verbOn = uniq([...ON_VERBS]);
  const verbOff = uniq([...OFF_VERBS, 'stop']);
  const up = uniq([...UP_WORDS].filter((w) => JSGF_WORD.test(w)));
  const down = uniq([...DOWN_WORDS].filter((w) => JSGF_WORD.test(w)));
  const rooms = uniq([...areas, ...COMMON_ROOMS]);
  const allFloors = uniq([...floors, ...COMMON_FLOORS]);

  const skeletonWords = skeleton({ scenes: true, devices: true }).replace(/<[^>]+>/g, ' ').replace(/\bpublic\b/g, ' ').match(/[a-z][a-z']*/g) ?? [];
  const lists = [devices, rooms, allFloors, scenes, nouns, verbOn, verbOff, up, down];
  const words = new Set<string>([...skeletonWords, ...lists.flat().flatMap((p) => p.split(' '))]);
  const { found, missing } = await pronounce(dictFile, words);
  const sayable = (p: string) => p.split(' ').every((w) => found.has(w));
  const SKELETON = skeleton({ scenes: scenes.some(sayable), devices: devices.some(sayable) });
  const missingSkeleton = skeletonWords.filter((w) => missing.has(w));
  if (missingSkeleton.length) throw new Error(`the recognizer's dictionary lacks command words: ${uniq(missingSkeleton).join(', ')}`);

  const heard = (names: readonly string[], said: readonly string[]) => names.filter((_, i) => sayable(said[i]!));
  const unheard = [
    ...home.devices, ...home.areas, ...home.floors, ...home.scenes,
  ].filter((n) => { const p = phrase(n); return !p || !sayable(p); });
  /** A rule of the sayable alternatives; none (a home without scenes) leaves the rule out, as the skeleton does. */
  const rule = (name: string, alts: readonly string[]) => {
    const ok = uniq(alts.filter(sayable));
    return ok.length ? `<${name}> = ${ok.join(' | ')};` : '';
  };
  const jsgf = [
    '#JSGF V1.0;',
    'grammar hearth;',
    SKELETON.trim(),
    rule('device', devices),
    rule('noun', nouns),
    rule('room', rooms),
    rule('floor', allFloors),
    rule('scene', scenes),
    rule('verbOn', verbOn),
    rule('verbOff', verbOff),
    rule('up', up),
    rule('down', down),
    '',
  ].filter((l, i, all) => l !== '' || i === all.length - 1).join('\n');
  const names = heard(home.devices, home.devices.map(phrase)).length + heard(home.areas, home.areas.map(phrase)).length
    + heard(home.floors, home.floors.map(phrase)).length + heard(home.scenes, home.scenes.map(phrase)).length;
  return { jsgf, dict: dictionaryText(found), names, unheard: uniq(unheard) };
}
