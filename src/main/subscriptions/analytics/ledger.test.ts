// A ledger is read whole or not at all: every wrong row is named by its line, and nothing comes back.
import { describe, expect, it } from 'vitest';
import { HearthError } from '../../../shared/errors';
import { parseLedger } from './ledger';

const HEADER = 'date,customer,event,tier,cycle,amount';

function refusal(text: string): string {
  try {
    parseLedger(text);
  } catch (err) {
    expect(err).toBeInstanceOf(HearthError);
    return (err as HearthError).message;
  }
  throw new Error('the ledger was accepted');
}

describe('reading a subscription ledger', () => {
  it('reads quoted customers with commas, a BOM and CRLF line ends, in date order', () => {
    const events = parseLedger(`\uFEFF${HEADER}\r\n2025-03-02,"Smith, Jones & Co",start,premium,annual,99.90\r\n2025-03-01,bo,start,free,monthly,0\r\n`);
    expect(events.map((e) => [e.line, e.customer, e.tier, e.cycle, e.amount])).toEqual([
      [3, 'bo', 'free', 'monthly', 0],
      [2, 'Smith, Jones & Co', 'premium', 'annual', 99.9],
    ]);
  });

  it('reports every malformed row with its line number', () => {
    const message = refusal(
      [
        HEADER,
        '2025-01-01,ok,start,premium,monthly,9.99',
        '2025-02-30,a,start,premium,monthly,9.99',
        '2025-01-02,b,begin,premium,monthly,9.99',
        '2025-01-03,c,start,gold,monthly,9.99',
        '2025-01-04,d,start,premium,weekly,9.99',
        '2025-01-05,e,start,premium,monthly,-3',
        '2025-01-06,f,start,premium,monthly,$9.99',
        '2025-01-07,,start,premium,monthly,9.99',
        '2025-01-08,g,start,premium,monthly',
        '2025-01-09,h,start,free,monthly,5',
      ].join('\n'),
    );
    expect(message).toMatch(/^Nothing was imported: 9 rows are wrong\./);
    for (const [line, what] of [
      [3, 'real day'],
      [4, 'event must be one of'],
      [5, 'tier must be one of'],
      [6, 'cycle must be monthly or annual'],
      [7, 'amount must be a price'],
      [8, 'amount must be a price'],
      [9, 'customer is empty'],
      [10, '5 columns instead of 6'],
      [11, 'a free plan costs 0'],
    ] as const) {
      expect(message).toMatch(new RegExp(`line ${line}: [^\\n]*${what.replace('$', '\\$')}`));
    }
    expect(message).not.toMatch(/line 2:/);
  });

  it('refuses rows that contradict one subscription per customer', () => {
    const message = refusal(
      [
        HEADER,
        '2025-01-01,ann,start,premium,monthly,9.99',
        '2025-01-05,ann,start,professional,monthly,24.99',
        '2025-01-06,bo,cancel,,,',
        '2025-01-07,ann,upgrade,free,monthly,0',
        '2025-01-08,ann,downgrade,enterprise,monthly,99.99',
        '2025-01-09,cy,upgrade,premium,monthly,9.99',
      ].join('\n'),
    );
    expect(message).toContain('line 3: ann already has a subscription');
    expect(message).toContain('line 4: bo has no subscription to cancel');
    expect(message).toContain('line 5: an upgrade from premium to free is a downgrade');
    expect(message).toContain('line 6: a downgrade from premium to enterprise is an upgrade');
    expect(message).toContain('line 7: cy has no subscription to upgrade');
  });

  it('refuses a file without the expected header, or with broken quotes', () => {
    expect(refusal('date,customer,event,tier,amount\n2025-01-01,a,start,premium,9.99')).toMatch(/first line must be date,customer,event,tier,cycle,amount/);
    expect(refusal('')).toMatch(/first line must be/);
    expect(refusal(`${HEADER}\n2025-01-01,"unterminated,start,premium,monthly,9.99`)).toMatch(/not readable CSV/);
  });

  it('says how many more problems there are past the first twenty', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `2025-01-01,c${i},start,gold,monthly,1`);
    const message = refusal([HEADER, ...rows].join('\n'));
    expect(message).toContain('30 rows are wrong');
    expect(message).toContain('…and 10 more');
  });
});
