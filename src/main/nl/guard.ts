// Issue 14, eleventh round: readings that would act although a word of the sentence says something else — asked
// instead (when Hearth is not sure, it asks). Each check is a class, never a sentence.
import { doubt15 } from './doubt-15';
import type { NlEntity } from './home';
import type { Frame, Op, TargetGroup } from './frame';
import { supports } from './ops';
import { cannotDo } from './kind-words';
import { fitsNoun } from './match';
import { ambiguous, noMatch } from './errors';
import type { Item } from './tag';
import type { NlError } from './errors';
import { doubtSaid } from './doubt';
import { doubt14c } from './doubt-14c';
import { doubt15p, type SaidAction } from './doubt-15p';
import { bothButOne21b } from './doubt-21b';
import { doubt21b } from './doubt-21b';
import { doubt17p } from './doubt-17p'; import { doubt17r } from './doubt-17r'; import { doubt17s } from './doubt-17s'; import { doubt18 } from './doubt-18'; import { pastClockToday } from './clock-18'; import { oppositeWay } from './doubt-18b'; import { doubt19a } from './doubt-19a'; import { doubt19d } from './doubt-19d'; import { doubt19c } from './doubt-19c'; import { doubt19g } from './doubt-19g'; import { doubt20a } from './doubt-20a';
import { doubt21a } from './doubt-21a';
import { doubt21h } from './doubt-21h';
import { doubt23a } from './doubt-23a';

/** Words that say a value is the player's loudness, or a way to turn it ("down to 20"). */
const VOLUME_SAID = new Set(['volume', 'volumn', 'voluem', 'louder', 'quieter', 'softer', 'loud', 'quiet', 'sound', 'up', 'down', 'mute', 'muted']);
/** Words of a time of day: left in a step after its timing was read, they were not understood. */
const TIME_WORDS = new Set(['noon', 'midday', 'midnight', 'tonight', 'tomorrow', 'sunset', 'sunrise', 'dusk', 'dawn', 'oclock', 'pm']);
/** Words of a change from where a device is now ("a touch higher"): never an absolute setting. */
const COMPARATIVES = new Set(['more', 'less', 'further', 'higher', 'brighter', 'warmer', 'cooler', 'louder', 'quieter', 'softer']);
/** Fractions said as words, and the percent they are. */
const FRACTIONS: ReadonlyMap<string, number> = new Map([['half', 50], ['halfway', 50], ['quarter', 25]]);
/** Verbs of things that open and close. */
const OPEN_VERBS = new Set(['open', 'close', 'shut']);
/** Units of light, power and sound no value of Hearth's is set in. */
const FOREIGN_UNITS = new Set(['lux', 'lx', 'lumen', 'lumens', 'lm', 'watt', 'watts', 'w', 'kw', 'decibel', 'decibels', 'db', 'nits', 'candela']);
/** Words of a light's colour: a number said with them is no brightness. */
const COLOUR_SAID = new Set(['colour', 'color', 'colours', 'colors', 'hue', 'tint', 'warm', 'cool', 'warmth']);
/** "stop it halfway": now, or once it is half way? */
const MIDWAY_WORDS = new Set(['halfway', 'midway', 'mid', 'middle']);

/** A step that would act, but one of its words says Hearth may have it wrong: the question to ask, or null. */
export function askInstead(frame: Frame, entities: readonly NlEntity[], rest: readonly Item[], steps = 1): NlError | null {
  if (frame.query) return null;
  const said = new Set(rest.map((x) => x.text));
  // "turn on the front door", "turn off the curtains": switching is no way to lock, unlock, open or close — which was
  // meant is asked. (A valve is turned off and on: "turn the water off at the main".)
  const switched = (frame.op === 'on' || frame.op === 'off') && !frame.target.everything && !frame.target.everywhere;
  const shut = entities.filter((e) => e.domain === 'lock' || e.domain === 'cover');
  if (switched && shut.length > 0 && shut.length === entities.length) {
    const lock = shut.every((e) => e.domain === 'lock');
    const ways = lock ? ['lock', 'unlock'] : ['open', 'close'];
    return {
      code: 'AMBIGUOUS',
      message: `"Turn ${frame.op}" ${shut.length === 1 ? shut[0]!.name : 'those'}: ${ways[0]} or ${ways[1]}?`,
      options: ways.map((w) => `${w} ${shut.length === 1 ? shut[0]!.name : 'them'}`),
    };
  }
  // "turn on everything on the first floor", "open everything upstairs": switching on, opening or unlocking every kind of
  // device at once is seldom meant — which kind is asked. (Off, closed and locked is how a home is left: done.)
  // ("set everything in the living room to 50": a level of every kind there — lights, fan, blinds, volume — is asked the same way.)
  const leveled = frame.op === 'level' || frame.op === 'level_step' || frame.op.endsWith('_step') || ['brightness', 'position', 'fan_speed', 'volume'].includes(frame.op);
  // ("put the house on away mode": the whole home with no kind said is everything too.)
  const wholeHome = frame.target.everywhere && frame.target.groups.every((g) => g.names.length + g.nouns.length === 0);
  if ((frame.target.everything || wholeHome) && (['on', 'open', 'unlock', 'toggle'].includes(frame.op) || leveled) && new Set(entities.map((e) => e.domain)).size > (frame.target.everything ? 0 : 1)) {
    const kinds = [...new Set(entities.map((e) => e.domain))];
    return {
      code: 'AMBIGUOUS',
      message: `${leveled ? 'Set' : frame.op === 'on' ? 'Turn on' : frame.op === 'toggle' ? 'Switch' : frame.op === 'open' ? 'Open' : 'Unlock'} everything there (${entities.length} device${entities.length === 1 ? '' : 's'})? Say which kind, for example "the lights" or "the curtains".`,
      options: kinds,
    };
  }
  // ("both of them to 40" after one device: "both" says two — which other one is asked.)
  const nothingNamed = frame.target.groups.every((g) => g.names.length + g.nouns.length + g.areas.length + g.floors.length + g.fragments.length === 0);
  // ("all on", "turn all off": "all" of no kind and no place is every device of the home — which kind is asked.)
  if (frame.target.all && nothingNamed && !frame.target.pronoun && !frame.target.everything && !frame.target.everywhere && new Set(entities.map((e) => e.domain)).size > 1) {
    return { code: 'AMBIGUOUS', message: `All of what? Say which kind and where, for example "all the lights in the kitchen".`, options: [...new Set(entities.map((e) => e.domain))] };
  }
  if (bothButOne21b(rest, entities)) return bothButOne21b(rest, entities);
  if (frame.target.both && (frame.target.pronoun || nothingNamed) && entities.length === 1) {
    return { code: 'AMBIGUOUS', message: `Both? I only found ${entities[0]!.name}. Which other one did you mean?` };
  }
  // "set the tv to 25": the volume, or channel 25? Only a word of loudness or a way ("down to 20") says the volume.
  const players = entities.filter((e) => e.domain === 'media_player');
  if (frame.op === 'level' && typeof frame.value === 'number' && players.length > 0 && !rest.some((x) => VOLUME_SAID.has(x.text))) {
    return {
      code: 'AMBIGUOUS',
      message: `Set ${players.length === 1 ? players[0]!.name : 'the players'} to ${frame.value}: the volume, or something else?`,
      next: `Say "volume": "set the ${players.length === 1 ? players[0]!.name : 'tv'} volume to ${frame.value}".`,
    };
  }
  // "open the garage up for me" read as "brighten the garage light": a verb that fits none of the devices (opening a light)
  // was not what the step does — asked, never another change. ("shut off the lamp" is off: not a change of level.)
  const opening = rest.find((x) => OPEN_VERBS.has(x.text));
  if (opening && (frame.op.startsWith('level') || frame.op.endsWith('_step')) && entities.length > 0 && !entities.some((e) => ['cover', 'valve', 'lock'].includes(e.domain))) {
    return { code: 'UNSUPPORTED', message: `I can't ${opening.text} ${entities.length === 1 ? entities[0]!.name : 'those'}: nothing there opens or closes.`, next: 'Say which device, for example "open the garage door".' };
  }
  // "bedroom lamp 40, garage light 60 and the play corner": among steps each with its own value, a value said between devices
  // and none after the last — the last one's value is not said; asked, never the one before copied. ("set A to 30 and B"
  // alone is both at 30.)
  const isTarget = (x: Item): boolean => x.kind === 'entity' || x.kind === 'noun' || x.kind === 'area';
  const valueAt = rest.findIndex((x) => x.kind === 'num');
  const lastTarget = rest.map(isTarget).lastIndexOf(true);
  if (steps > 1 && valueAt > 0 && lastTarget > valueAt && rest.slice(0, valueAt).some(isTarget) && rest.slice(valueAt, lastTarget).some((x) => x.text === 'and' || x.text === ',')
    && !rest.slice(lastTarget).some((x) => x.kind === 'num') && !rest.some((x) => ['too', 'also', 'both', 'each', 'all', 'as'].includes(x.text))) {
    return { code: 'NOT_UNDERSTOOD', message: `What value for ${rest[lastTarget]!.text}? Say one for each, for example "… and the ${rest[lastTarget]!.text} to 50%".` };
  }
  // "set the lamp colour to 50", "set the lamp to warm 50": a number said with a word of colour is no brightness — asked.
  if (['level', 'brightness'].includes(frame.op) && entities.length > 0 && entities.every((e) => e.domain === 'light') && rest.some((x) => COLOUR_SAID.has(x.text))) {
    return { code: 'AMBIGUOUS', message: `${String(frame.value)}: the brightness, or the colour? Say a colour by name ("warm white", "blue") or a brightness ("to ${String(frame.value)}%").` };
  }
  // ("turn the thermostat all the way up": no thermostat has a top to go to — to what temperature is asked, never a step.)
  if (frame.op === 'temperature_step' && rest.some((x, k) => x.text === 'all' && (rest[k + 1]?.text === 'way' || rest[k + 2]?.text === 'way'))) {
    return { code: 'AMBIGUOUS', message: 'All the way to what temperature? Say it, for example "set it to 24".' };
  }
  // ("turn on the bedroom lamp low", "… on bright": how bright is said but was not read — asked, never just switched on.)
  if (frame.op === 'on' && entities.some((e) => e.domain === 'light') && rest.some((x) => ['low', 'bright', 'dim', 'medium', 'high', 'soft'].includes(x.text))) {
    return { code: 'AMBIGUOUS', message: 'How bright? Say it in percent, for example "turn it on at 30%".' };
  }
  // ("set it and the garage light to 30": "it" listed with a device named — never left out for the named one.)
  if (frame.target.pronoun && !nothingNamed && rest.some((x, k) => ['it', 'them'].includes(x.text) && (rest[k + 1]?.text === 'and' || rest[k - 1]?.text === 'and'))) {
    return { code: 'AMBIGUOUS', message: `Which is "it"? Say its name with the others, for example "set the lamp and the ${rest.find((x) => x.kind === 'entity')?.text ?? 'porch light'} to 30".` };
  }
  // "change the lamp to white": which white — warm, cool or daylight — or the colour white? Asked.
  if (frame.op === 'color' && frame.value === 'white') {
    return { code: 'AMBIGUOUS', message: 'Which white: warm white, cool white, daylight, or the colour white?', options: ['warm white', 'cool white', 'daylight', 'the colour white'] };
  }
  // "go flip the lights" with no room: toggling every light of the home (some on, some off) is seldom meant — which room is asked.
  // ("flip both switches", "flip all the lights": how many was said — done.)
  const rooms = frame.op === 'toggle' ? new Set(entities.map((e) => e.area ?? '')).size : 0;
  if (rooms > 1 && !nothingNamed && !frame.target.both && !frame.target.all && frame.target.count === undefined && frame.target.groups.every((g) => g.names.length + g.areas.length + g.floors.length === 0)) {
    return { code: 'AMBIGUOUS', message: `Flip ${entities.length} devices in ${rooms} rooms? Say which room, for example "flip the lights in the kitchen".` };
  }
  // "boost the fan": how much (or a boost mode?) is not said — asked, never a step of our own choosing. ("boost … by 50%" acts.)
  if (said.has('boost') && frame.op.endsWith('_step') && !rest.some((x) => x.kind === 'num')) return { code: 'AMBIGUOUS', message: 'Boost by how much? Say an amount, for example "by 20%", or "to full".' };
  // "set the garage light to 15 lux": a unit none of Hearth's values is said in — asked, never read as a percent.
  const unitAt = rest.findIndex((x, k) => k > 0 && rest[k - 1]!.kind === 'num' && FOREIGN_UNITS.has(x.text));
  if (unitAt > 0) return { code: 'BAD_INPUT', message: `I can't set a value in ${rest[unitAt]!.text}. Say a percent, for example "${rest[unitAt - 1]!.text}%".` };
  // "stop it halfway": stop it now, or let it go on to half way?
  if ((said.has('stop') || said.has('halt')) && [...said].some((w) => MIDWAY_WORDS.has(w))) {
    return { code: 'AMBIGUOUS', message: 'Stop it now, or move it to half way?', options: ['stop it now', 'set it to 50%'] };
  }
  return null;
}

/** Words that need what comes after them: "… and the living room one to" says no value. */
const NEEDS_VALUE = new Set(['to', 'at', 'by']);

/** A sentence that acts, but leaves a value unsaid ("set A to 40% and B to"): asked — never the value of another step. */
export function unsaidValue(tokens: readonly string[]): NlError | null {
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (NEEDS_VALUE.has(tokens[i]!) && (next === undefined || next === 'and' || next === 'then')) {
      const said = tokens.slice(Math.max(0, i - 3), i + 1).join(' ');
      return { code: 'NOT_UNDERSTOOD', message: `"${said}" … what? The value seems to be missing.`, next: 'Say the whole value, for example "… and the living room lamp to 60%".' };
    }
  }
  return null;
}

/** "all the lights on except some of the kitchen ones": which ones are left out is not said — asked, never all of them. */
function vagueExcept(tokens: readonly string[]): NlError | null {
  const at = tokens.findIndex((t, k) => {
    const j = tokens[k + 1] === 'for' ? k + 2 : k + 1;
    return ['except', 'excluding', 'besides', 'but'].includes(t) && (VAGUE_SOME.has(tokens[j] ?? '') || (tokens[j] === 'a' && ['few', 'couple'].includes(tokens[j + 1] ?? '')));
  });
  return at < 0 ? null : { code: 'AMBIGUOUS', message: `Which ones should be left out? Say them, for example "except the kitchen ceiling".` };
}
/** "put the lights on something relaxing", "set the lamp to something nice": the setting is not said — asked, never switching. */
function vagueSetting(tokens: readonly string[]): NlError | null {
  const at = tokens.findIndex((t, k) => ['something', 'anything'].includes(t) && ['on', 'to', 'at', 'into'].includes(tokens[k - 1] ?? ''));
  return at < 0 ? null : { code: 'AMBIGUOUS', message: `"${tokens.slice(at, at + 2).join(' ')}" is no setting Hearth knows: which one? Say a brightness, a colour or a scene, for example "to 30%" or "warm white".` };
}
const VAGUE_SOME = new Set(['some', 'few', 'several', 'most', 'certain']);

/** The whole sentence's checks, after it was read: a result that acts is kept only when no word says otherwise. */
export function guardSaid<R extends { actions: unknown[]; error?: NlError; steps?: unknown; schedule?: unknown }>(tokens: readonly string[], r: R, read: () => readonly string[] = () => tokens): R {
  if (r.actions.length === 0) return r;
  // The words as said are read once, when a check first asks for them (several checks do).
  let words: readonly string[] | null = null;
  const said = (): readonly string[] => (words ??= read());
  // (An automation or a sun time read from a condition: the condition was taken.)
  const scheduled = [r.schedule, ...(r.actions as { schedule?: unknown }[]).map((a) => a.schedule)].some((x) => ['state', 'sun'].includes((x as { kind?: string } | undefined)?.kind ?? ''));
  // ("run the script for 10 minutes": a scene or script runs once — it is never switched off afterwards.)
  const undone = (r.actions as { entity?: string; service?: string }[]).find((a) => /^(scene|script)\./.test(a.entity ?? '') && a.service === 'turn_off');
  const error = (undone ? { code: 'UNSUPPORTED' as const, message: "A scene or script runs once: it can't be switched off after a while. Say what to set back, and when." } : null)
    ?? unsaidValue(tokens) ?? vagueExcept(tokens) ?? vagueSetting(tokens) ?? doubtSaid(tokens, scheduled, said, (r.actions as { service?: string }[]).map((a) => a.service ?? ''))
    ?? doubt14c(tokens, (r.actions as { schedule?: { kind?: string } }[]).some((a) => a.schedule?.kind === 'weekly'),
      [r.schedule, ...(r.actions as { schedule?: unknown }[]).map((a) => a.schedule)].some((x) => ((x as { kind?: string } | undefined)?.kind === 'weekly' || (x as { day?: unknown } | undefined)?.day)),
      (r.actions as { service?: string }[]).map((a) => a.service ?? ''), said)
    ?? doubt15(tokens, r.actions as { entity?: string; service?: string; delay_s?: number }[], said)
    ?? doubt15p(tokens, r.actions as SaidAction[], said) ?? doubt17p(tokens, r.actions as SaidAction[], said) ?? doubt17r(tokens, r.actions as SaidAction[]) ?? doubt17s(said) ?? doubt18(tokens, r.actions as SaidAction[]) ?? pastClockToday(tokens, r.actions as SaidAction[]) ?? oppositeWay(tokens, r.actions as SaidAction[]) ?? doubt19a(tokens, r.actions as SaidAction[]) ?? doubt19d(said, r.actions as SaidAction[]) ?? doubt19c(tokens, r.actions as SaidAction[]) ?? doubt19g(said(), r.actions as SaidAction[]) ?? doubt20a(tokens, r.actions as SaidAction[]) ?? doubt21a(tokens, r.actions as SaidAction[])
    ?? doubt21b(tokens, r.actions as SaidAction[]) ?? doubt21h(tokens, r.actions as SaidAction[], said)
    ?? doubt23a(tokens, r.actions as SaidAction[], said);
  if (!error) return r;
  const { steps: _steps, schedule: _schedule, ...rest } = r;
  return { ...rest, actions: [], error } as unknown as R;
}

/** The structural guard (round 11): a number or an unknown word of the step that the reading did not use — asked about,
 *  never left out. A number is used as the value, a count, or a size of step; an unknown word as a word of the target. */
export function unusedWord(frame: Frame, rest: readonly Item[]): NlError | null {
  if (frame.query) return null;
  const used = new Set<number>();
  if (typeof frame.value === 'number') used.add(frame.value).add(Math.abs(frame.value));
  if (frame.target.count !== undefined) used.add(frame.target.count);
  // ("turn on the porch light 2", "switch on the hall light with 40": a number no part of the reading took.)
  const n = rest.find((x, k) => x.kind === 'num' && !used.has(x.value) && !['things', 'thing'].includes(rest[k + 1]?.text ?? ''));
  if (n) return { code: 'NOT_UNDERSTOOD', message: `What is "${n.text}" for here?`, next: 'Say the value once, for example "… to 40%".' };
  // ("stop the curtain midday", "lock the door at noonish": a time said that the timing did not read.)
  // ("switch off the tv after this episode", "… until the film ends": a moment said that the timing did not read.)
  const time = rest.find((x, k) => x.kind === 'time' || (x.kind === 'word' && (TIME_WORDS.has(x.text) || (k > 0 && ['after', 'until', 'till', 'before'].includes(x.text) && rest[k + 1]?.text !== 'all'))));
  if (time) return { code: 'NOT_UNDERSTOOD', message: `When is "${time.text}"? I couldn't read it as a time.`, next: 'Say a clock time, for example "at 7 pm", or "in 10 minutes".' };
  // ("open it a bit more" read as a setting, "lock all but …" with nothing left out: a word of change or exclusion unused.)
  const moreSaid = rest.some((x) => COMPARATIVES.has(x.text)) && !(frame.op.endsWith('_step') || frame.op === 'level_step');
  const exceptSaid = rest.some((x) => ['except', 'excluding', 'besides'].includes(x.text)) && frame.target.exclude === null && frame.target.excludeText === null;
  // ("half the garage light and the play corner to a quarter": a fraction said that is not the value set.)
  // ("brighten the lamp by half", "dim it to half of what it is": a share of where it is now, no setting.)
  const fraction = rest.find((x, k) => x.kind === 'word' && FRACTIONS.has(x.text) && (frame.value !== FRACTIONS.get(x.text) || rest[k - 1]?.text === 'by' || rest[k + 1]?.text === 'of'));
  if (fraction) return { code: 'NOT_UNDERSTOOD', message: `I couldn't tell what "${fraction.text}" is here.`, next: 'Say the value with its device, for example "the lamp to 50%" or "the lamp up by 20%".' };
  if (moreSaid || exceptSaid) return { code: 'NOT_UNDERSTOOD', message: moreSaid ? 'More or less than what? Say by how much, for example "up by 10%".' : 'Which should be left out?' };
  const words = new Set(frame.target.groups.flatMap((g) => [...g.fragments, ...g.said.flatMap((s) => s.split(' '))]));
  for (const w of frame.target.exclude ? [...frame.target.exclude.fragments, ...frame.target.exclude.said] : []) words.add(w);
  const excluded = (frame.target.excludeText ?? '').split(' ');
  // (An unknown word the target did not take; "… but leave the tv on": what is left as it is was read by the target.)
  const u = rest.find((x, k) => x.kind === 'word' && !x.known && !words.has(x.text) && !excluded.includes(x.text)
    && !(frame.target.contrast && ['leave', 'keep'].includes(x.text) && [',', 'but', 'and'].includes(rest[k - 1]?.text ?? '')));
  return u ? { code: 'UNKNOWN_NAME', message: `I don't know what "${u.text}" means here.` } : null;
}

/** "the other lamp" after the bedroom lamp: one other device of that kind (every light is a lamp), else asked which —
 *  never the one other device whose name happens to hold the word. ("the other thermostat" of two is the other one.) */
export function otherOfKind(group: TargetGroup, entities: readonly NlEntity[], previous: readonly NlEntity[]): NlError | null {
  const noun = group.nouns[0];
  if (!noun || noun.plural || (noun.placeholder && noun.senses.length === 0) || group.nouns.length > 1 || group.names.length + group.areas.length + group.floors.length + group.fragments.length > 0) return null;
  const others = entities.filter((e) => noun.senses.some((s) => fitsNoun(e, s)) && !previous.includes(e));
  // ("the other one" after the bedroom lamp, of seven lights: asked — never the other whose name holds "lamp". After
  // Curtain Left, the one whose name says the other side is the other one — "the other curtain" too.)
  if (others.length > 1 && others.filter((e) => previous.some((p) => sideSwapped(p.name) === e.name.toLowerCase())).length === 1) return null;
  return others.length > 1 ? ambiguous(noun.placeholder ? 'one' : noun.text, others.map((e) => e.name)) : null;
}

const sideSwapped = (name: string): string => name.toLowerCase().split(/\s+/).map((w) => (w === 'left' ? 'right' : w === 'right' ? 'left' : w)).join(' ');

/** "set the garage light and the fan to 50", "dim the lamp and the tv": a kind said in a list whose devices can't do what the
 *  step does (the step was read for the others) — asked, never silently left out. */
export function droppedGroup(group: TargetGroup, got: readonly NlEntity[], op: Op, entities: readonly NlEntity[]): NlError | null {
  if (got.length > 0 || group.nouns.length === 0) return null;
  const kind = entities.filter((e) => group.nouns.some((n) => n.senses.some((s) => fitsNoun(e, s))));
  if (kind.length > 0 && !kind.some((e) => supports(e, op))) return cannotDo(kind[0]!, op);
  // ("open the guest room shade and the bedroom one", "the shade and the curtain in the bedroom": none of that kind there —
  // asked, never the others done alone.)
  // (A kind said in the plural over a list of places — "the lights on the first floor and upstairs" — may be missing from one.)
  const noun = group.nouns.every((n) => !n.plural) ? group.nouns.find((n) => !n.placeholder || n.senses.length > 0) : undefined;
  return noun ? noMatch(noun.placeholder ? (noun.senses[0]?.domain ?? 'device').replace('_', ' ') : noun.text, group.areas.map((a) => a.name), group.floors.map((f) => f.name)) : null;
}
