// What the grammar makes of one clause (a Frame), before names are resolved to entities.
import type { NlArea, NlFloor } from './home';
import type { NounSense, StateSense } from './lexicon-devices';
import type { LexTag } from './lexicon';

export interface EntityRef {
  text: string;
  refs: number[];
  /** Set when the name is also an ordinary word ("Light", "Gas"). */
  generic: LexTag | null;
}

export interface NounRef {
  text: string;
  senses: readonly NounSense[];
  plural: boolean;
  /** A noun of the same kind said before it ("tv" of "the tv speaker"): names with either word fit. */
  modifier?: string;
  /** "one"/"ones" said with a describing word or place ("the right one", "the office one", "the ones in the
   *  bedroom"): a device of the kind said just before; the parser fills in `senses` and `text`. */
  placeholder?: boolean;
}

/** One "thing" people named: "the kitchen lights", "the bedroom lamp", "the fan". */
export interface TargetGroup {
  names: EntityRef[];
  areas: NlArea[];
  floors: NlFloor[];
  nouns: NounRef[];
  /** Words that are no grammar: parts of names ("ceiling") or unknown names ("garden"). */
  fragments: string[];
  /** Names, nouns and fragments as said, in order ("floor lamp"), for messages. */
  said: string[];
  /** The location came after the noun ("lights in the kitchen"), so it may apply to earlier groups too. */
  trailingLocation: boolean;
  /** A plural noun said bare straight after "and" ("upstairs shades and curtains"): the place said before is its too. */
  listed?: boolean;
  /** "all"/"every"/"both" said in this group ("the shade and both curtains": of the curtains only). */
  quantified?: boolean;
}

export interface TargetSpec {
  groups: TargetGroup[];
  exclude: TargetGroup | null;
  /** The parts of an "except" list of several, each read alone ("the side and back doors"). */
  excludeGroups?: TargetGroup[];
  /** The words of the exclusion as said ("the garage"), for messages. */
  excludeText: string | null;
  /** "in here", "this room". */
  here: boolean;
  /** "everywhere", "the whole house". */
  everywhere: boolean;
  /** "everything", "all" alone. */
  everything: boolean;
  /** all / every / each. */
  all: boolean;
  /** it / them / those: the previous step's devices. */
  pronoun: boolean;
  /** A pronoun said of one device: "that one", "this one" ('one': of several before it, which one is asked), "it",
   *  "that" ('it': of several of different kinds, which one is asked; "dim it" after the kitchen lights is them all). */
  onePronoun?: 'one' | 'it';
  plural: boolean;
  /** "the other lights": those of that kind the step before did not name. */
  other: boolean;
  /** "on this floor": the floor of the speaker's room. */
  thisFloor: boolean;
  /** A place said that is no floor or room of the home ("the second floor", "upstairs" with no floors). */
  unknownPlace: string | null;
  /** "both": two devices are meant. */
  both: boolean;
  /** "the two curtains", "all three lamps": that many devices are meant. */
  count?: number;
  /** The exclusion was said as a contrast ("the right curtain, not the left one"): it need leave nothing out. */
  contrast: boolean;
}

export type Op =
  | 'on' | 'off' | 'toggle' | 'open' | 'close' | 'stop' | 'lock' | 'unlock'
  | 'brightness' | 'brightness_step' | 'color' | 'color_temp' | 'color_temp_step'
  | 'temperature' | 'temperature_step' | 'position' | 'position_step' | 'fan_speed' | 'fan_speed_step'
  | 'volume' | 'volume_step' | 'mute' | 'unmute' | 'play' | 'pause' | 'next' | 'previous'
  | 'vacuum_start' | 'clean_area' | 'return_to_base' | 'mower_start' | 'mower_dock'
  /** A number or "up"/"down" whose meaning depends on the device ("set the fan to 50%", "turn it up"). */
  | 'level' | 'level_step'
  | 'query_state' | 'query_value' | 'query_temperature' | 'query_where';

export type TemperatureUnit = 'C' | 'F' | null;

export type Quantifier = 'one' | 'any' | 'all' | 'which' | 'count';

export interface QuerySpec {
  quantifier: Quantifier;
  /** State words said ("locked", "on"); empty for value questions. */
  states: readonly StateSense[];
  /** The state word as said, for answers ("locked"). */
  stateText: string | null;
  /** What is measured, from words like "humidity" (sensor device classes). */
  measures: readonly string[];
}

export type Schedule =
  | { kind: 'at'; time: string; day: 'today' | 'tomorrow' | Weekday | null; text: string }
  | { kind: 'weekly'; days: readonly string[]; time: string | null; sun?: 'sunrise' | 'sunset'; text: string }
  | { kind: 'sun'; event: 'sunrise' | 'sunset'; text: string }
  | { kind: 'interval'; every_s: number; text: string }
  /** "when the front door opens, …": an entity reaching a state (HA-style: "on", "off", "locked", "open"…);
   *  any of the triggers starts it. */
  | { kind: 'state'; triggers: readonly { entity: string; state: string }[]; text: string };

export interface Timing {
  delayS?: number;
  /** "for 10 minutes": do it now, undo it after this many seconds. */
  durationS?: number;
  /** "until 10": the undoing action's clock time (round 27c). */
  until?: Schedule;
  schedule?: Schedule;
  /** A day or part of day said without a clock time ("tomorrow", "in the evening"): the parser asks when. */
  vague?: string;
  /** A wait said without its length ("in a bit", "later", "in 15"), as said: the parser asks how long. */
  unclear?: string;
  /** "for a sec", "for a moment", as said: briefly, with no length (a pause or mute is left as it is; anything else
   *  asks how long). */
  brief?: string;
  /** A bare hour in a 12-hour home ("at 5"): the parser asks morning or afternoon. */
  askClock?: { said: string; hour: number; minute: number };
  /** The unit a wait was said in ("in 15 minutes": 60), for a bare "in 30" said after it. */
  unitS?: number;
  /** A clock time of today that has already passed ("at 7:30 this morning" said at 09:00), as HH:MM: asked. */
  past?: string;
  /** "an hour later": after the step before, not after now. */
  later?: boolean;
}

/** How the home writes clock times (the home's preference): a bare "at 5" is 05:00 on a 24-hour clock and
 *  needs "am"/"pm" on a 12-hour one. */
export type HomeClock = '12h' | '24h';

export interface Frame {
  op: Op;
  /** Number, colour name, or "up"/"down" for a step without a size. */
  value?: number | string;
  unit?: TemperatureUnit | 'percent' | 'kelvin';
  /** A step said with no size it can be measured by ("turn the heat up a touch", "much brighter"): how much is asked. */
  sizeless?: boolean;
  /** The step was not sized by the speaker ("volume up"): the HA slot keeps "up"/"down". */
  stepWord?: 'up' | 'down';
  target: TargetSpec;
  /** Domain the verb implies: lock → lock, "light up" → light, "mow" → lawn_mower. */
  impliedDomain?: string;
  /** Only a name was said ("party mode"): it means "turn it on" — unless the next step goes on about it
   *  ("the tv, turn it off"), where it only says what "it" is. */
  bare?: boolean;
  query?: QuerySpec;
  timing?: Timing;
  /** "stop the tv": pause it or switch it off? Not known — asked once the player is found. */
  stopPlayer?: boolean;
}

/** A day of the week, as schedules name it. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
