// The subscription in force (tier, licence, usage against the limits, what is read-only), read when the connection
// opens and kept current by 'subscription.changed' and by devices and automations coming and going. A refused
// licence is kept beside the field it was typed in (not a notice); checkout opens the vendor's page in the system
// browser: the desktop app does it in main, hub mode here with window.open (noopener).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SubscriptionStatus } from '../../shared/contract';
import { TIER_ORDER, TIERS } from '../../shared/tiers';
import { caller } from '../api/call';
import type { RequestName } from '../../shared/contract';
import type { Client } from '../api/client';
import { activateLicence, checkout, removeLicence, subscriptionStatus } from '../api/subscription';
import type { NoticesState } from './notices';

export interface SubscriptionState {
  status: SubscriptionStatus | null;
  /** Why the last licence was refused (shown under the licence field), null when none was. */
  licenceError: string | null;
  load(): Promise<void>;
  /** A pasted key or a licence file's text; true when it unlocked a tier. */
  activate(licence: string): Promise<boolean>;
  remove(): Promise<boolean>;
  /** Opens the vendor's checkout page in the system browser; `open` is window.open in the page. */
  buy(open: (url: string) => void): Promise<void>;
}

/** Whether this device or automation is read-only because it is over the tier's limit. */
/** The read-only ids as a set, made once per status (a large home asks for each of thousands of rows). */
const readOnlySets = new WeakMap<readonly string[], Set<string>>();
function readOnlySet(ids: readonly string[]): Set<string> {
  let set = readOnlySets.get(ids);
  if (!set) readOnlySets.set(ids, (set = new Set(ids)));
  return set;
}
export const selectReadOnly = (kind: 'devices' | 'automations', id: string) => (s: SubscriptionState) => {
  const ids = s.status?.readOnly[kind];
  return ids ? readOnlySet(ids).has(id) : false;
};

/** Why an item over the limit is read-only, in words (the same for every item of a kind). */
export function readOnlyReason(status: SubscriptionStatus, kind: 'devices' | 'automations'): string {
  const limit = status.limits[kind];
  return `${TIERS[status.tier].label} allows ${limit ?? 'any number of'} ${kind}, and this one is beyond them. Nothing was deleted; upgrade or remove others to use it again.`;
}

/** "the last 7 days", "the last year", "the last 2 years". */
const lastDays = (days: number) => (days % 365 === 0 ? (days === 365 ? 'the last year' : `the last ${days / 365} years`) : `the last ${days} days`);
/** "a year", "2 years", "30 days". */
const spanOf = (days: number) => (days % 365 === 0 ? (days === 365 ? 'a year' : `${days / 365} years`) : `${days} days`);

/**
 * What the tier shows of device history, in plain words, when it shows less than Hearth keeps ("Free shows the last
 * 7 days; upgrade to see a year."); null when it shows all that is kept (the demo home, or a tier without a limit).
 */
export function historyNote(status: SubscriptionStatus): string | null {
  const days = status.historyDays;
  if (days === null) return null;
  const next = TIER_ORDER.slice(TIER_ORDER.indexOf(status.tier) + 1).find((t) => (TIERS[t].historyDays ?? Infinity) > days);
  const more = next === undefined ? '' : `; upgrade to see ${TIERS[next].historyDays === null ? 'all that is kept' : spanOf(TIERS[next].historyDays)}`;
  return `${TIERS[status.tier].label} shows ${lastDays(days)}${more}. Older readings are not deleted: they are kept until your privacy settings remove them, and show again after an upgrade.`;
}

/** Business analytics is unlocked by the tier in force. */
export const selectBusinessUnlocked = (s: SubscriptionState) => (s.status ? TIERS[s.status.tier].features.businessAnalytics : false);

export function createSubscriptionStore({ client, notices, may = () => true }: { client: Client; notices: StoreApi<NoticesState>; may?: (name: RequestName) => boolean }): StoreApi<SubscriptionState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  let licenceError: string | null = null;
  const licenceCall = caller(
    { client, report: (err) => notices.getState().report(err) },
    {
      handle: (err) => {
        licenceError = err.next ? `${err.message} ${err.next}` : err.message;
        return err.code === 'BAD_REQUEST';
      },
    },
  );
  let reloading: Promise<void> | null = null;
  const store = createStore<SubscriptionState>()((set) => ({
    status: null,
    licenceError: null,
    async load() {
      const status = await call(subscriptionStatus);
      if (status) set({ status });
    },
    async activate(licence) {
      licenceError = null;
      const status = await licenceCall(activateLicence, licence);
      set(status ? { status, licenceError: null } : { licenceError });
      return status !== undefined;
    },
    async remove() {
      const status = await call(removeLicence);
      if (status) set({ status, licenceError: null });
      return status !== undefined;
    },
    async buy(open) {
      const r = await call(checkout);
      if (r && !r.opened && /^https:\/\//.test(r.url)) open(r.url);
    },
  }));
  // Usage and what is read-only change as devices and automations come and go: read again (one read at a time).
  const reload = () => {
    reloading ??= store
      .getState()
      .load()
      .finally(() => (reloading = null));
  };
  client.transport.onConnection((c) => c === 'open' && may('subscription.status') && reload());
  client.on('subscription.changed', (status) => store.setState({ status }));
  for (const e of ['device.added', 'device.removed', 'automation.updated', 'automation.removed'] as const) client.on(e, () => may('subscription.status') && reload());
  return store;
}
