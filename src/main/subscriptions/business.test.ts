// The Business screen's requests through the dispatcher: refused on tiers without business analytics (with the
// way to upgrade), a ledger imported whole or not at all (wrong rows by line number), kept in the database across
// a restart, and the same month's figures as the CLI.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestName } from '../../shared/contract';
import { buildCore, type Core } from '../app';
import { FakeClock } from '../test/fake-clock';
import { quietLog, tempDir } from '../test/temp';
import { monthFigures } from './analytics/figures';
import { parseLedger } from './analytics/ledger';
import { issueLicence } from './licence';
import { testPrivateKey } from './test-keys';

const DAY = 86_400_000;
const START = new Date(2026, 2, 1, 9, 0);
const dir = tempDir('hearth-business-');
let core: Core | undefined;
afterEach(async () => {
  await core?.stop();
  core = undefined;
});

const LEDGER = ['date,customer,event,tier,cycle,amount', '2026-01-05,ann,start,premium,monthly,9.99', '2026-01-20,bob,start,professional,annual,249.90', '2026-02-10,ann,cancel,,,', '2026-02-15,dan,start,enterprise,monthly,99.99'].join('\n');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read field by field below
function open(dataDir: string): { core: Core; call: (m: RequestName, p?: unknown) => Promise<{ ok: boolean; result?: any; error?: { code: string; message: string; next?: string } }> } {
  const clock = new FakeClock(START);
  core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock, env: { HEARTH_TEST_LICENCES: '1' } });
  const c = core;
  return { core: c, call: (m, p = {}) => c.dispatch(m, p, { actor: 'test' }) as never };
}

function enterprise(): string {
  const now = START.getTime();
  return issueLicence({ v: 1, id: 'L-ent', customer: 'Installer Ltd', tier: 'enterprise', homes: 50, issuedAt: now - DAY, expiresAt: now + 365 * DAY, trial: false }, testPrivateKey());
}

describe('business analytics in the app', () => {
  it('is refused on tiers without it, with the way to upgrade', async () => {
    const { call } = open(join(dir, 'free'));
    const r = await call('business.import', { name: 'ledger.csv', csv: LEDGER });
    expect(r.error).toMatchObject({ code: 'PLAN_LIMIT', message: 'Business analytics is part of Enterprise; this computer is on Free.', next: expect.stringMatching(/Upgrade in Subscription/) });
    expect((await call('business.figures', { month: '2026-02' })).error?.code).toBe('PLAN_LIMIT');
    expect((await call('business.ledger')).result).toEqual({ ledger: null });
  });

  it('imports a ledger whole or not at all, keeps it across a restart and gives the CLI figures', async () => {
    const dataDir = join(dir, 'ent');
    let h = open(dataDir);
    expect((await h.call('subscription.activate', { licence: enterprise() })).ok).toBe(true);
    const ok = await h.call('business.import', { name: 'ledger.csv', csv: LEDGER });
    expect(ok.result).toMatchObject({ ledger: { name: 'ledger.csv', rows: 4, customers: 3, firstMonth: '2026-01', lastMonth: '2026-02' } });

    // A file with wrong rows changes nothing: the kept ledger stays, and the error names each line.
    const bad = await h.call('business.import', { name: 'bad.csv', csv: `${LEDGER}\n2026-02-30,eve,start,premium,monthly,9.99\n2026-03-01,zed,upgrade,premium,monthly,9.99` });
    expect(bad.error?.code).toBe('BAD_REQUEST');
    expect(bad.error?.message).toMatch(/^Nothing was imported: 1 row is wrong\.\nline 6: date must be a real day/);
    const bad2 = await h.call('business.import', { name: 'bad.csv', csv: `${LEDGER}\n2026-03-01,zed,upgrade,premium,monthly,9.99` });
    expect(bad2.error?.message).toMatch(/line 6: zed has no subscription to upgrade/);
    expect((await h.call('business.import', { name: 'x.csv', csv: 'date,customer\n' })).error?.code).toBe('BAD_REQUEST');
    expect((await h.call('business.ledger')).result.ledger).toMatchObject({ name: 'ledger.csv', rows: 4 });

    await h.core.stop();
    h = open(dataDir);
    const f = await h.call('business.figures', { month: '2026-02' });
    expect(f.result.figures).toEqual(monthFigures(parseLedger(LEDGER), '2026-02'));
    expect(f.result.figures).toMatchObject({ mrr: 120.82, churned_mrr: 9.99, new_mrr: 99.99 });
    expect(f.result.mrrSeries.at(-1)).toEqual({ month: '2026-02', mrr: 120.82 });
    expect(f.result.cohorts).toEqual([
      { month: '2026-01', customers: 2, retained: [1, 0.5] },
      { month: '2026-02', customers: 1, retained: [1] },
    ]);
    expect((await h.call('business.figures', { month: '2026-13' })).error?.code).toBe('BAD_REQUEST');

    // Removing it works on any tier (a downgrade never traps the data).
    expect((await h.call('subscription.deactivate')).ok).toBe(true);
    expect((await h.call('business.clear')).result).toEqual({ ledger: null });
    expect(readFileSync(join(dataDir, 'hearth.db')).length).toBeGreaterThan(0);
  });

  it('opens the checkout in the system browser only where the host can (https from the setting)', async () => {
    const { core: c, call } = open(join(dir, 'checkout'));
    expect((await call('subscription.checkout')).result).toEqual({ url: 'https://hearth-home.app/buy', opened: false });
    const opened: string[] = [];
    c.subscription.setOpener({ open: async (url) => void opened.push(url) });
    expect((await call('subscription.checkout')).result).toEqual({ url: 'https://hearth-home.app/buy', opened: true });
    expect(opened).toEqual(['https://hearth-home.app/buy']);
    expect(() => c.settings.set('subscription.checkoutUrl', 'http://evil.example/buy')).toThrow();
  });
});
