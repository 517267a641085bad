// The subscription in force and its limits, enforced in the core for every path (requests from the window, the
// hub, the API; plans and automations made from text): one more device or automation than the tier allows is
// refused with the way to upgrade. A downgrade deletes nothing: the oldest items up to the limit stay usable,
// the rest become read-only until the tier allows them again. Device history older than the tier's `historyDays` is
// not shown or returned (devices.history, its charts, the local API), but kept in the database until the person's
// own privacy retention removes it, so an upgrade shows it again. The demo home is exempt.
import type { LicenceInfo, SubscriptionStatus } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { TIERS, type Tier } from '../../shared/tiers';
import type { EventBus } from '../bus';
import type { AppSettings } from '../settings';
import type { Db, Statement } from '../storage/db';
import { licenceStatus, verifyLicence, type TrustedKey, type VerifiedLicence } from './licence';

export type LimitedKind = 'devices' | 'automations';

/** What other services ask of the subscription: room for new items, and whether an item is over the limit. */
export interface PlanGate {
  /** Throws a PLAN_LIMIT HearthError when `adding` more items of `kind` would go over the tier's limit. */
  assertRoom(kind: LimitedKind, adding?: number): void;
  /** The error to give when `id` is over the tier's limit (read-only), else null. */
  readOnly(kind: LimitedKind, id: string): HearthError | null;
  /** The earliest time (ms) of device history the tier shows: 0 when it shows all that is kept. */
  historyFrom(): number;
}

/** Opens an address in the system browser (the desktop app: Electron's shell.openExternal). */
export interface ExternalOpener {
  open(url: string): Promise<void>;
}

export interface SubscriptionDeps {
  db: Db;
  settings: AppSettings;
  bus: EventBus;
  now: () => number;
  keys: readonly TrustedKey[];
  /** True while Hearth runs the demo home (exempt from limits). */
  demo: () => boolean;
}

const NOUN: Record<LimitedKind, [string, string]> = { devices: ['device', 'devices'], automations: ['automation', 'automations'] };
/** How much later than the stored "latest time seen" the clock must be before it is written again. */
const SEEN_STEP_MS = 60_000;
const DAY = 86_400_000;

export class SubscriptionService implements PlanGate {
  readonly #d: SubscriptionDeps;
  #licence: VerifiedLicence | null = null;
  #licenceText: string | null = null;
  #opener: ExternalOpener | null = null;
  readonly #statements = new Map<string, Statement>();
  /**
   * The tier in force, kept until it can change: a licence entered or removed here, everything erased, the
   * licence's end, a clock that went back, or a minute passing (the latest time seen is written that often). Every
   * command asks the plan gate; reading the licence and the latest time seen each time cost two queries.
   */
  #tierKept: { tier: Tier; from: number; until: number } | null = null;

  constructor(deps: SubscriptionDeps) {
    this.#d = deps;
    deps.bus.on('privacy.erased', 'subscription', () => (this.#tierKept = null));
  }

  /** The stored licence, verified (a stored licence that no longer verifies counts as none). */
  #stored(): VerifiedLicence | null {
    const text = this.#d.settings.get('subscription.licence');
    if (text !== this.#licenceText) {
      this.#licenceText = text;
      try {
        this.#licence = text ? verifyLicence(text, this.#d.keys) : null;
      } catch {
        this.#licence = null;
      }
    }
    return this.#licence;
  }

  /** The latest time Hearth has seen, kept so a clock moved back changes nothing. */
  #seen(): { now: number; latest: number } {
    const now = this.#d.now();
    const latest = this.#d.settings.get('subscription.latestSeen');
    if (now > latest + SEEN_STEP_MS) this.#d.settings.set('subscription.latestSeen', now);
    return { now, latest };
  }

  #licenceInfo(): { info: LicenceInfo | null; clockMovedBack: boolean } {
    const { now, latest } = this.#seen();
    const l = this.#stored();
    if (!l) return { info: null, clockMovedBack: now < latest - 60 * 60 * 1000 };
    const s = licenceStatus(l.terms, now, latest);
    const t = l.terms;
    return {
      info: { id: t.id, customer: t.customer, tier: t.tier, homes: t.homes, trial: t.trial, test: l.key === 'test', issuedAt: t.issuedAt, expiresAt: t.expiresAt, state: s.state, endsAt: s.endsAt, daysLeft: s.daysLeft },
      clockMovedBack: s.clockMovedBack,
    };
  }

  tier(): Tier {
    const now = this.#d.now();
    const kept = this.#tierKept;
    if (kept && now >= kept.from && now < kept.until) return kept.tier;
    const { info } = this.#licenceInfo();
    const tier = info && info.state !== 'expired' ? info.tier : 'free';
    const ends = info && info.state !== 'expired' ? info.endsAt : Infinity;
    this.#tierKept = { tier, from: now, until: Math.min(now + SEEN_STEP_MS, ends) };
    return tier;
  }

  #limit(kind: LimitedKind): number | null {
    if (this.#d.demo()) return null;
    return TIERS[this.tier()].limits[kind];
  }

  /** The running home's devices only (migration 010): the demo home's devices never count against the real home's limit. */
  #where(kind: LimitedKind): string {
    if (kind !== 'devices') return '';
    return this.#d.demo() ? "WHERE home = 'demo'" : "WHERE home IS NOT 'demo'";
  }

  /** A query of this service, prepared once (the plan gate is asked before every command). */
  #prepared(sql: string): Statement {
    let st = this.#statements.get(sql);
    if (!st) this.#statements.set(sql, (st = this.#d.db.prepare(sql)));
    return st;
  }

  #count(kind: LimitedKind): number {
    const table = kind === 'devices' ? 'devices' : 'automations';
    return (this.#prepared(`SELECT COUNT(*) AS n FROM ${table} ${this.#where(kind)}`).get() as { n: number }).n;
  }

  /** Items past the limit, oldest kept: the newest ones become read-only. */
  #overLimit(kind: LimitedKind): string[] {
    const limit = this.#limit(kind);
    if (limit === null || this.#count(kind) <= limit) return [];
    const table = kind === 'devices' ? 'devices' : 'automations';
    const rows = this.#prepared(`SELECT id FROM ${table} ${this.#where(kind)} ORDER BY created_at, rowid LIMIT -1 OFFSET ?`).all(limit) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** How many days of device history this home shows (null: all that is kept — the demo home, or a tier without a limit). */
  #historyDays(): number | null {
    return this.#d.demo() ? null : TIERS[this.tier()].historyDays;
  }

  historyFrom(): number {
    const days = this.#historyDays();
    return days === null ? 0 : this.#d.now() - days * DAY;
  }

  #upgradeHint(): string {
    return 'Upgrade in Subscription (a licence key unlocks a higher tier at once), or remove one you no longer need.';
  }

  assertRoom(kind: LimitedKind, adding = 1): void {
    const limit = this.#limit(kind);
    if (limit === null) return;
    const have = this.#count(kind);
    if (have + adding <= limit) return;
    const [one, many] = NOUN[kind];
    const label = TIERS[this.tier()].label;
    throw new HearthError(
      'PLAN_LIMIT',
      adding === 1 || have >= limit
        ? `${label} allows ${limit} ${limit === 1 ? one : many}, and this home has ${have}.`
        : `${label} allows ${limit} ${many}: this home has ${have}, so ${adding} more would be ${have + adding - limit} too many.`,
      this.#upgradeHint(),
      { kind, limit, have, tier: this.tier() },
    );
  }

  readOnly(kind: LimitedKind, id: string): HearthError | null {
    if (!this.#overLimit(kind).includes(id)) return null;
    const limit = this.#limit(kind)!;
    const [, many] = NOUN[kind];
    return new HearthError(
      'PLAN_LIMIT',
      `This ${NOUN[kind][0]} is read-only: ${TIERS[this.tier()].label} allows ${limit} ${many}, and it is beyond them. Nothing was deleted.`,
      this.#upgradeHint(),
      { kind, limit },
    );
  }

  status(): SubscriptionStatus {
    const { info, clockMovedBack } = this.#licenceInfo();
    const tier = info && info.state !== 'expired' ? info.tier : 'free';
    const demo = this.#d.demo();
    const limits = TIERS[tier].limits;
    return {
      tier,
      licence: info,
      demoExempt: demo,
      clockMovedBack,
      limits: { devices: demo ? null : limits.devices, automations: demo ? null : limits.automations },
      usage: { devices: this.#count('devices'), automations: this.#count('automations') },
      readOnly: { devices: this.#overLimit('devices'), automations: this.#overLimit('automations') },
      historyDays: demo ? null : TIERS[tier].historyDays,
      checkoutUrl: this.#d.settings.get('subscription.checkoutUrl'),
    };
  }

  activate(text: string): SubscriptionStatus {
    const l = verifyLicence(text, this.#d.keys);
    const { now, latest } = this.#seen();
    const s = licenceStatus(l.terms, now, latest);
    if (s.state === 'expired') {
      const day = new Date(l.terms.expiresAt).toISOString().slice(0, 10);
      throw new HearthError('BAD_REQUEST', `That licence ended on ${day}${s.clockMovedBack ? " (this computer's clock is behind a time Hearth has already seen)" : ''}.`, 'Renew it in Subscription, or enter a newer licence.');
    }
    this.#d.settings.set('subscription.licence', l.text);
    return this.#changed();
  }

  /** The desktop host sets how to open the system browser; hub mode has none (the page opens the address). */
  setOpener(opener: ExternalOpener | null): void {
    this.#opener = opener;
  }

  /** The vendor's checkout page, opened in the system browser where Hearth can (only ever an https address). */
  async checkout(): Promise<{ url: string; opened: boolean }> {
    const url = this.#d.settings.get('subscription.checkoutUrl');
    if (new URL(url).protocol !== 'https:') throw new HearthError('BAD_REQUEST', 'The checkout address is not an https address.', 'Set subscription.checkoutUrl to the vendor’s https page.');
    if (!this.#opener) return { url, opened: false };
    await this.#opener.open(url);
    return { url, opened: true };
  }

  /** Back to Free (the licence is forgotten on this computer; nothing else changes). */
  deactivate(): SubscriptionStatus {
    this.#d.settings.set('subscription.licence', null);
    return this.#changed();
  }

  #changed(): SubscriptionStatus {
    this.#tierKept = null;
    const status = this.status();
    this.#d.bus.emit('subscription.changed', status);
    return status;
  }
}
