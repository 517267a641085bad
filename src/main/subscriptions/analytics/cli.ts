// `hearth analytics --ledger FILE --month YYYY-MM`: one month's business figures from a subscription ledger, as
// one JSON object on stdout. A wrong ledger prints what is wrong (by line) on stderr and exits 1; wrong arguments 2.
import { readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { HearthError } from '../../../shared/errors';
import { monthBounds, monthFigures } from './figures';
import { MAX_LEDGER_BYTES, parseLedger } from './ledger';

const USAGE = `usage: hearth analytics --ledger <ledger.csv> --month <YYYY-MM>
  The ledger's columns: date,customer,event,tier,cycle,amount (see docs/SUBSCRIPTIONS.md).`;

interface Output {
  write(s: string): unknown;
}

export function runAnalytics(argv: readonly string[], out: Output, err: Output): number {
  let ledger: string | undefined;
  let month: string | undefined;
  try {
    const { values } = parseArgs({ args: [...argv], options: { ledger: { type: 'string' }, month: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      out.write(`${USAGE}\n`);
      return 0;
    }
    ledger = values.ledger;
    month = values.month;
  } catch (e) {
    err.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (!ledger || !month) {
    err.write(`${!ledger ? '--ledger' : '--month'} is required\n${USAGE}\n`);
    return 2;
  }
  try {
    monthBounds(month);
  } catch (e) {
    err.write(`${(e as Error).message}\n`);
    return 2;
  }
  try {
    const size = statSync(ledger).size;
    if (size > MAX_LEDGER_BYTES) throw new HearthError('BAD_REQUEST', `${ledger} is larger than ${MAX_LEDGER_BYTES / 1024 / 1024} MB.`);
    const events = parseLedger(readFileSync(ledger, 'utf8'));
    out.write(`${JSON.stringify(monthFigures(events, month))}\n`);
    return 0;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') err.write(`There is no file ${ledger}.\n`);
    else if (code === 'EISDIR') err.write(`${ledger} is a folder, not a ledger file.\n`);
    else err.write(`${(e as Error).message}\n`);
    return 1;
  }
}
