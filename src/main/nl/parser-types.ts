// The parser's contract with its callers: what a command is read with (the speaker's room, the clock, the previous
// command's devices) and what it gives back (actions, an answer, a schedule, or an error that asks).
import type { NlAction } from './actions';
import type { NlError } from './errors';
import type { HomeClock, Schedule } from './frame';
import type { NlHome } from './home';
import type { SlotConvention, SlotValue } from './slots';

export interface NlContext {
  /** The speaker's area (name), for "in here" and sentences that name no place. */
  area?: string | null;
  /** The clock for "at 7 pm"; without it such steps carry a schedule but no delay_s. */
  now?: Date | null;
  /** Ids of the devices the previous command acted on, for "dim them" said as a new command. */
  previous?: readonly string[] | null;
  /** The home's clock setting, for a bare "at 5": 05:00 on the 24-hour clock (the default); on the
   *  12-hour clock a question, "5 in the morning or 5 in the afternoon?". */
  clock?: HomeClock | null;
}

export interface NlStep {
  intent: string | null;
  slots: Record<string, SlotValue>;
  actions: NlAction[];
  answer?: string;
  schedule?: Schedule;
  error?: NlError;
}

export interface NlResult {
  text: string;
  /** The HA intent when the sentence is one such intent; null for several steps or none. */
  intent: string | null;
  slots: Record<string, SlotValue>;
  actions: NlAction[];
  answer?: string;
  schedule?: Schedule;
  /** Each step of a multi-step sentence. */
  steps?: NlStep[];
  error?: NlError;
}

export interface NlParserOptions {
  /** HA slot convention for `slots` (see slots.ts). Default 'combination'. */
  slots?: SlotConvention;
}

export interface NlParser {
  readonly home: NlHome;
  parse(text: string, context?: NlContext): NlResult;
  /** "no, the right one" said after `previous`: the corrected sentence ("open the right curtain") read, or
   *  null when `text` is no correction. */
  correct(previous: string, text: string, context?: NlContext): NlResult | null;
}
