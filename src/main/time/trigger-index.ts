// Rules indexed by what triggers them: device → capability → the triggers listening there. A state event
// costs two map lookups plus the triggers on that one value, never a walk over all rules; and before those, a bit
// filter on a hash of the device and capability ids turns away most events no rule listens to (a large home's
// sensors, the other controls of a device) without touching the map, whose lookups are cache misses once it holds
// thousands of devices.
import type { Trigger } from '../../shared/automation';
import type { CapabilityValue } from '../../shared/model';
import { sameValue } from '../../shared/describe-values';

export type DeviceTrigger = Extract<Trigger, { type: 'state' | 'numeric' }>;

export interface IndexEntry<R> {
  ruleId: string;
  rule: R;
  trigger: DeviceTrigger;
  /** Position of the trigger in the rule, for its label. */
  triggerIndex: number;
}

interface Slot<R> {
  /** The last value seen, to tell changes and crossings from repeats. */
  prev: CapabilityValue | undefined;
  entries: IndexEntry<R>[];
}

const inRange = (t: { above?: number | undefined; below?: number | undefined }, v: CapabilityValue | undefined): boolean =>
  typeof v === 'number' && (t.above === undefined || v > t.above) && (t.below === undefined || v < t.below);

/**
 * Does this change (prev → value) fire the trigger? Numbers fire on crossing into the range, not while in it.
 * An unknown reading (null) fires nothing: `prev` is the last known value, so 26 → unknown → 26 is no crossing.
 */
export function triggerMatches(t: DeviceTrigger, prev: CapabilityValue | undefined, value: CapabilityValue): boolean {
  if (value === null) return false;
  if (t.type === 'numeric') return inRange(t, value) && !inRange(t, prev);
  if (prev !== undefined && sameValue(prev, value)) return false;
  if (t.from !== undefined && (prev === undefined || !sameValue(prev, t.from))) return false;
  return t.to === undefined || sameValue(value, t.to);
}

/** Could writing `value` fire the trigger (from some earlier value)? Unknown values (null) could. */
export function writeCouldFire(t: DeviceTrigger, value: CapabilityValue): boolean {
  if (value === null) return true;
  if (t.type === 'numeric') return inRange(t, value);
  return t.to === undefined || sameValue(value, t.to);
}

/** FNV-1a over the last 12 characters (ids share their protocol prefix; the end tells them apart) and the length of each. */
function keyHash(deviceId: string, capabilityId: string): number {
  let n = deviceId.length;
  let h = (0x811c9dc5 ^ n) | 0;
  for (let i = n > 12 ? n - 12 : 0; i < n; i++) h = Math.imul(h ^ deviceId.charCodeAt(i), 0x01000193);
  n = capabilityId.length;
  h = Math.imul(h ^ n, 0x01000193);
  for (let i = n > 12 ? n - 12 : 0; i < n; i++) h = Math.imul(h ^ capabilityId.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/** Filter bits per device value listened to: about 1 in 60 other values gets through to the map. */
const BITS_PER_SLOT = 64;

export class TriggerIndex<R> {
  readonly #byDevice = new Map<string, Map<string, Slot<R>>>();
  /** One bit per hash bucket, set for every device value in #byDevice (never taken out, so never a false "no"). */
  #filter = new Int32Array(128);
  #mask = 128 * 32 - 1;
  #slots = 0;
  readonly #slotsOf = new Map<string, Slot<R>[]>();
  readonly #initial: (deviceId: string, capabilityId: string) => CapabilityValue | undefined;

  constructor(initial: (deviceId: string, capabilityId: string) => CapabilityValue | undefined) {
    this.#initial = initial;
  }

  add(ruleId: string, rule: R, triggers: readonly Trigger[]): void {
    this.remove(ruleId);
    const slots: Slot<R>[] = [];
    triggers.forEach((trigger, triggerIndex) => {
      if (trigger.type !== 'state' && trigger.type !== 'numeric') return;
      let byCap = this.#byDevice.get(trigger.deviceId);
      if (!byCap) this.#byDevice.set(trigger.deviceId, (byCap = new Map()));
      let slot = byCap.get(trigger.capabilityId);
      if (!slot) {
        byCap.set(trigger.capabilityId, (slot = { prev: this.#initial(trigger.deviceId, trigger.capabilityId) ?? undefined, entries: [] }));
        this.#listen(trigger.deviceId, trigger.capabilityId);
      }
      slot.entries.push({ ruleId, rule, trigger, triggerIndex });
      slots.push(slot);
    });
    if (slots.length) this.#slotsOf.set(ruleId, slots);
  }

  remove(ruleId: string): void {
    for (const slot of this.#slotsOf.get(ruleId) ?? []) slot.entries = slot.entries.filter((e) => e.ruleId !== ruleId);
    this.#slotsOf.delete(ruleId);
  }

  #listen(deviceId: string, capabilityId: string): void {
    if (++this.#slots * BITS_PER_SLOT > this.#mask + 1) {
      // Grown past its size: a filter twice as large, filled again from every device value.
      this.#filter = new Int32Array(this.#filter.length * 2);
      this.#mask = this.#filter.length * 32 - 1;
      for (const [id, byCap] of this.#byDevice) for (const cap of byCap.keys()) this.#mark(id, cap);
    } else this.#mark(deviceId, capabilityId);
  }

  #mark(deviceId: string, capabilityId: string): void {
    const h = keyHash(deviceId, capabilityId) & this.#mask;
    this.#filter[h >>> 5]! |= 1 << (h & 31);
  }

  /** Records the new value and returns the triggers it fires (an empty array most of the time). */
  match(deviceId: string, capabilityId: string, value: CapabilityValue): IndexEntry<R>[] {
    // An unknown reading is not a change: keep the last known value to compare the next reading with.
    if (value === null) return NONE;
    const h = keyHash(deviceId, capabilityId) & this.#mask;
    if ((this.#filter[h >>> 5]! & (1 << (h & 31))) === 0) return NONE;
    const slot = this.#byDevice.get(deviceId)?.get(capabilityId);
    if (!slot) return NONE;
    const prev = slot.prev;
    slot.prev = value;
    let out: IndexEntry<R>[] | null = null;
    for (const e of slot.entries) {
      if (triggerMatches(e.trigger, prev, value)) (out ??= []).push(e);
    }
    return out ?? NONE;
  }

  get size(): number {
    return this.#slotsOf.size;
  }
}

const NONE: never[] = [];
