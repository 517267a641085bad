// Device history per tier (src/shared/tiers.ts historyDays): Free shows the last 7 days, Premium a year — through
// devices.history (the History charts) and the local API's /devices/{id}/history. Older readings are not deleted:
// they stay in the database until the person's own privacy retention removes them, so a licence shows them again.
// The demo home is exempt.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCore, type Core } from '../app';
import { apiHome } from '../rest/test-home';
import { demoDevices, ScriptedAdapter } from '../test/fake-adapter';
import { FakeClock } from '../test/fake-clock';
import { quietLog, tempDir } from '../test/temp';
import { issueLicence } from './licence';
import { testPrivateKey } from './test-keys';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const START = new Date(2026, 2, 2, 12, 0);
const CAP = 'sensor.temperature';
const dir = tempDir('hearth-history-tier-');
let n = 0;
let core: Core | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

const premium = (now: number, tier: 'premium' | 'professional' = 'premium') =>
  issueLicence({ v: 1, id: `L-${tier}`, customer: 'Ada', tier, homes: 1, issuedAt: now - DAY, expiresAt: now + 365 * DAY, trial: false }, testPrivateKey());

/** One reading a day for `days` days, the newest an hour ago; returns the thermostat's id. */
function readings(c: Core, now: number, days: number): string {
  const id = c.devices.list().find((d) => d.name === 'Thermostat')!.id;
  const insert = c.db.prepare('INSERT INTO state_history (device_id, capability_id, value, at) VALUES (?, ?, ?, ?)');
  c.db.transaction(() => {
    for (let d = 0; d < days; d++) insert.run(id, CAP, JSON.stringify(MARK + d), now - d * DAY - HOUR);
  })();
  return id;
}

/** The readings `readings` wrote are 1000 and up (the device's own 19.5 °C when it joined is left out). */
const MARK = 1000;
const kept = (c: Core, id: string) => (c.db.prepare('SELECT COUNT(*) AS n FROM state_history WHERE device_id = ? AND capability_id = ? AND CAST(value AS REAL) >= ?').get(id, CAP, MARK) as { n: number }).n;

async function home(demo: boolean): Promise<{ c: Core; clock: FakeClock }> {
  const clock = new FakeClock(START);
  const c = buildCore({ dataDir: join(dir, `home-${n++}`), host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock, env: { HEARTH_TEST_LICENCES: '1' } });
  const radio = new ScriptedAdapter();
  await c.startAdapters([radio], { demo });
  for (const d of demoDevices()) radio.emit({ type: 'device', device: d });
  return { c: (core = c), clock };
}

const ours = (points: { at: number; value: unknown }[]) => points.filter((p) => typeof p.value === 'number' && p.value >= MARK);

async function history(c: Core, deviceId: string, since = 0): Promise<{ at: number; value: unknown }[]> {
  const r = await c.dispatch('devices.history', { deviceId, capabilityId: CAP, since, limit: 5000 }, { actor: 'test' });
  if (!r.ok) throw new Error(r.error.message);
  return ours(r.result as { at: number; value: unknown }[]);
}

describe('device history per tier', () => {
  it('a Free home with 30 days of readings shows the last 7; a Premium licence shows all 30 again; removing it hides them again — nothing deleted', async () => {
    const { c, clock } = await home(false);
    const now = clock.now();
    const id = readings(c, now, 30);

    const free = await history(c, id);
    expect(free).toHaveLength(7);
    expect(Math.min(...free.map((p) => p.at))).toBeGreaterThanOrEqual(now - 7 * DAY);
    expect(c.subscription.status()).toMatchObject({ tier: 'free', historyDays: 7 });
    // Asking from further back changes nothing; asking from within the window is answered as asked.
    expect(await history(c, id, now - 20 * DAY)).toHaveLength(7);
    expect(await history(c, id, now - 3 * DAY)).toHaveLength(3);
    expect(kept(c, id)).toBe(30);

    expect(await c.dispatch('subscription.activate', { licence: premium(now) }, { actor: 'test' })).toMatchObject({ ok: true });
    expect(c.subscription.status()).toMatchObject({ tier: 'premium', historyDays: 365 });
    const all = await history(c, id);
    expect(all).toHaveLength(30);
    expect(Math.min(...all.map((p) => p.at))).toBe(now - 29 * DAY - HOUR);

    await c.dispatch('subscription.deactivate', {}, { actor: 'test' });
    expect(await history(c, id)).toHaveLength(7);
    expect(kept(c, id)).toBe(30);

    // The window moves with time: two days later, Free shows the 5 of those readings still inside it.
    clock.advance(2 * DAY);
    expect(await history(c, id)).toHaveLength(5);
    expect(kept(c, id)).toBe(30);
  });

  it('the demo home is exempt: Free shows all 30 days', async () => {
    const { c, clock } = await home(true);
    const id = readings(c, clock.now(), 30);
    expect(await history(c, id)).toHaveLength(30);
    expect(c.subscription.status()).toMatchObject({ tier: 'free', demoExempt: true, historyDays: null });
  });
});

describe('device history per tier, through the local API', () => {
  it('GET /devices/{id}/history on Premium answers the last 365 days of 400 kept; Professional all 400', async () => {
    const h = await apiHome(join(dir, `api-${n++}`), { demo: false, env: { HEARTH_API: 'true', HEARTH_TEST_LICENCES: '1' } });
    try {
      const now = Date.now();
      expect(await h.core.dispatch('subscription.activate', { licence: premium(now) }, { actor: 'test' })).toMatchObject({ ok: true });
      const id = readings(h.core, now, 400);
      const token = await h.token('read', 'charts');
      const get = () => h.call('GET', `/devices/${id}/history?capabilityId=${CAP}&since=0&limit=5000`, token);
      const r = await get();
      expect(r.status).toBe(200);
      expect(ours(r.body as { at: number; value: unknown }[])).toHaveLength(365);
      expect(kept(h.core, id)).toBe(400);

      expect(await h.core.dispatch('subscription.activate', { licence: premium(now, 'professional') }, { actor: 'test' })).toMatchObject({ ok: true });
      expect(ours((await get()).body as { at: number; value: unknown }[])).toHaveLength(400);
    } finally {
      await h.stop();
    }
  });
});
