// How people say things, rewritten into the plain shapes the parser reads (after tokenize.ts has split the words):
// sayings ("hit pause" → pause), a verb said last ("left curtain stop"); place phrases and verb particles ("open up") are in phrasing-places.ts.
// tokenize() runs them in order, then value-words.ts ("to half" → "to 50 %").
import { isNumberToken, ORDINALS } from './tokenize';
import { table } from './table';
import { CLAUSE_ENDS, NOT_ASKED } from './phrasing-places';

export { CLAUSE_ENDS, placePhrases, verbParticles } from './phrasing-places';

/** "X needs closing": the command that does it. */
const NEEDS_DOING: Readonly<Record<string, string>> = table({
  closing: 'close', opening: 'open', locking: 'lock', unlocking: 'unlock', turning: 'turn', switching: 'switch', shutting: 'close',
  dimming: 'dim', cleaning: 'clean', muting: 'mute', stopping: 'stop', starting: 'start', lowering: 'lower', raising: 'raise',
});

/** Ends "fully"/"completely" may be said with. */
const FULL_ENDS = new Set(['open', 'opened', 'close', 'closed', 'shut']);
/** Words after "fully and" that start a command of their own (no end to say again). */
const CLAUSE_STARTS_AFTER = new Set(['turn', 'switch', 'set', 'make', 'put', 'dim', 'lock', 'unlock', 'then', 'lower', 'raise', 'stop', 'start', 'play', 'pause', 'mute']);

/** Who or what a command is done for: "for the dog", "for the kids". */
export const FOR_WHOM = new Set(['dog', 'dogs', 'cat', 'cats', 'pets', 'kids', 'children', 'baby', 'guests', 'guest', 'visitors', 'cleaner',
  'delivery', 'courier', 'postman', 'neighbours', 'neighbors', 'grandma', 'grandpa', 'mum', 'mom', 'dad', 'plants', 'babysitter']);

/** Verbs said with "down"/"up" at the end for lowering or raising a thing ("bring the shade down"). */
const DOWN_UP_VERBS = new Set(['bring', 'let', 'put', 'pull', 'push', 'take', 'roll']);
const LOOSE_VERBS = new Set(['pop', 'pull', 'push', 'take', 'nudge', 'bump', 'knock', 'crank', 'flick', 'ramp', 'roll', 'stick', 'whack', 'chuck']);
/** Said before a verb in a request ("could pull open …"). */
const ASKING = new Set(['could', 'can', 'would', 'will', 'to']);
const STEP_STARTS = new Set([',', 'and', 'then', 'please', 'just', 'now', 'so', 'you', 'kindly']);
const STEP_VERBS = new Set(['turn', 'switch', 'set', 'open', 'close', 'shut', 'lock', 'unlock', 'dim', 'start', 'stop', 'make', 'put']);
const LOOSE_ENDS: Readonly<Record<string, readonly string[]>> = {
  pop: ['on', 'off', 'open'], pull: ['open', 'closed', 'shut', 'down', 'up'], push: ['open', 'closed', 'shut', 'up', 'down'],
  take: ['up', 'down'], nudge: ['up', 'down'], bump: ['up', 'down'], knock: ['up', 'down', 'off'], crank: ['up', 'down'], flick: ['on', 'off'],
  ramp: ['up', 'down'], roll: ['up', 'down'], stick: ['on', 'off'], whack: ['on', 'off', 'up', 'down'], chuck: ['on', 'off'],
};

/** How the device should end up is said in this step, before the next "and"/","/"then", after a device. */
function endSaid(tokens: readonly string[], from: number, verb: string): boolean {
  const stepEnds = (k: number): boolean => tokens[k] === ',' || tokens[k] === 'then' || (tokens[k] === 'and' && STEP_VERBS.has(tokens[k + 1] ?? ''));
  for (let k = from + 1; k < tokens.length && !stepEnds(k); k++) {
    if (LOOSE_ENDS[verb]!.includes(tokens[k]!)) return true;
  }
  return false;
}

const WAIT_UNITS = new Set(['seconds', 'minutes', 'hours', 'mins', 'secs', 'hrs']);

/** What a player's "back one …" or "forward one …" skips. */
const TRACK_WORDS = new Set(['track', 'song', 'tune', 'episode', 'chapter', 'item']);

const FLOOR_NUMBERS: Readonly<Record<string, number>> = table({ 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, one: 1, two: 2, three: 3, four: 4, five: 5 });
const GERUNDS_AFTER_STOP = new Set(['opening', 'closing', 'moving', 'raising', 'lowering', 'rolling']);
/** What a device is doing, said after it: "stop the fan spinning". */
const GERUNDS_OF_DOING = new Set(['spinning', 'moving', 'running', 'turning', 'rotating', 'blowing', 'opening', 'closing', 'rolling', 'playing']);

/** Ways of saying a thing the grammar reads one way: "the right hand curtain" → "the right curtain", "stop closing
 *  the blind" → "stop the blind", "and do the same for the cabinets" → "and then the cabinets", "floor one" →
 *  "first floor", "a nice shade of blue" → "blue". */
export function sayings(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if ((t === 'hand' || t === 'side') && (prev === 'left' || prev === 'right')) {
      if (t === 'hand' && tokens[i + 1] === 'side') i++;
      continue;
    }
    // ("right curtain all the way closed": how far is all of it — "closed".)
    if (t === 'all' && tokens[i + 1] === 'the' && tokens[i + 2] === 'way' && ['closed', 'shut', 'opened', 'open'].includes(tokens[i + 3] ?? '')) {
      i += 2;
      continue;
    }
    if (GERUNDS_AFTER_STOP.has(t) && prev === 'stop') continue;
    // "stop vacuuming", "stop hoovering": the robot's cleaning.
    if ((t === 'vacuuming' || t === 'hoovering') && prev === 'stop') {
      out.push('cleaning');
      continue;
    }
    // "stop the ceiling fan spinning", "stop the curtain moving": what it is doing, said last, is what stops.
    if (GERUNDS_OF_DOING.has(t) && out.includes('stop') && (tokens[i + 1] === undefined || CLAUSE_ENDS.has(tokens[i + 1]!))
      && ['stop', 'halt'].includes(out[out.lastIndexOf(',') + 1] ?? out[0] ?? '') && prev !== 'stop') continue;
    // "skip to the next one on the tv", "go back to the previous one": a track.
    if (t === 'one' && (prev === 'next' || prev === 'previous') && out.some((w) => w === 'skip' || w === 'back')) {
      out.push('track');
      continue;
    }
    if (t === 'same' && (tokens[i + 1] === 'for' || tokens[i + 1] === 'with' || ((tokens[i + 1] === 'in' || tokens[i + 1] === 'on' || tokens[i + 1] === 'to') && ['do', 'and', ',', 'then', undefined].includes(out[out.length - 2]))) && (prev === 'the' || ([',', 'and'].includes(prev ?? '') && tokens[i + 1] === 'with'))) {
      if (prev === 'the') out.pop();
      if (out[out.length - 1] === 'do') out.pop();
      out.push('then');
      i++;
      continue;
    }
    const n = FLOOR_NUMBERS[tokens[i + 1] ?? ''];
    if (t === 'floor' && n !== undefined && prev !== 'to') {
      out.push(ORDINALS[n]!, 'floor');
      i++;
      continue;
    }
    // "… in ten minutes and the garage light in twenty": the unit of the wait said before.
    if (isNumberToken(t) && (prev === 'in' || prev === 'after') && (tokens[i + 1] === undefined || CLAUSE_ENDS.has(tokens[i + 1]!))) {
      const unit = out.find((w, k) => WAIT_UNITS.has(w) && isNumberToken(out[k - 1]) && ['in', 'after'].includes(out[k - 2] ?? ''));
      if (unit) {
        out.push(t, unit);
        continue;
      }
    }
    // "… on the first floor and the second floor, and close the curtains on both floors": the two floors said before.
    if (t === 'both' && tokens[i + 1] === 'floors') {
      const named = [...new Set(out.flatMap((w, k) => (out[k + 1] === 'floor' && (ORDINALS.includes(w) || ['ground', 'top'].includes(w)) ? [w] : [])))];
      if (named.length === 2) {
        out.push('the', named[0]!, 'floor', 'and', 'the', named[1]!, 'floor');
        i++;
        continue;
      }
    }
    if ((t === 'nice' || t === 'lovely') && prev === 'a') continue;
    // "dim the lamp too 20%": "to" (said the way it sounds), before a number.
    if (t === 'too' && isNumberToken(tokens[i + 1]) && prev !== undefined && !CLAUSE_ENDS.has(prev)) {
      out.push('to');
      continue;
    }
    // "thermostat to 66 and the office one to the same": the value said last before it (none said: left to be asked).
    if (t === 'to' && tokens[i + 1] === 'the' && tokens[i + 2] === 'same' && !['as', 'for', 'with'].includes(tokens[i + 3] ?? '')) {
      const at = out.findLastIndex((w) => isNumberToken(w));
      if (at >= 0) {
        let end = at + 1;
        while (end < out.length && ['%', 'percent', 'degrees', 'degree', '°', 'c', 'f', 'k', 'kelvin'].includes(out[end]!)) end++;
        out.push('to', ...out.slice(at, end));
        i += 2;
        if (['value', 'temperature', 'level', 'setting', 'brightness', 'volume', 'position', 'speed'].includes(tokens[i + 1] ?? '')) i++;
        continue;
      }
    }
    const starts = prev === undefined || STEP_STARTS.has(prev);
    // Sound-alikes said where only the other word fits: "clothes the curtain" (a verb), "the write curtain" (a side).
    if (t === 'clothes' && starts && ['the', 'my', 'our', 'all', 'both', 'it', 'them'].includes(tokens[i + 1] ?? '')) {
      out.push('close');
      continue;
    }
    if ((t === 'write' || t === 'rite') && ['the', 'on'].includes(prev ?? '') && tokens[i + 1] !== undefined && !['to', 'down', 'a'].includes(tokens[i + 1]!)) {
      out.push('right');
      continue;
    }
    // "skip ahead to the next thing on the tv": the next track.
    if ((t === 'thing' || t === 'one') && prev === 'next' && out.some((o) => o === 'skip' || o === 'go' || o === 'jump')) {
      out.push('track');
      continue;
    }
    if (t === 'ahead' && prev === 'skip' && tokens[i + 1] === 'to' && tokens[i + 2] === 'the' && tokens[i + 3] === 'next') {
      i++;
      continue;
    }
    // "wait stop stop", "no no, stop": the word said again is said once; "wait" said before "stop" is no wait.
    if (t === prev && (t === 'stop' || t === 'no' || t === 'wait')) continue;
    if ((t === 'wait' || t === 'no') && (prev === undefined || prev === ',') && ['stop', 'no', 'wait'].includes(tokens[i + 1] ?? '')) continue;
    if (t === 'wait' && (prev === undefined || prev === ',') && tokens[i + 1] === ',') continue;
    // "lights on please, second floor and first floor": the courtesy said before a pause.
    if (t === 'please' && prev !== undefined && tokens[i + 1] === ',') continue;
    // "stop the left curtain right there": there (never a word of "Curtain Right").
    if ((t === 'right' || t === 'exactly' || t === 'just') && (tokens[i + 1] === 'there' || tokens[i + 1] === 'here') && prev !== 'the' && out.includes('stop')) continue;
    // "living room lamp: 55%. bedroom lamp: 45%.": a value said after a pause, with nothing else, is that device's.
    const valueEnd = isNumberToken(tokens[i + 1]) ? (['%', 'percent'].includes(tokens[i + 2] ?? '') ? i + 3 : i + 2) : -1;
    if (t === ',' && prev !== undefined && !isNumberToken(prev) && !CLAUSE_ENDS.has(prev) && valueEnd > 0 && (tokens[valueEnd] === undefined || tokens[valueEnd] === ',')) continue;
    // ("first floor lights off, but leave the garage light on": what is left as it is, as without the pause.)
    if (t === ',' && ['off', 'on', 'closed', 'shut', 'open', 'locked', 'unlocked'].includes(prev ?? '') && tokens[i + 1] === 'but' && ['leave', 'keep'].includes(tokens[i + 2] ?? '')) continue;
    // "every last light": every light.
    if (t === 'last' && prev === 'every' && tokens[i + 1] !== 'time') continue;
    // "the left curtain right now": now (never a word of "Curtain Right").
    if (t === 'right' && tokens[i + 1] === 'now' && prev !== 'the') {
      out.push('now');
      i++;
      continue;
    }
    // "freeze the shade (where it is)", "hold the blind there", "quit moving the shade": stop it.
    if ((t === 'freeze' || t === 'halt' || (t === 'quit' && (tokens[i + 1] ?? '').endsWith('ing'))) && starts) {
      out.push('stop');
      continue;
    }
    if (t === 'where' && ['it', 'they'].includes(tokens[i + 1] ?? '') && ['is', 'are'].includes(tokens[i + 2] ?? '') && out.includes('stop')) {
      i += 2;
      continue;
    }
    // "knock 2 degrees off the thermostat", "take 10% off the lamp": lower it by that much.
    if ((t === 'knock' || t === 'take') && starts && isNumberToken(tokens[i + 1])) {
      let k = i + 2;
      while (k < tokens.length && k < i + 4 && ['degrees', 'degree', '%', 'percent'].includes(tokens[k]!)) k++;
      if (tokens[k] === 'off') {
        let end = k + 1;
        while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]!)) end++;
        out.push('lower', ...tokens.slice(k + 1, end), 'by', ...tokens.slice(i + 1, k));
        i = end - 1;
        continue;
      }
    }
    // "hit pause on the tv", "press play": the button's command.
    if ((t === 'hit' || t === 'press' || t === 'push') && starts && ['pause', 'play', 'mute', 'stop'].includes(tokens[i + 1] ?? '')) continue;
    // "carry on playing on the tv", "keep playing": resume it.
    if ((t === 'carry' || t === 'keep') && starts && (tokens[i + 1] === 'on' || tokens[i + 1] === 'playing')) {
      out.push('resume');
      i += tokens[i + 1] === 'on' && tokens[i + 2] === 'playing' ? 2 : 1;
      continue;
    }
    // "take the tv off mute", "get it off pause": unmute, resume.
    if ((t === 'take' || t === 'get') && starts) {
      const off = tokens.indexOf('off', i + 1);
      const what = off > i && off <= i + 5 ? tokens[off + 1] : undefined;
      if (what === 'mute' || what === 'pause') {
        out.push(what === 'mute' ? 'unmute' : 'resume', ...tokens.slice(i + 1, off));
        i = off + 1;
        continue;
      }
    }
    // "back one track", "go back a song", "skip back a track": the previous one; "forward one track", "skip ahead a
    // song": the next. (More than one is no step of ours: then it is no command at all, never a volume.)
    if ((t === 'back' || t === 'forward' || t === 'ahead') && (starts || ['go', 'skip', 'jump'].includes(prev ?? ''))
      && ['one', '1', 'a'].includes(tokens[i + 1] ?? '') && TRACK_WORDS.has(tokens[i + 2] ?? '')) {
      if (['go', 'skip', 'jump'].includes(prev ?? '')) out.pop();
      out.push(t === 'back' ? 'previous' : 'next', 'track');
      i += 2;
      continue;
    }
    // "kick off party mode", "kick off the vacuum": start it (never "off").
    if (t === 'kick' && starts && tokens[i + 1] === 'off') {
      out.push('start');
      i++;
      continue;
    }
    // "hold on, stop …", "hang on, …": wait a moment — no device is held.
    if ((t === 'hold' || t === 'hang') && prev === undefined && tokens[i + 1] === 'on' && (tokens[i + 2] === ',' || tokens[i + 2] === undefined)) {
      i += tokens[i + 2] === ',' ? 2 : 1;
      continue;
    }
    // "hold the bedroom curtain there", "hold the blind where it is": stop it.
    if (t === 'hold' && starts) {
      let k = i + 1;
      while (k < tokens.length && !['there', 'where', ',', 'and', 'then'].includes(tokens[k]!)) k++;
      if (tokens[k] === 'there' || tokens[k] === 'where') {
        out.push('stop');
        continue;
      }
    }
    // "the pair of curtains": both.
    if (t === 'pair' && tokens[i + 1] === 'of' && prev === 'the') {
      out.pop();
      out.push('both');
      i++;
      continue;
    }
    // "keep the office at 60": set it so; "leave it on for an hour", "keep the lamp on": turn it so.
    if ((t === 'keep' || t === 'leave') && (starts || prev === 'but')) {
      let k = i + 1;
      while (k < tokens.length && k < i + 7 && !['at', 'to', 'on', 'off', ',', 'and', 'then'].includes(tokens[k]!)) k++;
      const how = tokens[k];
      if ((how === 'at' || how === 'to') && isNumberToken(tokens[k + 1])) {
        out.push('set', ...tokens.slice(i + 1, k), 'to');
        i = k;
        continue;
      }
      // (Without a time, "… but leave the tv on" leaves it out: that is read with the exclusions.)
      if ((how === 'on' || how === 'off') && k > i + 1 && prev !== 'but' && tokens[k + 1] === 'for') {
        // ("keep the lamp on for two hours": "still" marks a state kept — nothing now where it is so already.)
        out.push('turn', ...tokens.slice(i + 1, k + 1), 'still');
        i = k;
        continue;
      }
    }
    // "send it back after 30 minutes", "send the robot back": dock it.
    if (t === 'send' && starts) {
      const back = tokens.indexOf('back', i + 1);
      const after = tokens[back + 1];
      if (back > i + 1 && back <= i + 4 && (after === undefined || CLAUSE_ENDS.has(after) || ['in', 'after', 'at', 'when'].includes(after))) {
        out.push('dock', ...tokens.slice(i + 1, back));
        i = back;
        continue;
      }
    }
    // "send it home", "send the robot back home", "send the vacuum to its base": dock it.
    if (t === 'send' && starts) {
      let k = i + 1;
      while (k < tokens.length && !['home', 'base', 'dock', 'charger', ',', 'and', 'then'].includes(tokens[k]!)) k++;
      if (['home', 'base', 'dock', 'charger'].includes(tokens[k] ?? '')) {
        out.push('dock', ...tokens.slice(i + 1, k).filter((w) => !['back', 'to', 'its', 'his', 'her', 'their'].includes(w)));
        i = k;
        continue;
      }
    }
    // "bring the sound back on the tv", "turn the sound back on on the tv" (and below, "give the tv its sound back"): unmute it.
    if (['bring', 'turn', 'put', 'switch'].includes(t) && starts && tokens[i + 1] === 'the' && tokens[i + 2] === 'sound' && tokens[i + 3] === 'back'
      && (t === 'bring' || tokens[i + 4] === 'on')) {
      out.push('unmute');
      i += tokens[i + 4] === 'on' ? 4 : 3;
      if (tokens[i + 1] === 'on' && tokens[i + 2] !== 'the' && t !== 'bring') i++;
      continue;
    }
    // ("would you mind getting rid of the light in the garage": switch it off.)
    if ((t === 'get' || t === 'getting') && tokens[i + 1] === 'rid' && tokens[i + 2] === 'of') {
      out.push(t === 'get' ? 'turn' : 'turning', 'off');
      i += 2;
      continue;
    }
    const its = tokens.indexOf('its', i + 2);
    if (t === 'give' && starts && its > i + 1 && its <= i + 6 && tokens[its + 1] === 'sound' && tokens[its + 2] === 'back' && tokens.slice(its + 3).every((w) => w === 'please')) {
      out.push('unmute', ...tokens.slice(i + 1, its));
      break;
    }
    // "… and leave the right one alone": nothing to do for it.
    if ((t === 'and' || t === ',' || t === 'but') && tokens[i + 1] === 'leave') {
      let k = i + 2;
      while (k < tokens.length && !['alone', 'be', ',', 'and', 'then'].includes(tokens[k]!)) k++;
      if (tokens[k] === 'alone' || (tokens[k] === 'be' && (tokens[k + 1] === undefined || CLAUSE_ENDS.has(tokens[k + 1]!)))) {
        i = k;
        continue;
      }
    }
    // "switch to party mode", "change to night mode": that mode on.
    if ((t === 'switch' || t === 'change' || t === 'go') && starts && tokens[i + 1] === 'to') {
      let k = i + 2;
      while (k < tokens.length && k < i + 6 && tokens[k] !== 'mode') k++;
      if (tokens[k] === 'mode') {
        out.push('activate');
        i++;
        continue;
      }
    }
    // "do the left as well", "do the office too": the step before, for another device.
    if (t === 'do' && starts && prev !== undefined && ['the', 'that', 'this'].includes(tokens[i + 1] ?? '')) continue;
    if (t === 'do' && prev === undefined && tokens[i + 1] === 'the' && ['too', 'also'].includes(tokens[tokens.length - 1]!)) continue;
    // "… and the play corner the same": as well.
    if (t === 'the' && tokens[i + 1] === 'same' && (tokens[i + 2] === undefined || CLAUSE_ENDS.has(tokens[i + 2]!)) && out.includes('and')) {
      out.push('too');
      i++;
      continue;
    }
    // "the thermostat should be 21": set it to 21.
    if (t === 'should' && tokens[i + 1] === 'be' && isNumberToken(tokens[i + 2]) && out[0] === 'the' && !out.includes('should')) {
      out.unshift('set');
      out.push('to');
      i++;
      continue;
    }
    // "pop the lamp on", "pull the curtain open", "take the volume down", "nudge the thermostat up": the everyday
    // verbs that only say a device should end up so — "turn" it so. Only where a command starts, and only when how
    // it should end is said in the same step.
    if (LOOSE_VERBS.has(t) && (prev === undefined || STEP_STARTS.has(prev)) && (tokens[i + 1] === 'down' || tokens[i + 1] === 'up')
      && LOOSE_ENDS[t]!.includes(tokens[i + 1]!) && ['the', 'my', 'our', 'all', 'both'].includes(tokens[i + 2] ?? '')) {
      // "pull down the shade", "push up the blind": lower, raise.
      out.push(tokens[i + 1] === 'down' ? 'lower' : 'raise');
      i++;
      continue;
    }
    // "bring the shade down", "let the blinds down", "take the volume down": lower it, raise it — as said first.
    if (DOWN_UP_VERBS.has(t) && (prev === undefined || STEP_STARTS.has(prev)) && ['the', 'my', 'our', 'all', 'both'].includes(tokens[i + 1] ?? '')) {
      let end = i + 2;
      while (end < tokens.length && !CLAUSE_ENDS.has(tokens[end]!) && !['down', 'up'].includes(tokens[end]!)) end++;
      const way = tokens[end];
      // ("pull the blinds down upstairs", "… down in the bedroom": where, said after the way, is still where.)
      let place = end + 1;
      if (['upstairs', 'downstairs', 'everywhere'].includes(tokens[place] ?? '')) place++;
      else if (['in', 'on'].includes(tokens[place] ?? '') && ['the', 'here', 'this', 'my', 'our', 'every', 'all'].includes(tokens[place + 1] ?? '')) {
        while (place < tokens.length && !CLAUSE_ENDS.has(tokens[place]!) && !isNumberToken(tokens[place]) && tokens[place] !== 'for') place++;
      }
      if ((way === 'down' || way === 'up') && (tokens[place] === undefined || CLAUSE_ENDS.has(tokens[place]!))) {
        out.push(way === 'down' ? 'lower' : 'raise', ...tokens.slice(i + 1, end), ...tokens.slice(end + 1, place));
        i = place - 1;
        continue;
      }
    }
    // "pump up the volume": turn it up.
    if (t === 'pump' && (tokens[i + 1] === 'up' || tokens[i + 1] === 'down') && (prev === undefined || STEP_STARTS.has(prev) || ASKING.has(prev))) {
      out.push('turn');
      continue;
    }
    // "get the fan spinning at 60%", "have the fan running at 40": set it to that.
    if ((t === 'get' || t === 'have') && (prev === undefined || STEP_STARTS.has(prev) || ASKING.has(prev))) {
      const doing = tokens.findIndex((w, k) => k > i + 1 && k <= i + 5 && ['spinning', 'running', 'going', 'blowing'].includes(w));
      if (doing > 0 && tokens[doing + 1] === 'at' && isNumberToken(tokens[doing + 2])) {
        out.push('set', ...tokens.slice(i + 1, doing), 'to');
        i = doing + 1;
        continue;
      }
    }
    // "pull open the bedroom curtain", "slide shut the blind": open it, close it.
    if (['pull', 'push', 'slide', 'draw', 'swing'].includes(t) && (prev === undefined || STEP_STARTS.has(prev) || ASKING.has(prev)) && ['open', 'shut', 'closed'].includes(tokens[i + 1] ?? '')
      && ['the', 'my', 'our', 'all', 'both', 'that', 'this'].includes(tokens[i + 2] ?? '')) {
      out.push(tokens[i + 1] === 'open' ? 'open' : 'close');
      i++;
      continue;
    }
    // ("be so kind as to pull the curtain open": a command starts after "as to" too.)
    if (LOOSE_VERBS.has(t) && (prev === undefined || STEP_STARTS.has(prev) || (prev === 'to' && out[out.length - 2] === 'as')) && endSaid(tokens, i + 1, t)) {
      out.push('turn');
      continue;
    }
    // "turn the garage light off and on again", "… off and back on", "on now and off again in 20 minutes": two
    // steps, the second after the first.
    const other = t === 'off' ? 'on' : t === 'on' ? 'off' : null;
    const now = tokens[i + 1] === 'now' ? 1 : 0;
    if (other && tokens[i + 1 + now] === 'and' && (tokens[i + 2 + now] === other || (tokens[i + 2 + now] === 'back' && tokens[i + 3 + now] === other)) && i > 0 && !['the', 'this', 'every', 'all'].includes(tokens[i + 3 + now] ?? '')) {
      const at = (tokens[i + 2 + now] === other ? i + 2 : i + 3) + now;
      out.push(t, 'then', 'turn', 'it', other);
      i = at;
      if (tokens[i + 1] === 'again') i++;
      continue;
    }
    // "unlock the sliding doors for the dog", "… for the guests please": who it is for says nothing about what to do.
    if (t === 'for' && out.length > 2) {
      const k = ['the', 'my', 'our', 'a'].includes(tokens[i + 1] ?? '') ? i + 2 : i + 1;
      if (FOR_WHOM.has(tokens[k] ?? '') && (tokens[k + 1] === undefined || CLAUSE_ENDS.has(tokens[k + 1]!))) {
        i = k;
        continue;
      }
    }
    // "shut the right curtain first and after that the left": first of the steps, not the first of anything.
    if (t === 'first' && prev !== undefined && !['the', 'a', ',', 'and', 'then', 'floor', 'on', 'in'].includes(prev)
      && (tokens[i + 1] === undefined || ['and', 'then', ',', 'please'].includes(tokens[i + 1]!))) continue;
    // "shut whatever curtains are on the second floor": all of them there.
    if (t === 'whatever' && prev !== undefined && !['is', 'playing'].includes(tokens[i + 1] ?? '')) {
      const be = tokens.findIndex((w, k) => k > i + 1 && k <= i + 4 && (w === 'are' || w === 'is'));
      if (be > 0 && ['on', 'in', 'at', 'upstairs', 'downstairs'].includes(tokens[be + 1] ?? '')) {
        out.push('all', ...tokens.slice(i + 1, be));
        i = be;
        continue;
      }
    }
    // "has anybody come home yet", "has anyone got home": is anyone home.
    if (t === 'has' && prev === undefined && ['anybody', 'anyone', 'somebody', 'someone', 'everybody', 'everyone'].includes(tokens[i + 1] ?? '')
      && ['come', 'got', 'gotten', 'arrived', 'made'].includes(tokens[i + 2] ?? '')) {
      const home = tokens.indexOf('home', i + 3);
      if (home > 0 && home <= i + 4) {
        out.push('is', tokens[i + 1]!, 'home');
        i = tokens[home + 1] === 'yet' ? home + 1 : home;
        continue;
      }
    }
    // "the right curtain needs closing and the left one needs opening": close it, open it ("does it need …", "doesn't need …": no).
    const base = (t === 'needs' || t === 'need') && !['i', 'we', 'you'].includes(prev ?? '') && !out.slice(Math.max(out.lastIndexOf(','), out.lastIndexOf('and'), out.lastIndexOf('then')) + 1).some((w) => NOT_ASKED.has(w)) ? NEEDS_DOING[tokens[i + 1] ?? ''] : undefined;
    if (base) {
      const start = Math.max(out.lastIndexOf(','), out.lastIndexOf('and'), out.lastIndexOf('then')) + 1;
      if (start < out.length) {
        out.splice(start, 0, base);
        i++;
        continue;
      }
    }
    // "the first floor plus the second", "the lamp plus the fan": and (not "20 plus 5").
    if (t === 'plus' && !isNumberToken(prev) && !isNumberToken(tokens[i + 1])) {
      out.push('and');
      continue;
    }
    // "fully open", "close it completely": as far as it goes — what open and close do anyway.
    // ("open the right curtain fully and the left one to 50%": the end is said again for the next part, whose own value
    // is its own — never the next part's value copied back to the first.)
    const fullEnd = (t === 'fully' || t === 'completely') ? out.findLast((o) => FULL_ENDS.has(o)) : undefined;
    if (fullEnd && (tokens[i + 1] === 'and' || tokens[i + 1] === ',') && !FULL_ENDS.has(tokens[i + 2] ?? '') && !CLAUSE_STARTS_AFTER.has(tokens[i + 2] ?? '')) {
      const pause = tokens[i + 1] === ',' && tokens[i + 2] === 'and' ? 2 : 1;
      out.push(...tokens.slice(i + 1, i + 1 + pause), fullEnd === 'opened' ? 'open' : fullEnd === 'open' ? 'open' : 'close');
      i += pause;
      continue;
    }
    if ((t === 'fully' || t === 'completely') && (FULL_ENDS.has(tokens[i + 1] ?? '') || fullEnd)) continue;
    // "the first as well as the second floor": and.
    if (t === 'as' && tokens[i + 1] === 'well' && tokens[i + 2] === 'as' && tokens[i + 3] !== undefined) {
      out.push('and');
      i += 2;
      continue;
    }
    // "on floors one and two", "floors 1, 2 and 3": the first floor and the second floor.
    if (t === 'floors' && FLOOR_NUMBERS[tokens[i + 1] ?? ''] !== undefined) {
      let k = i + 1;
      const listed: string[] = [];
      while (FLOOR_NUMBERS[tokens[k] ?? ''] !== undefined) {
        listed.push(ORDINALS[FLOOR_NUMBERS[tokens[k]!]!]!, 'floor');
        if ((tokens[k + 1] === 'and' || tokens[k + 1] === ',') && FLOOR_NUMBERS[tokens[k + 2] ?? ''] !== undefined) {
          listed.push(tokens[k + 1]!);
          k += 2;
        } else k++;
      }
      if (listed.length > 2) {
        out.push(...listed);
        i = k - 1;
        continue;
      }
    }
    // "and the right as well": as well as "too".
    if (t === 'as' && tokens[i + 1] === 'well' && (tokens[i + 2] === undefined || [',', 'and', 'then', 'please'].includes(tokens[i + 2]!))) {
      out.push('too');
      i++;
      continue;
    }
    if (t === 'shade' && tokens[i + 1] === 'of' && (prev === 'a' || prev === 'to')) {
      if (prev === 'a') out.pop();
      i++;
      continue;
    }
    out.push(t);
  }
  return out;
}
