// Retention: each category with a period loses records older than it, automatically (at start and daily)
// and on demand. Periods default to the catalog's and can be changed within their range.
import { DataCategoryId } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { AuditLog } from '../storage/audit';
import type { Db } from '../storage/db';
import type { AppSettings } from '../settings';
import { categories, presentTables, quoteIdent } from './catalog';

const DAY_MS = 86_400_000;

export function retentionPolicies(settings: AppSettings): Record<DataCategoryId, number | null> {
  const overrides = settings.get('privacy.retention');
  const out = {} as Record<DataCategoryId, number | null>;
  for (const id of DataCategoryId.options) {
    const c = categories[id];
    out[id] = c.retentionDays === null ? null : (overrides[id] ?? c.retentionDays);
  }
  return out;
}

export function setRetention(settings: AppSettings, category: DataCategoryId, days: number): void {
  const range = categories[category].retentionRange;
  if (!range) throw new HearthError('UNSUPPORTED', `${categories[category].label} has no retention period to change.`);
  if (days < range.min || days > range.max) {
    throw new HearthError('BAD_REQUEST', `Choose between ${range.min} and ${range.max} days.`);
  }
  settings.set('privacy.retention', { ...settings.get('privacy.retention'), [category]: days });
}

/** Deletes what is past its period; returns how many records each category lost. */
export function applyRetention(db: Db, audit: AuditLog, policies: Record<DataCategoryId, number | null>, now: number): Record<string, number> {
  const removed: Record<string, number> = {};
  for (const t of presentTables(db)) {
    const days = t.category ? policies[t.category] : null;
    if (!t.retained || !t.at || days === null || !t.category) continue;
    const n = db.prepare(`DELETE FROM ${quoteIdent(t.table)} WHERE ${quoteIdent(t.at)} < ?`).run(now - days * DAY_MS).changes;
    removed[t.category] = (removed[t.category] ?? 0) + n;
  }
  const auditDays = policies.audit;
  if (auditDays !== null) removed.audit = audit.prune(now - auditDays * DAY_MS);
  return removed;
}
