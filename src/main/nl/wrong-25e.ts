// Round 25e: wrong actions still known (none in a dev set), each asked as a class — whole-sentence checks on a reading
// that acts (hooked in parser.ts's parse):
//   1. "cut you turn on the fan" switched the fan OFF: a misheard "could you" ("cut", "kill", "shut" + "you") read as the
//      verb, and the command said after it lost. A first word before "you" that is no request word, with a command after
//      "you" that does something else, is asked.
//   2. "turn off it, the tv and the fan" with nothing said before: "it" dropped, the rest acted on. "it"/"them" listed
//      ("it," / "it and") before anything it could be is asked.
//   3. "turn off the play lights", "turn on too lights": a word before the kind that names nothing ("play" of Play Corner,
//      "too" for "two") widened to every light of the home. Asked which are meant.
//   4. "lock all the doors" said in the Entrance locked the Entrance's Front Door only: "all the <kind>" with no place said
//      is every one of the home, not the speaker's room; acted on the speaker's room only while others exist, asked.
//   5. "set the thermostat to 70" said in the Office set the living room's Thermostat, though the Office has the Office
//      Thermostat: a device whose name names no room, elsewhere, while the speaker's room has one of its kind called by
//      that name too — which is asked.
import type { NlAction } from './actions';
import type { NlError } from './errors';
import type { NlEntity, NlHome } from './home';
import type { HomeIndex } from './name-index';
import { devicesById } from './per-home';
import { tagTokens, type Item } from './tag';
import { tokenize } from './tokenize';

/** Words that start a request before "you" ("could you …", "thank you, …"). */
const BEFORE_YOU = new Set(['can', 'could', 'would', 'will', 'do', 'did', 'should', 'shall', 'may', 'might', 'must', 'thank', 'thanks', 'hey', 'hi',
  'are', 'if', 'when', 'while', 'and', 'but', 'so', 'then', 'ok', 'okay', 'please', 'cant', "can't", 'couldnt', "couldn't", 'wouldnt', "wouldn't",
  'wont', "won't", 'cud', 'cld', 'wud', 'wld', 'coud', 'coudl', 'culd', 'woud', 'wuld', 'kan', 'cn', 'u', 'bless', 'see', 'mind', 'reckon', 'think']);

const sameActions = (a: readonly NlAction[], b: readonly NlAction[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/** 1. "cut you turn on the fan". */
function misheardRequest(said: string, actions: readonly NlAction[], reread: (text: string) => { actions: NlAction[]; error?: NlError }): NlError | null {
  const words = said.trim().split(/\s+/);
  if (words.length < 4 || words[1]!.toLowerCase().replace(/[^a-z']/g, '') !== 'you') return null;
  const first = words[0]!.toLowerCase().replace(/[^a-z']/g, '');
  if (BEFORE_YOU.has(first)) return null;
  const rest = reread(words.slice(2).join(' '));
  if (rest.error || rest.actions.length === 0 || sameActions(rest.actions, actions)) return null;
  return { code: 'AMBIGUOUS', message: `I didn't catch "${words[0]} you". Did you mean "could you ${words.slice(2).join(' ')}"? Say the command again.` };
}

const PRONOUNS = new Set(['it', 'them']);
const LIST_JOINS = new Set([',', 'and', 'plus', '&']);
const NAMES = new Set<Item['kind']>(['entity', 'noun', 'area', 'floor']);
const AFTER_WORDS = new Set(['at', 'about', 'with', 'of', 'for', 'to', 'from', 'by', 'into', 'onto', 'without']);

/** 2. "turn off it, the tv and the fan" with no device before "it". */
function itListedFirst(items: readonly Item[], previous: readonly string[] | null | undefined): NlError | null {
  if (previous && previous.length > 0) return null;
  // ("while you're at it, close the curtain": "at it" is no device; "hold it, stop the curtain": a command follows, no list)
  const k = items.findIndex((x, i) => PRONOUNS.has(x.text) && !AFTER_WORDS.has(items[i - 1]?.text ?? '') && LIST_JOINS.has(items[i + 1]?.text ?? '')
    && (NAMES.has(items[i + 2]?.kind ?? 'word') || (items[i + 2]?.text === 'the' && NAMES.has(items[i + 3]?.kind ?? 'word'))));
  // (a first word tagged as a kind is the verb: "switch on it, …", "lock it and …")
  if (k < 0 || items.slice(0, k).some((x, j) => NAMES.has(x.kind) && !(j === 0 && x.kind === 'noun'))) return null;
  return { code: 'AMBIGUOUS', message: `What is "${items[k]!.text}"? Nothing was said before it. Say each device by name.` };
}

/** Words that may stand before a kind said of the whole home ("turn off all the lights", "my lights"). */
const BEFORE_KIND = new Set(['the', 'all', 'of', 'my', 'our', 'every', 'each', 'these', 'those', 'both', 'any', 'some', 'other', 'off', 'on', 'out', 'up', 'down',
  'turn', 'switch', 'put', 'shut', 'set', 'dim', 'open', 'close', 'lock', 'unlock', 'please', 'and', ',', 'then', 'also', 'to', 'at', 'in', 'a', 'kill', 'cut',
  'start', 'stop', 'pause', 'mute', 'make', 'get', 'brighten', 'lower', 'raise', 'just', 'now', 'your', 'his', 'her', 'their', 'them', 'main', 'remaining', 'rest']);

/** 3. "turn off the play lights": a word before the kind names nothing, and every one of the kind in the home is acted on. */
function strayWordBeforeKind(items: readonly Item[], actions: readonly NlAction[], home: NlHome): NlError | null {
  if (items.some((x) => x.kind === 'area' || x.kind === 'floor' || x.kind === 'entity' || x.text === 'here')) return null;
  // (the word stands where a name would: after "the", or after "on"/"off" — "ok so lights off" is a lead-in)
  const k = items.findIndex((x, i) => x.kind === 'noun' && x.plural && i > 1 && items[i - 1]!.kind === 'word' && !BEFORE_KIND.has(items[i - 1]!.text) && !/^\d/.test(items[i - 1]!.text)
    && ['the', 'on', 'off'].includes(items[i - 2]!.text));
  if (k < 0) return null;
  const domains = new Set(actions.map((a) => a.entity.split('.')[0]!));
  const acted = new Set(actions.map((a) => a.entity));
  const every = [...domains].every((d) => home.entities.filter((e) => e.domain === d).length > 1 && home.entities.filter((e) => e.domain === d).every((e) => acted.has(e.id)));
  if (!every) return null;
  return { code: 'AMBIGUOUS', message: `Which ${items[k]!.text} do you mean by "${items[k - 1]!.text} ${items[k]!.text}"? I don't know "${items[k - 1]!.text}" here. Say the room or the name.` };
}

/** 4. "lock all the doors" said in a room: every one of the home, or the room's? */
function allInSpeakersRoom(items: readonly Item[], actions: readonly NlAction[], home: NlHome, area: string | null | undefined): NlError | null {
  if (!area || actions.length === 0) return null;
  if (!items.some((x, i) => (x.text === 'all' || x.text === 'every') && items.slice(i + 1).some((y) => y.kind === 'noun'))) return null;
  if (items.some((x) => x.kind === 'area' || x.kind === 'floor' || x.kind === 'entity' || ['here', 'this', 'room', 'except', 'but'].includes(x.text))) return null;
  const byId = devicesById(home);
  const acted = actions.map((a) => byId.get(a.entity)).filter((e): e is NlEntity => e !== undefined);
  if (acted.length === 0 || acted.some((e) => e.area !== area)) return null;
  const domains = new Set(acted.map((e) => e.domain));
  const elsewhere = home.entities.filter((e) => domains.has(e.domain) && e.area !== area);
  if (elsewhere.length === 0) return null;
  return { code: 'AMBIGUOUS', message: `All of them in the home, or only those in the ${area}? Say "in here" or "in the whole home".`, options: [`in the ${area}`, 'in the whole home'] };
}

/** 5. "the thermostat" said in the Office, where the Office Thermostat is: the one there, or the one called so elsewhere? */
function otherRoomsNamesake(items: readonly Item[], actions: readonly NlAction[], home: NlHome, area: string | null | undefined): NlError | null {
  if (!area || actions.length === 0 || items.some((x) => x.kind === 'area' || x.kind === 'floor' || x.text === 'here')) return null;
  const byId = devicesById(home);
  const roomWords = new Set(home.areas.flatMap((a) => a.name.toLowerCase().split(/\s+/)));
  for (const a of actions) {
    const e = byId.get(a.entity);
    if (!e || !e.area || e.area === area) continue;
    const name = e.name.toLowerCase();
    if (name.split(/\s+/).some((w) => roomWords.has(w))) continue;
    const here = home.entities.find((x) => x.domain === e.domain && x.area === area && x.id !== e.id && new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(x.name));
    if (!here) continue;
    return { code: 'AMBIGUOUS', message: `Which one: ${here.name} (here in the ${area}) or ${e.name} (in the ${e.area})?`, options: [here.name, e.name] };
  }
  return null;
}

/** The whole sentence's checks of round 25e, for a reading that acts: the question to ask, or null. */
export function wrong25e(said: string, actions: readonly NlAction[], context: { area?: string | null; previous?: readonly string[] | null }, index: HomeIndex, home: NlHome,
  reread: (text: string) => { actions: NlAction[]; error?: NlError }): NlError | null {
  if (actions.length === 0) return null;
  const items = tagTokens(index, tokenize(said));
  return misheardRequest(said, actions, reread) ?? itListedFirst(items, context.previous) ?? strayWordBeforeKind(items, actions, home)
    ?? allInSpeakersRoom(items, actions, home, context.area) ?? otherRoomsNamesake(items, actions, home, context.area);
}
