// Cohort retention worked out by hand for a small ledger: a customer who leaves and comes back, an annual plan
// downgraded to free, a free customer who upgrades later (their cohort is the month they first paid), and one who
// starts and cancels on the same day.
import { describe, expect, it } from 'vitest';
import { addMonths, cohorts, firstPaidMonth, mrrSeries } from './cohorts';
import { parseLedger } from './ledger';

const LEDGER = [
  'date,customer,event,tier,cycle,amount',
  '2026-01-05,ann,start,premium,monthly,9.99',
  '2026-01-20,bob,start,professional,annual,249.90', // 20.825 a month
  '2026-01-25,cid,start,free,monthly,0', // not paying yet: not in January's cohort
  '2026-02-10,ann,cancel,,,',
  '2026-02-15,dan,start,premium,monthly,9.99',
  '2026-03-01,cid,upgrade,premium,monthly,9.99', // first pays in March
  '2026-03-03,bob,downgrade,free,monthly,0', // still a customer, no longer paying
  '2026-03-20,ann,start,premium,monthly,9.99', // comes back: paying again, still January's cohort
  '2026-03-31,eve,start,premium,monthly,9.99',
  '2026-03-31,eve,cancel,,,', // in March's cohort, gone by its end
].join('\n');

describe('cohort retention', () => {
  const events = parseLedger(LEDGER);

  it('groups customers by the month they first paid', () => {
    expect(Object.fromEntries(firstPaidMonth(events))).toEqual({ ann: '2026-01', bob: '2026-01', dan: '2026-02', cid: '2026-03', eve: '2026-03' });
  });

  it('gives the share of each cohort still paying N months later, up to the month shown', () => {
    // January {ann, bob}: end Jan both pay (1); end Feb ann gone (½); end Mar ann back, bob on free (½).
    // February {dan}: pays at the end of Feb and Mar. March {cid, eve}: eve cancelled the day she started (½).
    expect(cohorts(events, '2026-03')).toEqual([
      { month: '2026-01', customers: 2, retained: [1, 0.5, 0.5] },
      { month: '2026-02', customers: 1, retained: [1, 1] },
      { month: '2026-03', customers: 2, retained: [0.5] },
    ]);
    // Shown for February, March is not known yet and its cohort is not there.
    expect(cohorts(events, '2026-02')).toEqual([
      { month: '2026-01', customers: 2, retained: [1, 0.5] },
      { month: '2026-02', customers: 1, retained: [1] },
    ]);
  });

  it('keeps only the twelve months ending with the month shown', () => {
    expect(cohorts(events, '2027-01').map((c) => c.month)).toEqual(['2026-02', '2026-03']);
    expect(cohorts(events, '2027-01')[0]!.retained).toHaveLength(12);
  });

  it('gives twelve months of MRR ending with the month shown', () => {
    const series = mrrSeries(events, '2026-03');
    expect(series).toHaveLength(12);
    expect(series[0]).toEqual({ month: '2025-04', mrr: 0 });
    // Jan: 9.99 + 20.825 = 30.815 → 30.82; Feb: 20.825 + 9.99 = 30.815 → 30.82; Mar: dan + cid + ann = 29.97.
    expect(series.slice(-3)).toEqual([
      { month: '2026-01', mrr: 30.82 },
      { month: '2026-02', mrr: 30.82 },
      { month: '2026-03', mrr: 29.97 },
    ]);
  });

  it('counts months across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -11)).toBe('2025-04');
  });
});
