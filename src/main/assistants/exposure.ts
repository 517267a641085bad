// Which devices each voice assistant (Alexa, Google Assistant, Apple Home) may see and control. Opt-in per device and
// per assistant: nothing is exposed until the person chooses (Settings → Voice assistants, or the request
// assistants.exposure.set). Kept in SQLite (migration 012, assistant_exposure); a removed device drops out (its rows go
// with it, and listeners hear it as no longer exposed). Voice assistants are a paid feature
// (shared/tiers.ts: features.voiceAssistants; the demo home is exempt, as from every limit): on a tier without them
// nothing is exposed and exposing is refused with the way to upgrade — what was chosen is kept for when the tier
// allows it again.
//
// The assistants' handlers (alexa/, google/, the HomeKit bridge) use only this:
//   exposedDevices(assistant)      the running home's devices exposed to it (none while the tier has no assistants)
//   isExposed(assistant, deviceId) the same for one device
//   assertAllowed()                throws the PLAN_LIMIT HearthError when the tier has no voice assistants
//   onChange(owner, listener)      told { assistant, deviceId, exposed } whenever that changes (also on removal)
//   declareSupport(assistant, fn)  which devices the assistant can do something with: the others are shown so and
//                                  cannot be exposed to it (an assistant that declares nothing takes every device)
import { ASSISTANT_NAMES, type Assistant, type DeviceExposure, type ExposureList } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Device } from '../../shared/model';
import { TIER_ORDER, TIERS, type Tier } from '../../shared/tiers';
import type { EventBus } from '../bus';
import type { Db } from '../storage/db';

export type { Assistant } from '../../shared/contract';
export const ASSISTANTS: readonly Assistant[] = ['alexa', 'google', 'homekit'];

/** How many devices an assistant takes at most: Alexa's Discover.Response holds at most 300 endpoints. */
export const EXPOSURE_LIMIT: Record<Assistant, number | null> = { alexa: 300, google: null, homekit: 149 };

export interface ExposureChange {
  assistant: Assistant;
  deviceId: string;
  exposed: boolean;
}

export interface ExposureDeps {
  db: Db;
  bus: EventBus;
  /** The running home's devices. */
  devices: { list(): Device[]; find(id: string): Device | undefined };
  tier: () => Tier;
  /** True while Hearth runs the demo home (exempt from the tiers). */
  demo: () => boolean;
  now: () => number;
}

const UPGRADE = 'Upgrade in Subscription (a licence key unlocks it at once).';

/** Why the tier does not include voice assistants (with the tiers that do), or null when it does. */
export function voiceRefusal(tier: Tier, demo: boolean): HearthError | null {
  if (demo || TIERS[tier].features.voiceAssistants) return null;
  const with_ = TIER_ORDER.filter((t) => TIERS[t].features.voiceAssistants).map((t) => TIERS[t].label);
  return new HearthError(
    'PLAN_LIMIT',
    `Voice assistants (Alexa, Google Assistant, Apple Home) are part of ${with_.slice(0, -1).join(', ')} and ${with_.at(-1)}; this home is on ${TIERS[tier].label}.`,
    UPGRADE,
    { kind: 'voiceAssistants', tier },
  );
}

export class ExposureService {
  readonly #d: ExposureDeps;
  /** Device id → the assistants it is exposed to, as stored (every home's rows; the running home's are shown). */
  readonly #exposed = new Map<string, Set<Assistant>>();
  readonly #supports = new Map<Assistant, (d: Device) => boolean>();

  constructor(deps: ExposureDeps) {
    this.#d = deps;
    this.#load();
    deps.bus.on('device.removed', 'assistant-exposure', ({ deviceId }) => this.#removed(deviceId));
    deps.bus.on('privacy.erased', 'assistant-exposure', () => this.#load());
  }

  #load(): void {
    this.#exposed.clear();
    const rows = this.#d.db.prepare('SELECT assistant, device_id AS deviceId FROM assistant_exposure').all() as { assistant: Assistant; deviceId: string }[];
    for (const r of rows) this.#add(r.deviceId, r.assistant);
  }

  #add(deviceId: string, assistant: Assistant): void {
    const set = this.#exposed.get(deviceId) ?? new Set<Assistant>();
    set.add(assistant);
    this.#exposed.set(deviceId, set);
  }

  /** The device is gone (its rows went with it, ON DELETE CASCADE): listeners hear it as no longer exposed. */
  #removed(deviceId: string): void {
    const was = this.#exposed.get(deviceId);
    if (!was) return;
    this.#exposed.delete(deviceId);
    this.#d.db.prepare('DELETE FROM assistant_exposure WHERE device_id = ?').run(deviceId);
    for (const assistant of ASSISTANTS) if (was.has(assistant)) this.#d.bus.emit('assistants.exposure.changed', { assistant, deviceId, exposed: false });
  }

  /** Why voice assistants are refused now (PLAN_LIMIT with the way to upgrade), or null when they are allowed. */
  refusal(): HearthError | null {
    return voiceRefusal(this.#d.tier(), this.#d.demo());
  }

  /** Throws the PLAN_LIMIT HearthError when the subscription's tier has no voice assistants. */
  assertAllowed(): void {
    const refused = this.refusal();
    if (refused) throw refused;
  }

  /** Says which devices `assistant` can do something with (its handler's mapping of capabilities). */
  declareSupport(assistant: Assistant, supports: (d: Device) => boolean): void {
    this.#supports.set(assistant, supports);
  }

  #supported(assistant: Assistant, d: Device): boolean {
    return this.#supports.get(assistant)?.(d) ?? true;
  }

  #entry(d: Device): DeviceExposure {
    const set = this.#exposed.get(d.id);
    return { deviceId: d.id, name: d.name, areaId: d.areaId, assistants: ASSISTANTS.filter((a) => set?.has(a)), supported: ASSISTANTS.filter((a) => this.#supported(a, d)) };
  }

  /** Every device of the running home with the assistants it is exposed to (as chosen, even while refused). */
  list(): ExposureList {
    const refused = this.refusal();
    return {
      allowed: refused === null,
      problem: refused ? `${refused.message} ${refused.next ?? ''}`.trim() : null,
      devices: this.#d.devices.list().map((d) => this.#entry(d)),
    };
  }

  /** Exposes a device to an assistant, or stops exposing it. Exposing is refused on a tier without assistants. */
  set(assistant: Assistant, deviceId: string, exposed: boolean): DeviceExposure {
    const device = this.#d.devices.find(deviceId);
    if (!device) throw new HearthError('NOT_FOUND', 'That device is not known to Hearth.', 'Refresh the device list; it may have been removed.');
    const now = this.#exposed.get(deviceId)?.has(assistant) ?? false;
    if (now === exposed) return this.#entry(device);
    if (exposed) {
      this.assertAllowed();
      if (!this.#supported(assistant, device)) {
        throw new HearthError('UNSUPPORTED', `${ASSISTANT_NAMES[assistant]} can do nothing with ${device.name}: none of what it does is something ${ASSISTANT_NAMES[assistant]} controls or reads.`, 'Expose the devices you would talk to it about: lights, switches, plugs, thermostats, locks, blinds.', { assistant });
      }
      const limit = EXPOSURE_LIMIT[assistant];
      if (limit !== null && this.#count(assistant) >= limit) {
        throw new HearthError('BAD_REQUEST', `${ASSISTANT_NAMES[assistant]} takes at most ${limit} devices from one home, and ${limit} are exposed to it already.`, `Stop exposing a device you do not talk to ${ASSISTANT_NAMES[assistant]} about first.`, { assistant, limit });
      }
      this.#d.db.prepare('INSERT OR IGNORE INTO assistant_exposure (assistant, device_id, exposed_at) VALUES (?, ?, ?)').run(assistant, deviceId, this.#d.now());
      this.#add(deviceId, assistant);
    } else {
      this.#d.db.prepare('DELETE FROM assistant_exposure WHERE assistant = ? AND device_id = ?').run(assistant, deviceId);
      const set = this.#exposed.get(deviceId);
      set?.delete(assistant);
      if (set?.size === 0) this.#exposed.delete(deviceId);
    }
    this.#d.bus.emit('assistants.exposure.changed', { assistant, deviceId, exposed });
    return this.#entry(device);
  }

  /** How many of the running home's devices are exposed to the assistant. */
  #count(assistant: Assistant): number {
    let n = 0;
    for (const [id, set] of this.#exposed) if (set.has(assistant) && this.#d.devices.find(id)) n++;
    return n;
  }

  /** The running home's devices exposed to the assistant; none while the tier has no voice assistants. */
  exposedDevices(assistant: Assistant): Device[] {
    if (this.refusal()) return [];
    return this.#d.devices.list().filter((d) => this.#exposed.get(d.id)?.has(assistant) ?? false);
  }

  /** Whether this device of the running home is exposed to the assistant (false while the tier has none). */
  isExposed(assistant: Assistant, deviceId: string): boolean {
    if (!(this.#exposed.get(deviceId)?.has(assistant) ?? false)) return false;
    return this.#d.devices.find(deviceId) !== undefined && this.refusal() === null;
  }

  /** Tells `listener` of every change of exposure (a device exposed, no longer exposed, or removed); returns the way to stop. */
  onChange(owner: string, listener: (change: ExposureChange) => void): () => void {
    return this.#d.bus.on('assistants.exposure.changed', owner, listener);
  }
}
