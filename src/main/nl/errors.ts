// Errors are values: a code, a plain-English message (a question back when we need to know more) and,
// where it helps, the choices or the next step.
import type { NlEntity } from './home';
import type { Op } from './frame';

export type NlErrorCode = 'NOT_UNDERSTOOD' | 'UNKNOWN_NAME' | 'AMBIGUOUS' | 'NO_MATCH' | 'UNSUPPORTED' | 'BAD_INPUT';

export interface NlError {
  code: NlErrorCode;
  message: string;
  next?: string;
  options?: string[];
  /** For AMBIGUOUS: the word or name that fits several devices ("lamp"), so an answer can replace it. */
  subject?: string;
}

/** "A", "A or B", "A, B or C". */
export function joinWords(words: readonly string[], last = 'or'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

export function ambiguous(what: string, options: readonly string[]): NlError {
  const unique = [...new Set(options)];
  const shown = unique.length > 6 ? [...unique.slice(0, 5), `one of ${unique.length - 5} others`] : unique;
  return { code: 'AMBIGUOUS', message: `Which ${what.replace(/s$/, '')}: ${joinWords(shown)}?`, options: unique, subject: what };
}

/** "stop the tv": pause it, or switch it off? */
export function pauseOrOff(names: readonly string[]): NlError {
  const what = joinWords(names, 'and');
  return {
    code: 'AMBIGUOUS',
    message: `Stop ${what}: pause ${names.length > 1 ? 'them' : 'it'}, or turn ${names.length > 1 ? 'them' : 'it'} off?`,
    options: [`pause ${what}`, `turn off ${what}`],
  };
}

/** "the same for the bedroom lamp", "the porch light too", with nothing said before it: the same as what? */
export function sameAsWhat(phrase: string): NlError {
  return {
    code: 'NOT_UNDERSTOOD',
    message: `What should I do with ${phrase}? I don't know what was done before.`,
    next: `Say it in full, for example "turn on ${phrase}".`,
  };
}

export function unknownName(word: string): NlError {
  return {
    code: 'UNKNOWN_NAME',
    message: `I don't know a device, room or floor called "${word}".`,
    next: 'Check the name on the Home screen, or rename the device to what you call it.',
  };
}

export function noMatch(what: string, areas: readonly string[], floors: readonly string[]): NlError {
  const place = [...areas.map((a) => `in the ${a}`), ...floors.map((f) => (/^(up|down)stairs$/i.test(f) ? f.toLowerCase() : `on the ${f}`))];
  return {
    code: 'NO_MATCH',
    message: `I couldn't find any ${what}${place.length ? ` ${joinWords(place, 'or')}` : ''}.`,
    next: 'Check which room the device is in on the Home screen.',
  };
}

const OP_WORDS: Partial<Record<Op, string>> = {
  on: 'be turned on', off: 'be turned off', toggle: 'be toggled', open: 'open', close: 'close', lock: 'lock',
  unlock: 'unlock', brightness: 'be dimmed', brightness_step: 'be dimmed', color: 'change colour',
  color_temp: 'change colour temperature', color_temp_step: 'change colour temperature', temperature: 'set a temperature',
  temperature_step: 'set a temperature', position: 'be set to a position', position_step: 'be set to a position',
  fan_speed: 'change speed', fan_speed_step: 'change speed', volume: 'change volume', volume_step: 'change volume',
  mute: 'be muted', unmute: 'be unmuted', play: 'play', pause: 'pause', next: 'skip', previous: 'go back',
};

export function unsupported(entity: NlEntity, op: Op): NlError {
  return {
    code: 'UNSUPPORTED',
    message: `${entity.name} can't ${OP_WORDS[op] ?? 'do that'}.`,
    next: 'Open the device on the Home screen to see what it can do.',
  };
}

export function notUnderstood(text: string): NlError {
  return {
    code: 'NOT_UNDERSTOOD',
    message: text.trim() ? `Sorry, I didn't understand "${text.trim()}".` : 'Tell me what to do, for example "turn on the kitchen lights".',
    next: 'Try a command like "turn off the lights upstairs" or a question like "is the back door locked?".',
  };
}

/** A description that fits no device ("the floor lamp" when no lamp is called that): never the nearest
 *  thing instead. `options` are the devices of that kind there, so the speaker can pick one. */
export function notKnown(phrase: string, options: readonly string[], known: boolean, pending: readonly string[] = [], kindSaid = true): NlError {
  // A long list helps nobody ("the fridge" when nothing was said about the kind of device).
  const unique = options.length > 8 ? [] : [...new Set(options)];
  const shown = unique.length > 6 ? [...unique.slice(0, 5), `one of ${unique.length - 5} others`] : unique;
  const setUp = pending.length > 0
    ? ` ${joinWords(pending.slice(0, 3), 'and')}${pending.length > 3 ? ' and others' : ''} ${pending.length === 1 ? 'is' : 'are'} still being set up, so ${pending.length === 1 ? 'its name is' : 'their names are'} not known yet.`
    : '';
  return {
    code: known ? 'NO_MATCH' : 'UNKNOWN_NAME',
    message: `I don't know a ${kindSaid ? 'device' : 'device, room or floor'} called "${phrase}".${unique.length > 0 ? ` Did you mean ${joinWords(shown)}?` : ''}${setUp}`,
    next: 'Check the name on the Home screen, or rename the device to what you call it.',
    ...(unique.length > 0 ? { options: unique, subject: phrase } : {}),
  };
}

/** "the second floor" in a home without one, "upstairs" where no floor is known as upstairs. */
export function unknownPlace(place: string, floors: readonly string[]): NlError {
  return {
    code: 'UNKNOWN_NAME',
    message: floors.length > 0
      ? `I don't know a floor called "${place}". The floors are ${joinWords(floors, 'and')}.`
      : `I don't know where "${place}" is: no room has a floor yet.`,
    next: floors.length > 0 ? 'Say one of the floors, or a room.' : 'Set each room\'s floor in the room settings, or say the room.',
    ...(floors.length > 0 ? { options: [...floors], subject: place } : {}),
  };
}

/** "all the lights except the garage" when no light is in the garage: leaving nothing out is not what was meant. */
export function nothingLeftOut(what: string, options: readonly string[]): NlError {
  return {
    code: 'NO_MATCH',
    message: `"except ${what}" leaves nothing out: none of the devices this would change is ${what}.`,
    next: 'Say which devices to leave out, or say the command without "except".',
    ...(options.length > 0 ? { options: [...new Set(options)] } : {}),
  };
}

/** A device named in the sentence whose capabilities are not known yet. */
export function stillPending(entity: NlEntity): NlError {
  return {
    code: 'UNSUPPORTED',
    message: `${entity.name} is still being set up: what it can do is not known yet.`,
    next: 'Wait until it shows its controls on the Home screen, then try again.',
  };
}

/** "turn on the lights tomorrow": a day or part of day but no clock time. Acting now would be wrong. */
export function vagueTime(when: string): NlError {
  return {
    code: 'NOT_UNDERSTOOD',
    message: `At what time ${when}? Say a clock time, for example "${when === 'tomorrow' ? 'tomorrow at 7 am' : 'at 7 pm'}".`,
    next: 'Add the time: "at 7 pm", "at 6:30", or "in 2 hours".',
  };
}

/** "at 7:30 this morning" said later in the day: that time has passed. Tomorrow is not assumed. */
export function pastTime(time: string): NlError {
  return {
    code: 'NOT_UNDERSTOOD',
    message: `${time} today has already passed. Should it happen now, or tomorrow at ${time}?`,
    next: `Say "now", or "tomorrow at ${time}".`,
  };
}

/** "in a bit", "later", "in 15": a wait whose length is not said; running it now would be wrong. */
export function unclearDelay(said: string): NlError {
  return {
    code: 'NOT_UNDERSTOOD',
    message: `When should that happen? I couldn't read "${said}" as a time.`,
    next: 'Say how long, for example "in 10 minutes", or a clock time such as "at 7 pm".',
  };
}

/** "turn off the lamp for a sec": for how long, before it is put back? */
export function howLong(said: string): NlError {
  return {
    code: 'NOT_UNDERSTOOD',
    message: `For how long? I couldn't read "${said}" as a length of time.`,
    next: 'Say how long, for example "for 10 minutes", or leave it out to keep it so.',
  };
}

/** "close the curtains now … in 10 minutes" read as one step: now, or after the wait? */
export function nowOrLater(): NlError {
  return {
    code: 'AMBIGUOUS',
    message: 'Should that happen now or after the wait? I heard both.',
    next: 'Say each device with its own time, for example "close the left curtain now, then the right one in 10 minutes".',
  };
}

/** "after dinner, turn off …": a condition Hearth can't read; doing it now would be wrong. */
export function unreadCondition(said: string): NlError {
  return {
    code: 'NOT_UNDERSTOOD',
    message: `When should that happen? I couldn't read "${said}" as a time or as something that happens in the home.`,
    next: 'Say a time ("at 9 pm", "in 2 hours"), or start it from a device ("when the front door opens, …"), or say it without that part to do it now.',
  };
}

/** "turn off the other lights" with nothing said before: other than which? */
export function otherThanWhat(what: string): NlError {
  return {
    code: 'AMBIGUOUS',
    message: `Other than which? Say which ${what.replace(/s$/, '')} to leave out, for example "all the ${what.replace(/s?$/, 's')} except the …".`,
    next: 'Name what to leave out with "except".',
  };
}

/** "at 5" in a 12-hour home: "5 in the morning or 5 in the afternoon?", each answer a phrase the parser reads. */
export function morningOrAfternoon(said: { said: string; hour: number; minute: number }): NlError {
  const time = `${said.hour}${said.minute ? `:${String(said.minute).padStart(2, '0')}` : ''}`;
  const options = said.hour === 12
    ? (said.minute ? [`${time} in the afternoon`, `${time} at night`] : ['12 noon', '12 midnight'])
    : [`${time} in the morning`, `${time} ${said.hour < 6 ? 'in the afternoon' : 'in the evening'}`];
  return {
    code: 'AMBIGUOUS',
    message: `${options[0]} or ${options[1]}?`,
    next: 'Say "am" or "pm", or write the time on the 24-hour clock ("17:00").',
    options,
    subject: said.said,
  };
}
