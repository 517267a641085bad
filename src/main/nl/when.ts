// "when the front door opens, turn on the hall light", "turn on the hall light whenever motion is detected in
// the hallway": an automation a device's state starts. The sentence is split into what starts it (read like
// the question "is the front door open?", so every name, room, kind and state word the questions know works)
// and the command; the start becomes a state schedule. What can't be read is said plainly, never guessed.
import type { Frame, Schedule } from './frame';
import type { NlEntity } from './home';
import type { StateSense } from './lexicon-devices';
import type { HomeIndex } from './name-index';
import { tagTokens, type Item } from './tag';
import { readQuery } from './grammar-query';
import { settleGenericNames } from './generic-names';
import { resolveTarget } from './resolve';
import { settleQuery } from './answer';
import { ambiguous, joinWords, type NlError } from './errors';
import { tokenize } from './tokenize';
import { extractTiming } from './timing';
import { table } from './table';

const POLITE = new Set(['please', 'hey', 'ok', 'okay', 'hearth', 'so', 'and', 'also', 'now', 'can', 'you', 'could']);
/** Words that start a command after the condition ("when the door opens lock the back door"). */
const COMMAND_VERBS = new Set([
  'turn', 'switch', 'set', 'dim', 'brighten', 'open', 'close', 'shut', 'lock', 'unlock', 'start', 'stop', 'pause',
  'resume', 'play', 'mute', 'unmute', 'activate', 'deactivate', 'make', 'change', 'lower', 'raise', 'increase',
  'decrease', 'toggle', 'run', 'clean', 'vacuum', 'dock', 'enable', 'disable', 'power', 'flip', 'mow', 'heat', 'cool',
]);
/** Words after which a verb-like word is a state: "when the door is open". */
const LINKING = new Set(['is', 'are', 'was', 'were', 'gets', 'get', 'becomes', 'become', 'been', 'be', 'goes', 'go']);
/** "when is the light on?", "when did the door open?": questions about time, not automations. */
const ASKING = new Set(['is', 'are', 'was', 'were', 'did', 'does', 'do', 'will', 'should', 'can', 'could', 'would', 'has', 'have']);

export interface WhenSplit {
  condition: Item[];
  command: Item[];
  /** "tell me when the front door opens": the speaker wants to be told, which a sentence can't set up yet. */
  notify?: boolean;
}

const TELL_ME = new Set(['tell', 'let', 'notify', 'alert', 'warn', 'remind', 'message', 'ping', 'text']);

function isWhenWord(items: readonly Item[], i: number): number {
  const t = items[i]?.text;
  if (t === 'when' || t === 'whenever' || t === 'if' || t === 'once') return 1;
  if (t === 'as' && items[i + 1]?.text === 'soon' && items[i + 2]?.text === 'as') return 3;
  return 0;
}

/** True when the item says what happens or holds: "opens", "is locked", "turns off", "detected". */
function saysState(items: readonly Item[], k: number): boolean {
  const it = items[k]!;
  return it.kind === 'state' || it.text in VERB_STATES || Object.values(VERB_STATES).includes(it.text);
}

/** Where the condition said first ends: at ",", "then", or a command verb once the condition has said what
 *  happens ("when the door opens lock the back door"; in "when the door is open" or "when the door opens",
 *  "open" is the condition's own). */
function conditionEnd(items: readonly Item[], from: number): number {
  let stated = false;
  /** The first command verb that can't be the condition's own ("goes above 25 turn off …"), for when the
   *  condition says no state before it: the command starts there. */
  let verbAt: number | null = null;
  for (let k = from; k < items.length; k++) {
    const t = items[k]!.text;
    if (t === ',' || t === 'then') return k;
    const verb = COMMAND_VERBS.has(t) && !LINKING.has(items[k - 1]!.text) && items[k]!.kind !== 'entity';
    if (stated && verb) return k;
    const prev = items[k - 1]!;
    if (verb && k > from && verbAt === null && !(prev.kind === 'entity' || prev.kind === 'noun' || PRONOUN_SUBJECTS.has(prev.text))) verbAt = k;
    if (saysState(items, k)) stated = true;
  }
  return verbAt ?? items.length;
}

/** Words a device can be called by before "turns on" ("when it turns on"). */
const PRONOUN_SUBJECTS = new Set(['it', 'they', 'one', 'ones', 'them', 'those', 'these', 'that', 'this']);

/** Splits "when X, Y" / "if X then Y" / "Y when X" / "Y as soon as X"; null for any other sentence. */
export function splitWhen(items: readonly Item[]): WhenSplit | null {
  let first = 0;
  while (first < items.length && POLITE.has(items[first]!.text)) first++;
  const lead = isWhenWord(items, first);
  if (lead > 0) {
    if (ASKING.has(items[first + lead]?.text ?? '')) return null;
    const end = conditionEnd(items, first + lead);
    const rest = items.slice(end).filter((x, k) => !(k === 0 && (x.text === ',' || x.text === 'then')));
    return { condition: items.slice(first + lead, end), command: rest[0]?.text === 'then' ? rest.slice(1) : rest };
  }
  // "turn on the hall light when the front door opens": a command, then the condition ("if" only leads:
  // "tell me if the door is open" is a question).
  for (let k = first + 1; k < items.length; k++) {
    const t = items[k]!.text;
    const n = t === 'if' || t === 'once' ? 0 : isWhenWord(items, k);
    if (n === 0) continue;
    if (ASKING.has(items[k + n]?.text ?? '')) return null;
    const before = items.slice(first, k).map((x) => x.text);
    if (TELL_ME.has(before[0]!) && before.slice(1).every((t) => ['me', 'us', 'know', 'please'].includes(t))) {
      return { condition: items.slice(k + n), command: [], notify: true };
    }
    if (['tell', 'show', 'let', 'what', 'whatis', 'is', 'are', 'check'].includes(before[0]!)) return null;
    const command = items.slice(0, k);
    while (command.length > 0 && command[command.length - 1]!.text === ',') command.pop();
    return { condition: items.slice(k + n), command };
  }
  return null;
}

/** Words of a condition as the question grammar reads them: "opens" → "open", "turns on" → "on",
 *  "detects motion" → "detected". */
const VERB_STATES: Readonly<Record<string, string>> = table({
  opens: 'open', opened: 'open', opening: 'open', closes: 'closed', closing: 'closed', shuts: 'closed', close: 'closed',
  locks: 'locked', unlocks: 'unlocked', lock: 'locked', unlock: 'unlocked', leaks: 'leaking', trips: 'tripped',
  triggers: 'triggered', detects: 'detected', senses: 'detected', sees: 'detected', arrives: 'home', arrive: 'home',
  leaves: 'away', leave: 'away',
});
const SWITCH_VERBS = new Set(['turns', 'turned', 'switches', 'switched', 'comes', 'goes', 'went', 'came', 'turn', 'switch', 'go', 'come']);
/** What follows "detects" and only says what it detects, when a device is named ("the sink sensor detects water"). */
const DETECTED = new Set(['a', 'an', 'some', 'any', 'motion', 'movement', 'water', 'leak', 'smoke', 'gas', 'someone', 'somebody', 'anyone', 'anybody', 'presence', 'vibration', 'sound', 'noise']);

function conditionTokens(items: readonly Item[]): string[] {
  const named = items.some((x) => x.kind === 'entity');
  const out: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const t = items[k]!.text;
    if (SWITCH_VERBS.has(t) && (items[k + 1]?.text === 'on' || items[k + 1]?.text === 'off')) continue;
    const state = VERB_STATES[t];
    if (state) {
      out.push(state);
      if (state === 'detected' && named) while (DETECTED.has(items[k + 1]?.text ?? '')) k++;
      continue;
    }
    out.push(...t.split(' '));
  }
  return out;
}

/** "opens", "is locked", "detects motion", "turns on": how the trigger is said in the rule's text. */
function eventWords(e: NlEntity, state: string, several: boolean): string {
  const v = (one: string, many: string): string => (several ? many : one);
  if (e.domain === 'binary_sensor') {
    const cls = e.deviceClass ?? '';
    if (['opening', 'door', 'window', 'garage_door'].includes(cls)) return state === 'on' ? v('opens', 'open') : v('closes', 'close');
    if (['motion', 'occupancy', 'presence'].includes(cls)) return state === 'on' ? v('detects motion', 'detect motion') : v('is clear', 'are clear');
    if (cls === 'moisture') return state === 'on' ? v('detects water', 'detect water') : v('is dry', 'are dry');
    return state === 'on' ? v('is triggered', 'are triggered') : v('is clear', 'are clear');
  }
  if (e.domain === 'cover' || e.domain === 'valve') return state === 'open' ? v('opens', 'open') : v('closes', 'close');
  if (e.domain === 'person') return state === 'home' ? v('comes home', 'come home') : v('leaves', 'leave');
  if (state === 'on' || state === 'off') return v(`turns ${state}`, `turn ${state}`);
  return v(`is ${state.replace(/_/g, ' ')}`, `are ${state.replace(/_/g, ' ')}`);
}

/** The entity's name as the sentence said it (an alias such as "Front Door" for "Front Door Contact"). */
function spokenName(e: NlEntity, said: readonly string[]): string {
  const words = ` ${said.join(' ')} `;
  return [...(e.aliases ?? []), e.name].find((n) => words.includes(` ${tokenize(n).join(' ')} `)) ?? e.name;
}

/** The state an entity reaches, HA-style, for the state sense said. */
function targetState(e: NlEntity, sense: StateSense): string {
  if (e.domain === 'lock' && !sense.domain) return sense.state === 'on' ? 'unlocked' : 'locked';
  return sense.state;
}

/** That the sentence is an automation, and how to say one Hearth can read. */
export function notATrigger(condition: string): NlError {
  return {
    code: 'UNSUPPORTED',
    message: `That looks like an automation, but I can't tell what should start it from "${condition}".`,
    next: 'Name a device and what it does, for example "when the front door opens, turn on the hall light", or a time ("every day at 7:00 …"); or make it under Automations → New.',
  };
}

const MAX_TRIGGERS = 16;

type StateSchedule = Extract<Schedule, { kind: 'state' }>;

/** The condition of a "when" sentence → a state schedule, or what is wrong with it. */
export function readTrigger(all: readonly Item[], index: HomeIndex): StateSchedule | NlError {
  const { condition, timing } = withoutTiming(all);
  if (timing) {
    // "when the front door opens at night": a rule without "at night" would run all day.
    const trigger = readTrigger(condition, index);
    return 'code' in trigger ? trigger : onlySometimes(trigger, timing);
  }
  const said = condition.map((x) => x.text).join(' ');
  const items = tagTokens(index, conditionTokens(condition));
  const frame: Frame | null = items.length > 0 ? readQuery(items, index) : null;
  if (!frame || frame.op !== 'query_state' || !frame.query || frame.query.states.length === 0) return notATrigger(said);
  settleGenericNames(frame, index);
  const res = resolveTarget({ frame, index, contextArea: null, previous: null });
  if (res.error?.code === 'UNKNOWN_NAME' || res.error?.code === 'NO_MATCH') {
    const { message } = res.error;
    return { ...res.error, message: `That looks like an automation, but ${/^I\b/.test(message) ? message : message[0]!.toLowerCase() + message.slice(1)}`, next: notATrigger(said).next! };
  }
  if (res.error) return res.error;
  settleQuery(frame, res);
  const sense = res.state;
  if (!sense || res.entities.length === 0) return notATrigger(said);
  const spec = frame.target;
  const one = frame.query.quantifier === 'one' && !spec.plural && !spec.all;
  if (one && res.entities.length > 1) return ambiguous(spec.groups[0]?.nouns[0]?.text ?? 'device', res.entities.map((e) => e.name));
  if (res.entities.length > MAX_TRIGGERS) {
    return { code: 'UNSUPPORTED', message: `That would start on ${res.entities.length} devices; an automation can watch up to ${MAX_TRIGGERS}.`, next: 'Name a room or fewer devices.' };
  }
  const triggers = res.entities.map((e) => ({ entity: e.id, state: targetState(e, sense) }));
  const tokens = items.map((x) => x.text);
  const names = joinWords([...new Set(res.entities.map((e) => spokenName(e, tokens)))]);
  return { kind: 'state', triggers, text: `when ${names} ${eventWords(res.entities[0]!, triggers[0]!.state, res.entities.length > 1)}` };
}

/** The condition without a time said in it ("at night", "for 10 minutes"), and that time as said. */
function withoutTiming(condition: readonly Item[]): { condition: Item[]; timing: string | null } {
  const { items: kept, timing } = extractTiming(condition, null);
  if (!timing) return { condition: [...condition], timing: null };
  const gone = condition.flatMap((x, k) => (kept.includes(x) ? [] : [k]));
  // A timing read without taking any word away (a bare "minutes"): nothing to cut out, so no timing either
  // (else the trigger would be read again with the same words, for ever).
  if (gone.length === 0) return { condition: [...condition], timing: null };
  let start = Math.min(...gone);
  const end = Math.max(...gone);
  while (start > 0 && ['the', 'this'].includes(condition[start - 1]!.text)) start--;
  if (start > 0 && ['at', 'in', 'on', 'by', 'during', 'after', 'for'].includes(condition[start - 1]!.text)) start--;
  return {
    condition: condition.filter((_, k) => k < start || k > end),
    timing: condition.slice(start, end + 1).map((x) => x.text).join(' '),
  };
}

/** "when the front door opens at night": what starts it is read, but the time can't be part of it yet. */
function onlySometimes(trigger: StateSchedule, timing: string): NlError {
  return {
    code: 'UNSUPPORTED',
    message: `That looks like an automation that starts ${trigger.text}, but only "${timing}": Hearth can't add that to an automation from a sentence yet.`,
    next: `Make it under Automations → New: start it ${trigger.text}, and add a condition for the time.`,
  };
}

/** "tell me when the front door opens": a sentence can't set up a notification yet; say how to. */
export function toldWhen(trigger: StateSchedule): NlError {
  return {
    code: 'UNSUPPORTED',
    message: `That looks like an automation that tells you ${trigger.text}; Hearth can't make one that sends a message from a sentence yet.`,
    next: `Make it under Automations → New: start it ${trigger.text}, and choose "Notify" as what it does.`,
  };
}

/** "when the sun sets", "once the sun goes down", "when it gets dark": the sun, not a device — null for anything else. */
export function sunCondition(condition: readonly Item[]): 'sunset' | 'sunrise' | null {
  const t = condition.map((x) => x.text).filter((w) => !['the', ',', 'has', 'is', 'starts', 'to', 'begins'].includes(w)).join(' ');
  if (/^(sun (sets|goes down|set|down)|it gets dark|it (is )?dark|sunset|dusk|night falls|it gets dark outside)$/.test(t)) return 'sunset';
  if (/^(sun (rises|comes up|is up|rose|up)|it gets light|sunrise|dawn)$/.test(t)) return 'sunrise';
  return null;
}
