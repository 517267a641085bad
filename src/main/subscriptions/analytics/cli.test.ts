// The analytics command as a headless user runs it: `npx hearth analytics --ledger FILE --month YYYY-MM`.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../test/temp';
import { runAnalytics } from './cli';

const dir = tempDir('hearth-analytics-');

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runAnalytics(args, { write: (s: string) => (out += s) }, { write: (s: string) => (err += s) });
  return { code, out, err };
}

const ledger = join(dir, 'ledger.csv');
writeFileSync(ledger, ['date,customer,event,tier,cycle,amount', '2025-01-01,a,start,premium,monthly,9.99', '2025-01-10,b,start,professional,annual,299.88'].join('\n'));

describe('hearth analytics', () => {
  it('prints the month as one JSON object with the documented keys', () => {
    const r = run(['--ledger', ledger, '--month', '2025-01']);
    expect(r.code).toBe(0);
    const figures = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(figures)).toEqual([
      'month', 'mrr', 'arr', 'new_mrr', 'expansion_mrr', 'contraction_mrr', 'churned_mrr',
      'customer_churn_rate', 'revenue_churn_rate', 'arpu', 'clv', 'active_by_tier',
    ]);
    expect(figures).toMatchObject({ month: '2025-01', mrr: 34.98, arr: 419.76, new_mrr: 34.98 }); // 9.99 + 299.88 / 12
  });

  it('says what is wrong instead of printing figures', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'date,customer,event,tier,cycle,amount\n2025-01-01,a,start,premium,monthly,nine\n');
    expect(run(['--ledger', bad, '--month', '2025-01'])).toMatchObject({ code: 1, out: '', err: expect.stringMatching(/line 2: amount must be a price/) });
    expect(run(['--ledger', join(dir, 'none.csv'), '--month', '2025-01'])).toMatchObject({ code: 1, err: expect.stringMatching(/There is no file/) });
    expect(run(['--ledger', dir, '--month', '2025-01'])).toMatchObject({ code: 1, err: expect.stringMatching(/is a folder/) });
    expect(run(['--ledger', ledger, '--month', '2025-13'])).toMatchObject({ code: 2, err: expect.stringMatching(/YYYY-MM/) });
    expect(run(['--ledger', ledger])).toMatchObject({ code: 2, err: expect.stringMatching(/--month is required/) });
    expect(run(['--ledger', ledger, '--month', '2025-01', '--colour'])).toMatchObject({ code: 2, err: expect.stringMatching(/Unknown option '--colour'/) });
  });

  it('runs through the hearth command', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/hearth.mjs', 'analytics', '--ledger', ledger, '--month', '2025-01'], { cwd: process.cwd() });
    expect(JSON.parse(stdout)).toMatchObject({ mrr: 34.98, active_by_tier: { premium: 1, professional: 1 } });
  }, 60_000);
});
