// Business analytics (Enterprise): the imported subscription ledger and a month's figures.
import type { Client } from './client';

export const ledgerSummary = (c: Client) => c.call('business.ledger', {});
export const importLedger = (c: Client, name: string, csv: string) => c.call('business.import', { name, csv });
export const clearLedger = (c: Client) => c.call('business.clear', {});
export const businessFigures = (c: Client, month: string) => c.call('business.figures', { month });
