// Figures worked out by hand (in the comments) for small ledgers: an upgrade and a downgrade in the same month, annual
// plans, a cancel on the 1st, a customer who starts and cancels within the month, a free customer, one who returns.
import { describe, expect, it } from 'vitest';
import { monthFigures } from './figures';
import { parseLedger } from './ledger';

const HEADER = 'date,customer,event,tier,cycle,amount';
const LEDGER = [
  HEADER,
  '2025-01-05,gina,start,premium,monthly,9.99',
  '2025-01-10,alice,start,premium,monthly,9.99',
  '2025-01-15,bob,start,professional,monthly,24.99',
  '2025-01-20,carol,start,premium,annual,99.90', // 8.325 a month
  '2025-02-01,carol,cancel,,,', // a cancel on the 1st: churn in February, not January
  '2025-02-01,dave,start,premium,monthly,9.99',
  '2025-02-03,bob,downgrade,premium,monthly,9.99',
  '2025-02-05,alice,upgrade,professional,monthly,24.99',
  '2025-02-10,erin,start,premium,monthly,9.99',
  '2025-02-12,erin,cancel,premium,monthly,9.99',
  '2025-02-14,frank,start,free,monthly,0',
  '2025-02-20,alice,downgrade,premium,monthly,9.99', // up and down again in the same month: unchanged
  '2025-02-28,gina,upgrade,enterprise,annual,999.00', // 83.25 a month
].join('\n');

describe('monthly business figures', () => {
  const events = parseLedger(LEDGER);

  it('January: everyone is new; no churn can be measured yet', () => {
    // end: gina 9.99 + alice 9.99 + bob 24.99 + carol 8.325 = 53.295
    expect(monthFigures(events, '2025-01')).toEqual({
      month: '2025-01',
      mrr: 53.3,
      arr: 639.54, // 12 × 53.295
      new_mrr: 53.3,
      expansion_mrr: 0,
      contraction_mrr: 0,
      churned_mrr: 0,
      customer_churn_rate: null,
      revenue_churn_rate: null,
      arpu: 13.32, // 53.295 / 4
      clv: null,
      active_by_tier: { free: 0, premium: 3, professional: 1, enterprise: 0 },
    });
  });

  it('February: new, expansion, contraction and churn, and they add up', () => {
    // start: gina 9.99, alice 9.99, bob 24.99, carol 8.325 = 53.295 (4 paying)
    // end: gina 83.25, alice 9.99, bob 9.99, dave 9.99, frank 0 (free) = 113.22
    // new = dave 9.99 (erin started and cancelled: nothing; frank is free: 0)
    // expansion = gina 83.25 − 9.99 = 73.26; contraction = bob 24.99 − 9.99 = 15; churned = carol 8.325
    // customer churn = 1 / 4; revenue churn = (8.325 + 15) / 53.295 = 0.43766
    // ARPU = 113.22 / 4 = 28.305; CLV = 28.305 / 0.25 = 113.22
    const f = monthFigures(events, '2025-02');
    expect(f).toEqual({
      month: '2025-02',
      mrr: 113.22,
      arr: 1358.64,
      new_mrr: 9.99,
      expansion_mrr: 73.26,
      contraction_mrr: 15,
      churned_mrr: 8.33,
      customer_churn_rate: 0.25,
      revenue_churn_rate: 0.4377,
      arpu: 28.31,
      clv: 113.22,
      active_by_tier: { free: 1, premium: 3, professional: 0, enterprise: 1 },
    });
    expect(53.295 + f.new_mrr + f.expansion_mrr - f.contraction_mrr - 8.325).toBeCloseTo(f.mrr, 6);
  });

  it('a customer who returns is new MRR again; no churn gives no CLV', () => {
    const returned = parseLedger(`${LEDGER}\n2025-03-10,carol,start,professional,monthly,24.99`);
    // start 113.22; end 113.22 + carol 24.99 = 138.21 over 5 paying customers
    expect(monthFigures(returned, '2025-03')).toMatchObject({
      mrr: 138.21,
      new_mrr: 24.99,
      churned_mrr: 0,
      customer_churn_rate: 0,
      revenue_churn_rate: 0,
      arpu: 27.64,
      clv: null,
      active_by_tier: { free: 1, premium: 3, professional: 1, enterprise: 1 },
    });
  });

  it('a downgrade to free is contraction, not churn, and the customer still counts as active', () => {
    const down = parseLedger([HEADER, '2025-01-01,ann,start,premium,monthly,10', '2025-02-15,ann,downgrade,free,monthly,0'].join('\n'));
    expect(monthFigures(down, '2025-02')).toMatchObject({
      mrr: 0,
      contraction_mrr: 10,
      churned_mrr: 0,
      customer_churn_rate: 0,
      revenue_churn_rate: 1,
      arpu: null,
      active_by_tier: { free: 1, premium: 0, professional: 0, enterprise: 0 },
    });
  });

  it('an event on the last day of the month counts in that month', () => {
    const late = parseLedger([HEADER, '2024-02-29,lee,start,premium,monthly,9.99'].join('\n'));
    expect(monthFigures(late, '2024-02').new_mrr).toBe(9.99);
    expect(monthFigures(late, '2024-01').mrr).toBe(0);
  });
});
