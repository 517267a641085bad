// Rules indexed by what triggers them: device → capability → the triggers listening there. A state event
// costs two map lookups plus the triggers on that one value, never a walk over all rules; and before those, a
// bit filter on a hash of the device id turns away most events no rule listens to (a large home's sensors)
// without touching the map, whose lookups are cache misses once it holds thousands of devices.
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

/** FNV-1a over the id's last 12 characters (ids share their protocol prefix; the end tells them apart) and its length. */
function idHash(id: string): number {
  const n = id.length;
  let h = (0x811c9dc5 ^ n) | 0;
  for (let i = n > 12 ? n - 12 : 0; i < n; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h ^ (h >>> 15);
}

/** Filter bits per device listened to: about 1 in 60 other devices gets through to the map. */
const BITS_PER_DEVICE = 64;

export class TriggerIndex<R> {
  readonly #byDevice = new Map<string, Map<string, Slot<R>>>();
  /** One bit per hash bucket, set for every device in #byDevice (devices are never taken out, so no false "no"). */
  #filter = new Int32Array(128);
  #mask = 128 * 32 - 1;
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
      if (!byCap) {
        this.#byDevice.set(trigger.deviceId, (byCap = new Map()));
        this.#listen(trigger.deviceId);
      }
      let slot = byCap.get(trigger.capabilityId);
      if (!slot) byCap.set(trigger.capabilityId, (slot = { prev: this.#initial(trigger.deviceId, trigger.capabilityId) ?? undefined, entries: [] }));
      slot.entries.push({ ruleId, rule, trigger, triggerIndex });
      slots.push(slot);
    });
    if (slots.length) this.#slotsOf.set(ruleId, slots);
  }

  remove(ruleId: string): void {
    for (const slot of this.#slotsOf.get(ruleId) ?? []) slot.entries = slot.entries.filter((e) => e.ruleId !== ruleId);
    this.#slotsOf.delete(ruleId);
  }

  #listen(deviceId: string): void {
    if (this.#byDevice.size * BITS_PER_DEVICE > this.#mask + 1) {
      // Grown past its size: a filter twice as large, filled again from every device.
      this.#filter = new Int32Array(this.#filter.length * 2);
      this.#mask = this.#filter.length * 32 - 1;
      for (const id of this.#byDevice.keys()) this.#mark(id);
    } else this.#mark(deviceId);
  }

  #mark(deviceId: string): void {
    const h = idHash(deviceId) & this.#mask;
    this.#filter[h >>> 5]! |= 1 << (h & 31);
  }

  /** Records the new value and returns the triggers it fires (an empty array most of the time). */
  match(deviceId: string, capabilityId: string, value: CapabilityValue): IndexEntry<R>[] {
    // An unknown reading is not a change: keep the last known value to compare the next reading with.
    if (value === null) return NONE;
    const h = idHash(deviceId) & this.#mask;
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
