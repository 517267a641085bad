// The subscription store over a fake core: the status read when the connection opens, kept current by
// 'subscription.changed' and by devices coming and going; a refused licence shown beside its field (not as a notice);
// checkout opened by the page only when the host did not open it, and only for https.
import { describe, expect, it } from 'vitest';
import type { SubscriptionStatus } from '../../shared/contract';
import { createFakeCore } from '../api/fake-transport';
import { settle } from './fixtures';
import { createNoticesStore } from './notices';
import { createSubscriptionStore, historyNote, readOnlyReason, selectBusinessUnlocked, selectReadOnly } from './subscription';

const free = (over: Partial<SubscriptionStatus> = {}): SubscriptionStatus => ({
  tier: 'free',
  licence: null,
  demoExempt: false,
  clockMovedBack: false,
  limits: { devices: 5, automations: 5 },
  usage: { devices: 5, automations: 2 },
  readOnly: { devices: [], automations: [] },
  historyDays: 7,
  checkoutUrl: 'https://hearth-home.app/buy',
  ...over,
});

const premium: SubscriptionStatus = free({
  tier: 'premium',
  limits: { devices: 150, automations: null },
  historyDays: 365,
  licence: { id: 'L-1', customer: 'Ada', tier: 'premium', homes: 1, trial: false, test: true, issuedAt: 1, expiresAt: 2, state: 'active', endsAt: 3, daysLeft: 30 },
});

function setup() {
  const core = createFakeCore('connecting');
  const notices = createNoticesStore();
  let reads = 0;
  let status = free();
  core.answer('subscription.status', () => (reads++, status));
  const store = createSubscriptionStore({ client: core.client, notices });
  return { core, notices, store, reads: () => reads, set: (s: SubscriptionStatus) => (status = s) };
}

describe('subscription store', () => {
  it('reads the status when the connection opens and follows the core', async () => {
    const { core, store, set, reads } = setup();
    core.setConnection('open');
    await settle();
    expect(store.getState().status?.usage.devices).toBe(5);
    expect(selectBusinessUnlocked(store.getState())).toBe(false);

    core.emit('subscription.changed', premium);
    await settle();
    expect(store.getState().status?.tier).toBe('premium');

    // A device removed changes the usage: the status is read again.
    set(free({ usage: { devices: 4, automations: 2 } }));
    core.emit('device.removed', { deviceId: 'zigbee:1' });
    await settle();
    expect(reads()).toBe(2);
    expect(store.getState().status).toMatchObject({ tier: 'free', usage: { devices: 4 } });
  });

  it('activates a licence; a refused one is shown beside the field, not as a notice, and changes nothing', async () => {
    const { core, notices, store } = setup();
    core.setConnection('open');
    await settle();
    core.refuse('subscription.activate', { code: 'BAD_REQUEST', message: 'This licence was not issued by Hearth’s makers.', next: 'Copy the whole licence again.' });
    expect(await store.getState().activate('HEARTH1.bad')).toBe(false);
    expect(store.getState().licenceError).toBe('This licence was not issued by Hearth’s makers. Copy the whole licence again.');
    expect(store.getState().status?.tier).toBe('free');
    expect(notices.getState().notices).toEqual([]);

    core.answer('subscription.activate', () => premium);
    expect(await store.getState().activate('HEARTH1.good')).toBe(true);
    expect(core.inputs('subscription.activate').at(-1)).toEqual({ licence: 'HEARTH1.good' });
    expect(store.getState()).toMatchObject({ licenceError: null, status: { tier: 'premium' } });

    core.answer('subscription.deactivate', () => free({ readOnly: { devices: ['zigbee:6'], automations: [] } }));
    expect(await store.getState().remove()).toBe(true);
    expect(selectReadOnly('devices', 'zigbee:6')(store.getState())).toBe(true);
    expect(selectReadOnly('devices', 'zigbee:1')(store.getState())).toBe(false);
    expect(readOnlyReason(store.getState().status!, 'devices')).toMatch(/^Free allows 5 devices, and this one is beyond them\. Nothing was deleted/);
  });

  it('opens the checkout in the page only when the host did not, and only an https address', async () => {
    const { core, store } = setup();
    const opened: string[] = [];
    core.answer('subscription.checkout', () => ({ url: 'https://hearth-home.app/buy', opened: false }));
    await store.getState().buy((u) => opened.push(u));
    core.answer('subscription.checkout', () => ({ url: 'https://hearth-home.app/buy', opened: true }));
    await store.getState().buy((u) => opened.push(u));
    core.answer('subscription.checkout', () => ({ url: 'javascript:alert(1)', opened: false }));
    await store.getState().buy((u) => opened.push(u));
    expect(opened).toEqual(['https://hearth-home.app/buy']);
  });

  it('a failed read becomes a notice', async () => {
    const { core, notices, store } = setup();
    core.refuse('subscription.status', { code: 'INTERNAL', message: 'The database is locked.' });
    await store.getState().load();
    expect(notices.getState().notices.map((n) => n.message)).toEqual(['The database is locked.']);
  });

  it('says in plain words how much device history the tier shows, and that older readings come back with an upgrade', () => {
    expect(historyNote(free())).toMatch(/^Free shows the last 7 days; upgrade to see a year\. Older readings are not deleted: .*show again after an upgrade\.$/);
    expect(historyNote(premium)).toMatch(/^Premium shows the last year; upgrade to see 2 years\./);
    expect(historyNote(free({ tier: 'professional', historyDays: 730 }))).toMatch(/^Professional shows the last 2 years; upgrade to see all that is kept\./);
    expect(historyNote(free({ tier: 'enterprise', historyDays: null }))).toBeNull();
    expect(historyNote(free({ demoExempt: true, historyDays: null }))).toBeNull();
  });
});
