// Issue 14, round 15b (continued from doubt-15p.ts): more classes of wrong action found by probing with sentences of our own.
// Each is asked (when Hearth is not sure, it asks). Read on the sentence's words; each check is a class, never a sentence.
import type { NlError } from './errors';
import type { SaidAction } from './doubt-15p';

/** A day said once: "tomorrow", "tonight", a day of the week. */
const ONCE = new Set(['tomorrow', 'tonight', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "turn on the garage light at sunset tomorrow", "open the curtains tomorrow at sunrise": a sun time is kept every day, and the
 *  one day said was dropped — once, or every day from then, is asked. ("every day at sunset" is read.) */
function sunOnce(tokens: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!actions.some((a) => a.schedule?.kind === 'sun')) return null;
  const k = tokens.findIndex((t, i) => ONCE.has(t) && !['from', 'starting', 'until', 'till', 'after'].includes(tokens[i - 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens[k]}" at a sun time: just once, or every day? A sun time is kept every day — say "every day at sunset", or a clock time for once.` };
}

/** Verbs a device is said to be about to do. */
const DEVICE_VERBS = new Set(['turn', 'switch', 'open', 'close', 'shut', 'lock', 'unlock', 'start', 'stop', 'play', 'pause', 'dim', 'come', 'go', 'run']);
/** Said before a device's name at the start: "the", "my", "our". */
const DETERMINERS = new Set(['the', 'my', 'our', 'that', 'this']);

/** "the fan should not be on" (switched it on), "the garage light shouldn't be off": a state said not to be — which way is
 *  asked, never the state itself made. */
function notBe(said: readonly string[]): NlError | null {
  const k = said.findIndex((t, i) => ['not', 'never'].includes(t) && said[i + 1] === 'be' && !['why', 'could', 'can'].includes(said[i - 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${said.slice(k, k + 3).join(' ')}": should I change it? Say what to do, for example "turn it off".` };
}

/** "the bedroom curtain will close", "… is going to close", "… is about to close", "… could close": what a device is said to be
 *  about to do — a statement, never done. ("the curtain should close", "needs to close" ask for it.) */
function deviceWill(said: readonly string[]): NlError | null {
  if (!DETERMINERS.has(said[0] ?? '')) return null;
  const k = said.findIndex((t, i) => i > 1 && ((['will', 'could', 'might', 'may', 'would'].includes(t) && DEVICE_VERBS.has(said[i + 1] ?? ''))
    || (['is', 'are'].includes(t) && ['going', 'about'].includes(said[i + 1] ?? '') && said[i + 2] === 'to' && DEVICE_VERBS.has(said[i + 3] ?? ''))));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${said.slice(k, k + 2).join(' ')} …": is that what it is about to do, or should I do it? Say it as a request, for example "close the bedroom curtain".` };
}

/** "no one needs the garage light on" (switched it on), "nobody is using the fan", "nothing needs to be on in the kitchen": a wish
 *  said of nobody — what to do is asked, never the thing said done. */
function nobodyWants(said: readonly string[]): NlError | null {
  const k = said.findIndex((t, i) => (['nobody', 'noone', 'none', 'nothing', 'neither'].includes(t) || (t === 'no' && said[i + 1] === 'one'))
    && said.slice(i + 1, i + 5).some((x) => /^(wants?|needs?|needed|uses?|using|watching|likes?)$/.test(x)));
  // ("since nobody is watching, turn off the tv": a request said after it is read.)
  if (k < 0 || said.slice(k + 1).some((x, i) => DEVICE_VERBS.has(x) && [',', 'so', 'and', 'then', 'please', 'just'].includes(said[k + i] ?? ''))) return null;
  return { code: 'AMBIGUOUS', message: `"${said.slice(k, k + 3).join(' ')} …": should I turn it off, or leave it? Say what to do, for example "turn off the garage light".` };
}

/** Words for all the way: "fully", "completely", "all the way". */
const FULLY = new Set(['fully', 'completely', 'entirely', 'totally', 'wide']);

/** "close the curtains, not all the way" (closed them fully), "open the left curtain but not fully":
 *  how far is said only as "not all the way" — asked, never all the way. */
function notAllTheWay(said: readonly string[]): NlError | null {
  const k = said.findIndex((t, i) => t === 'not' && (FULLY.has(said[i + 1] ?? '') || (said[i + 1] === 'all' && said[i + 2] === 'the' && said[i + 3] === 'way')));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${said.slice(k, k + 4).join(' ')}": how far then? Say a position or level, for example "close it to 30% open".` };
}

/** Words of loudness, and of light: a step said with one is of a player, or of a light. */
const LOUDNESS = new Set(['quiet', 'quieter', 'quietly', 'loud', 'louder', 'loudly', 'noise', 'noisy', 'volume', 'sound', 'hush', 'shush', 'silent', 'softer']);
const LIGHTNESS = new Set(['bright', 'brighter', 'brighten', 'dim', 'dimmer', 'dark', 'darker', 'darken']);

/** "quiet down the living room" (dimmed its lights), "black out the living room" (set its lights to the colour black): a quality
 *  said whose kind the reading did not change — asked, never the room's lights stepped for a word about sound. */
function qualityOfOtherKind(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0) return null;
  const domains = new Set(actions.map((a) => (a.entity ?? '').split('.')[0]));
  // ("the vacuum's too loud, send it home", "it's too loud in here, turn off the fan": how loud it is, said of what is then
  // stopped or switched off — round 19c.)
  const ended = actions.every((a) => ['turn_off', 'stop', 'return_to_base', 'media_pause', 'media_stop', 'pause'].includes(a.service ?? ''));
  const loud = said.find((t, i) => LOUDNESS.has(t) && !(ended && ['too', 'so', 'very', 'really', 'bit', 'way'].includes(said[i - 1] ?? '')));
  if (loud && !domains.has('media_player')) return { code: 'AMBIGUOUS', message: `"${loud}" is about sound, but no player would change. Which player? Say it, for example "turn the tv down".` };
  if (actions.some((a) => a.service === 'set_color' && ['black', 'darkness'].includes(String(a.data?.['color'] ?? '')))) {
    return { code: 'AMBIGUOUS', message: 'A light can\'t shine black: turn it off, or close the curtains? Say which.' };
  }
  // ("set the garage light speed to 50" set its brightness.)
  const speed = said.find((t) => ['speed', 'faster', 'slower', 'rpm'].includes(t));
  if (speed && !domains.has('fan')) return { code: 'AMBIGUOUS', message: `"${speed}" is about a fan, but no fan would change. Which fan? Say it, for example "set the ceiling fan to 50%".` };
  const bright = said.find((t) => LIGHTNESS.has(t));
  return bright && !domains.has('light') && [...domains].every((d) => d === 'media_player' || d === 'climate')
    ? { code: 'AMBIGUOUS', message: `"${bright}" is about light, but no light would change. Which light? Say it, for example "dim the play corner".` } : null;
}

/** Words that may come with a bare name and say nothing of what to do. */
const BARE = new Set(['the', 'my', 'our', 'please', 'pls', 'plz', 'now', 'thanks', 'thank', 'you', 'hey', 'hearth', 'ok', 'okay', ',', '.', '!', '?']);
/** Words that ask for something: a verb, or a wrapper around one ("get the fan going", "can you …"). */
const ASKS = new Set(['turn', 'switch', 'set', 'put', 'get', 'going', 'run', 'running', 'activate', 'launch', 'start', 'let', 'fire', 'kick', 'make', 'bring', 'give',
  'power', 'flip', 'toggle', 'can', 'could', 'would', 'will', 'want', 'need', 'like', 'have', 'go', 'do', 'enable', 'trigger', 'to', 'for', 'with', 'in', 'at']);
/** Words that say what to do: a verb, a state, a value. */
const SAYS_WHAT = /^(on|off|open|close|closed|shut|up|down|lock|locked|unlock|unlocked|start|stop|play|pause|mute|unmute|dim|bright|brighter|dimmer|\d.*|full|max|half|.*er)$/;

/** "garage light", "the bedroom lamp please": a device's name and nothing of what to do — on, off, or something else is asked,
 *  never switched on by guess. */
function bareName(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (actions.length === 0 || !actions.every((a) => a.service === 'turn_on' && !/^(scene|script)\./.test(a.entity ?? '')) || said.some((t) => SAYS_WHAT.test(t) || ASKS.has(t)) || said[0] === 'light') return null;
  const words = said.filter((t) => !BARE.has(t));
  return words.length > 0 && words.length <= 4 ? { code: 'AMBIGUOUS', message: `"${words.join(' ')}": on, off, or something else? Say what to do, for example "turn on the ${words.join(' ')}".` } : null;
}

/** "no more tv" (the volume went up), "no more lights tonight": "more" said after "no" — off, or less, is asked, never up. */
function noMore(said: readonly string[]): NlError | null {
  const k = said.findIndex((t, i) => t === 'more' && ['no', 'any', 'nothing'].includes(said[i - 1] ?? ''));
  return k < 0 ? null : { code: 'AMBIGUOUS', message: `"${said[k - 1]} more …": turn it off, or down? Say what to do, for example "turn off the tv".` };
}

/** "make the left curtain 20 percent closed" (set 20 % open), "put it at 80 percent closed" (set 80 % open): a share said as
 *  how far closed, read as how far open — asked, never the other side of the share. */
function shareClosed(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const k = said.findIndex((t, i) => /^\d+(\.\d+)?$/.test(t) && ['%', 'percent', 'pct'].includes(said[i + 1] ?? '') && ['closed', 'shut', 'down', 'lowered', 'drawn'].includes(said[i + 2] ?? ''));
  if (k < 0) return null;
  const n = Number(said[k]);
  return actions.some((a) => a.service === 'set_position' && Number(a.data?.['position']) === n && n !== 50)
    ? { code: 'AMBIGUOUS', message: `"${n}% ${said[k + 2]}": ${n}% open, or ${100 - n}% open? Say how far open, for example "set it to ${100 - n}% open".` } : null;
}

/** Verbs that say how a cover ends without a value: said with an amount for the first device only, the next may be meant all the
 *  way. */
const ENDS_WITHOUT_VALUE = new Set(['open', 'close', 'shut', 'raise', 'lower', 'pull', 'draw']);

/** "open the valve halfway and the curtains" (the curtains half open too), "open the left curtain to 30 and the right one": an
 *  amount said of the first device only, with a verb that needs none — the next one to the same amount, or all the way? Asked.
 *  ("set A to 30 and B" shares the value; "open A and B halfway" says it of both.) */
function amountOfFirst(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  if (!ENDS_WITHOUT_VALUE.has(said[0] ?? '') || actions.length < 2 || !actions.every((a) => a.service === 'set_position')) return null;
  const join = said.indexOf('and');
  if (join < 0) return null;
  const before = said.slice(0, join);
  const after = said.slice(join + 1);
  const amount = (words: readonly string[]): boolean => words.some((t, i) => /^\d/.test(t) || ['halfway', 'half', 'quarter', 'quarters', 'third', 'bit', 'little', 'partly', 'partway', 'slightly'].includes(t) || (t === 'way' && words[i - 2] === 'all'));
  return amount(before) && !amount(after) && !after.some((t) => ENDS_WITHOUT_VALUE.has(t) || ['too', 'also', 'both', 'same'].includes(t))
    ? { code: 'AMBIGUOUS', message: 'The amount you said: for the first one only, or for both? Say each with its own, for example "open the valve halfway and the curtains all the way".' } : null;
}

/** "living room up 2" (both lights 2 % brighter), "bump the bedroom up 3": a small step said of a place with no kind and no "%"
 *  — 2 degrees or 2 %? Asked, never a step of 2 % by guess. */
function smallStepOfPlace(said: readonly string[], actions: readonly SaidAction[]): NlError | null {
  const steps = actions.filter((a) => a.service === 'brightness_step');
  if (steps.length === 0 || steps.length !== actions.length || !steps.every((a) => Math.abs(Number(a.data?.['step'] ?? 0)) <= 5)) return null;
  if (said.some((t) => /^(%|percent|pct|lights?|lamps?|brightness|bright|brighter|dim|dimmer|brighten)$/.test(t))) return null;
  return { code: 'AMBIGUOUS', message: 'By degrees or by percent? Say it, for example "turn the heat up 2 degrees" or "the lights up 20%".' };
}

/** The checks continued from doubt-15p.ts. */
export function doubt15pb(tokens: readonly string[], actions: readonly SaidAction[], said: readonly string[] = tokens): NlError | null {
  return sunOnce(tokens, actions) ?? notBe(said) ?? deviceWill(said) ?? nobodyWants(said) ?? notAllTheWay(said) ?? qualityOfOtherKind(said, actions) ?? bareName(said, actions) ?? noMore(said) ?? shareClosed(said, actions) ?? amountOfFirst(said, actions) ?? smallStepOfPlace(said, actions);
}
