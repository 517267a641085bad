// "could the ceiling fan get fired up", "get the play corner lit up", "can the shade in here be opened", "can the
// garage light get flipped on": a device asked to end up done — the command that does it ("fire up the ceiling fan").
// The verb said in the past keeps its particle, so the idiom reads as said ("lit up" is switching on, never a step).
import { table } from './table';

/** A verb said in the past → the verb. */
const PAST: Readonly<Record<string, string>> = table({
  turned: 'turn', switched: 'switch', flipped: 'flip', flicked: 'flip', fired: 'fire', lit: 'light', powered: 'power',
  opened: 'open', closed: 'close', shut: 'shut', locked: 'lock', unlocked: 'unlock', muted: 'mute', unmuted: 'unmute',
  paused: 'pause', started: 'start', stopped: 'stop', dimmed: 'dim', brightened: 'brighten', raised: 'raise',
  lowered: 'lower', drawn: 'draw', pulled: 'pull', booted: 'boot', relocked: 'lock', cranked: 'crank',
});
const PARTICLES = new Set(['up', 'down', 'on', 'off', 'open', 'shut', 'closed']);
const ASK = new Set(['could', 'would', 'can', 'will']);
const GET = new Set(['get', 'have']);
const OBJECT_STARTS = new Set(['the', 'my', 'our', 'all', 'both', 'it', 'them', 'that', 'this', 'these', 'those']);
const NOT_OBJECT = new Set([',', 'and', 'then', 'to', 'you', 'i', 'we', 'be', 'been', 'being', 'not', 'has', 'have', 'get', 'is', 'are', 'was', 'were', 'so', 'if', 'when', 'but']);
const TAIL = new Set([',', 'please', 'now', '?', 'for', 'me', 'us', 'thanks', 'cheers']);

function objectOk(object: readonly string[]): boolean {
  return object.length > 0 && object.length <= 7 && OBJECT_STARTS.has(object[0]!) && !object.some((w) => NOT_OBJECT.has(w) || PAST[w] !== undefined);
}

/** The command asked for, or null when the tokens from `at` are no such request. */
export function passiveAsked(tokens: readonly string[], at: number): string[] | null {
  let end = tokens.length;
  while (end > at && TAIL.has(tokens[end - 1]!)) end--;
  // ("get the tv turned down a bit": how far, said after the end, goes after the command.)
  const size = ['bit', 'little', 'touch', 'tad', 'lot'].includes(tokens[end - 1] ?? '') && tokens[end - 2] === 'a' ? 2 : tokens[end - 1] === 'slightly' ? 1 : 0;
  if (size > 0) {
    const r = passiveAsked([...tokens.slice(0, end - size), ...tokens.slice(end)], at);
    return r ? [...r.slice(0, r.length - (tokens.length - end)), ...tokens.slice(end - size, end), ...tokens.slice(end)] : null;
  }
  // ("… lit up please", "… fired up for me": the tail said after it stays out of the object.)
  const particle = PARTICLES.has(tokens[end - 1] ?? '') && PAST[tokens[end - 2] ?? ''] !== undefined ? tokens[end - 1]! : null;
  const pastAt = particle ? end - 2 : end - 1;
  const verb = PAST[tokens[pastAt] ?? ''];
  if (!verb) return null;
  // ("lit" alone is a state word: only "lit up" is asked for by "get".)
  // (The particle after the device, as "pull the curtain shut", "fire the fan up" are read.)
  // ("pulled shut", "drawn open": closed, opened — the loose verb is read before this.)
  const ends = (verb === 'pull' || verb === 'draw') && particle !== null && ['open', 'shut', 'closed'].includes(particle) ? (particle === 'open' ? 'open' : 'close') : null;
  const said = (object: readonly string[]): string[] => (ends ? [ends, ...object] : [verb, ...object, ...(particle ? [particle] : [])]);
  let from = at;
  // "could you get the play corner lit up", "please get the fan fired up", "have the lamp switched off".
  if (ASK.has(tokens[from] ?? '') && tokens[from + 1] === 'you' && GET.has(tokens[from + 2] ?? '')) from += 3;
  else if (GET.has(tokens[from] ?? '')) from += 1;
  else if (ASK.has(tokens[from] ?? '') && ['be', 'get'].includes(tokens[pastAt - 1] ?? '')) {
    // "could the ceiling fan get fired up", "can the garage light get switched on" ("can the back door be locked?" may
    // ask whether it can: not read as asking for it).
    if (tokens[from] === 'can' && tokens[pastAt - 1] === 'be') return null;
    const object = tokens.slice(from + 1, pastAt - 1);
    if (!objectOk(object)) return null;
    return [...tokens.slice(0, at), ...said(object), ...tokens.slice(end)];
  } else return null;
  const object = tokens.slice(from, pastAt);
  if (!objectOk(object)) return null;
  // ("get the garage light turned on" already reads; "get the lamp lit" is left to the wish.)
  if (!particle && verb === 'light') return null;
  return [...tokens.slice(0, at), ...said(object), ...tokens.slice(end)];
}
