// Round 17 (issue 14), continued: more of dev14's classes, run by sayings17() before its own. Each a class of saying.

const JOINS = new Set([',', 'and', 'then']);
const isNumber = (t: string | undefined): boolean => t !== undefined && /^\d+(\.\d+)?$/.test(t);

/** "enough cleaning for now, robo", "enough hoovering robo, stop": stop — "enough" and a doing word said first. */
function enoughDoing(tokens: string[]): string[] {
  if (tokens[0] !== 'enough' || !/^[a-z]{3,}ing$/.test(tokens[1] ?? '') || tokens.length < 3) return tokens;
  // ("enough vacuuming, stop the robot": the stop is said after the pause.)
  const rest = tokens[2] === ',' ? tokens.slice(3) : tokens.slice(2);
  return rest.includes('stop') && tokens[2] === ',' ? rest : ['stop', ...rest];
}

/** "leave it exactly where it's got to, stop", "leave it where it is, stop": said with "stop", the stop itself. */
function leaveWhereItIs(tokens: string[]): string[] {
  if (!tokens.includes('stop')) return tokens;
  const i = tokens.findIndex((w, k) => w === 'leave' && ['it', 'them'].includes(tokens[k + 1] ?? ''));
  if (i < 0) return tokens;
  let k = i + 2;
  if (['exactly', 'just', 'right'].includes(tokens[k] ?? '')) k++;
  if (tokens[k] !== 'where' || !['it', 'they'].includes(tokens[k + 1] ?? '') || !['is', 'are'].includes(tokens[k + 2] ?? '')) return tokens;
  k += 3;
  if (tokens[k] === 'got' && tokens[k + 1] === 'to') k += 2;
  else if (tokens[k] === 'now') k++;
  if (k < tokens.length && tokens[k] !== ',') return tokens;
  // (The pause, or the "but" a pause before "leave" became, goes with it.)
  const from = i > 0 && [',', 'but'].includes(tokens[i - 1]!) ? i - 1 : i;
  return [...tokens.slice(0, from), ...tokens.slice(k)];
}

const FEELS = new Set(['nippy', 'chilly', 'cold', 'freezing', 'baltic', 'hot', 'boiling', 'roasting', 'sweltering', 'warm', 'cool']);

/** "it's nippy, set the living room to 21", "it's boiling in here, put the office on 19": said of how warm it is, the
 *  bare number for a room is a temperature — "… to 21 degrees". Only a first part "it is <warm word>" (with "in here",
 *  "a bit", "so", "really" …) and one bare number after "to"/"on" in the next part. */
function feelsThenRoom(tokens: string[]): string[] {
  const c = tokens.indexOf(',');
  if (c < 3 || tokens[0] !== 'it' || tokens[1] !== 'is' || !tokens.slice(2, c).some((w) => FEELS.has(w)) || c > 7) return tokens;
  const nums = tokens.map((w, k) => (k > c && isNumber(w) ? k : -1)).filter((k) => k > 0);
  if (nums.length !== 1) return tokens;
  const n = nums[0]!;
  if (!['to', 'on', 'at'].includes(tokens[n - 1] ?? '') || (n + 1 < tokens.length && !JOINS.has(tokens[n + 1]!) && tokens[n + 1] !== 'please')) return tokens;
  return [...tokens.slice(0, n + 1), 'degrees', ...tokens.slice(n + 1)];
}

/** Other words for people coming: "people are coming round, …" as "guests are coming round, …". */
function peopleComing(tokens: string[]): string[] {
  if (!['people', 'friends', 'folks', 'visitors', 'company'].includes(tokens[0] ?? '') || tokens[1] !== 'are' || !['coming', 'here', 'arriving', 'over'].includes(tokens[2] ?? '')) return tokens;
  return ['guests', ...tokens.slice(1)];
}

/** "throw both curtains open", "fling the blinds wide open": open them. Only with "open" ending the step. */
function throwOpen(tokens: string[]): string[] {
  const v = tokens.findIndex((w, k) => ['throw', 'fling'].includes(w) && (k === 0 || JOINS.has(tokens[k - 1]!) || ['please', 'you'].includes(tokens[k - 1]!)));
  if (v < 0) return tokens;
  const o = tokens.findIndex((w, k) => k > v + 1 && k <= v + 7 && w === 'open');
  if (o < 0 || (o + 1 < tokens.length && !JOINS.has(tokens[o + 1]!) && tokens[o + 1] !== 'please') || tokens.slice(v + 1, o).some((w) => JOINS.has(w))) return tokens;
  const object = tokens.slice(v + 1, tokens[o - 1] === 'wide' ? o - 1 : o);
  return [...tokens.slice(0, v), 'open', ...object, ...tokens.slice(o + 1)];
}

/** "put whatever we're watching on pause", "turn down whatever I'm listening to": whatever is playing. */
function whateverWeWatch(tokens: string[]): string[] {
  const i = tokens.findIndex((w, k) => w === 'whatever' && ['we', 'i', 'you', 'they'].includes(tokens[k + 1] ?? '') && ['are', 'am'].includes(tokens[k + 2] ?? ''));
  if (i < 0) return tokens;
  const v = tokens[i + 3];
  const n = v === 'watching' || v === 'playing' ? 4 : v === 'listening' && tokens[i + 4] === 'to' ? 5 : 0;
  if (n === 0) return tokens;
  return [...tokens.slice(0, i), 'whatever', 'is', 'playing', ...tokens.slice(i + n)];
}

/** "I'm at the door, unlock the front door", "we're at the gate, …": where the speaker is — outside, not a device. */
function atTheDoor(tokens: string[]): string[] {
  const s = tokens[0] === 'i' && tokens[1] === 'am' ? 2 : tokens[0] === 'we' && tokens[1] === 'are' ? 2 : 0;
  if (s === 0 || tokens[s] !== 'at' || tokens[s + 1] !== 'the') return tokens;
  const k = ['front', 'back', 'side'].includes(tokens[s + 2] ?? '') ? s + 3 : s + 2;
  if (!['door', 'gate'].includes(tokens[k] ?? '') || tokens[k + 1] !== ',') return tokens;
  return [...tokens.slice(0, s), 'outside', ...tokens.slice(k + 1)];
}

const COVERS = new Set(['curtain', 'curtains', 'blind', 'blinds', 'shade', 'shades', 'shutter', 'shutters', 'awning', 'drapes']);

/** "could you drop the left curtain", "drop the blinds please": lower it, as "lower the left curtain" — only a cover noun
 *  ending the step with nothing after it ("drop the thermostat 2 degrees", "drop the shade a bit" stay as they were). */
function dropCover(tokens: string[]): string[] {
  const v = tokens.findIndex((w, k) => w === 'drop' && (k === 0 || JOINS.has(tokens[k - 1]!) || ['please', 'you', 'just'].includes(tokens[k - 1]!)));
  if (v < 0 || !['the', 'my', 'both', 'all'].includes(tokens[v + 1] ?? '')) return tokens;
  let end = v + 2;
  while (end < tokens.length && !JOINS.has(tokens[end]!) && tokens[end] !== 'please') end++;
  if (end - v > 6 || !COVERS.has(tokens[end - 1]!) || tokens.slice(v + 1, end).some((w) => isNumber(w))) return tokens;
  return [...tokens.slice(0, v), 'lower', ...tokens.slice(v + 1)];
}

export function sayings17b(tokens: string[]): string[] {
  return dropCover(atTheDoor(whateverWeWatch(throwOpen(peopleComing(feelsThenRoom(leaveWhereItIs(enoughDoing(tokens))))))));
}

/** "thermostat +2 °F", "lamp +10%": a sign said before a number is a step up ("up 2 °F"). Read on the text, as the sign
 *  is gone from the words. Only right before the number, after a word of two letters or more (not "20°C + 5%"), and before a unit or the end; a minus may be a temperature below zero. */
export function plusUp(text: string): string {
  return text.includes('+') ? text.replace(/(?<=\p{L}{2,}\s+)\+(\d+(?:\.\d+)?)(?=\s*(?:°|degrees?\b|deg\b|%|percent\b|$))/gu, ' up $1') : text;
}
