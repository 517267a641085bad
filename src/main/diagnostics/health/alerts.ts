// Alerts from health: what is wrong now (low battery, a device offline, a radio down, a device likely to drop,
// an automation failing again and again), each with a link to its fix. Dismissals and snoozes are kept in the
// database by the alert's stable id; a dismissed alert comes back only after its problem cleared and returned.
import type { Alert } from '../../../shared/contract/health';
import { HearthError } from '../../../shared/errors';
import type { Db } from '../../storage/db';

/** Shows an alert outside the window (Electron's Notification); the hub has none. */
export interface DesktopNotifier {
  show(alert: Alert): void;
}

export type AlertCandidate = Omit<Alert, 'since'>;

export interface AlertDeps {
  db: Db;
  now: () => number;
  /** Called when the shown alerts change. */
  changed: (alerts: Alert[]) => void;
}

interface Row {
  id: string;
  dismissed_at: number | null;
  snoozed_until: number | null;
}

export class AlertCenter {
  readonly #d: AlertDeps;
  /** Problems present now, with when each was first seen. */
  #current = new Map<string, Alert>();
  #shown = '';
  #notifier: DesktopNotifier | null = null;
  readonly #notified = new Set<string>();

  constructor(deps: AlertDeps) {
    this.#d = deps;
  }

  setNotifier(n: DesktopNotifier | null): void {
    this.#notifier = n;
  }

  #rows(): Map<string, Row> {
    return new Map((this.#d.db.prepare('SELECT id, dismissed_at, snoozed_until FROM health_alerts').all() as Row[]).map((r) => [r.id, r]));
  }

  /** The problems found now; answers the alerts to show. */
  update(found: AlertCandidate[]): Alert[] {
    const now = this.#d.now();
    const next = new Map<string, Alert>();
    for (const c of found) next.set(c.id, { ...c, since: this.#current.get(c.id)?.since ?? now });
    // A problem that cleared forgets its dismissal, so it alerts again if it returns.
    const cleared = [...this.#rows().keys()].filter((id) => !next.has(id));
    const del = this.#d.db.prepare('DELETE FROM health_alerts WHERE id = ?');
    for (const id of cleared) del.run(id);
    for (const id of [...this.#notified]) if (!next.has(id)) this.#notified.delete(id);
    this.#current = next;
    return this.#publish();
  }

  /** Alerts to show now: not dismissed, not snoozed; errors first, then newest. */
  list(): Alert[] {
    const now = this.#d.now();
    const rows = this.#rows();
    return [...this.#current.values()]
      .filter((a) => {
        const r = rows.get(a.id);
        return !r || (r.dismissed_at === null && (r.snoozed_until === null || r.snoozed_until <= now));
      })
      .sort((a, b) => (a.level === b.level ? b.since - a.since : a.level === 'error' ? -1 : 1));
  }

  dismiss(id: string): Alert[] {
    this.#known(id);
    this.#d.db.prepare('INSERT INTO health_alerts (id, dismissed_at, snoozed_until, updated_at) VALUES (?, ?, NULL, ?) ON CONFLICT (id) DO UPDATE SET dismissed_at = excluded.dismissed_at, updated_at = excluded.updated_at').run(id, this.#d.now(), this.#d.now());
    return this.#publish();
  }

  snooze(id: string, hours: number): Alert[] {
    this.#known(id);
    const until = this.#d.now() + hours * 3_600_000;
    this.#d.db.prepare('INSERT INTO health_alerts (id, dismissed_at, snoozed_until, updated_at) VALUES (?, NULL, ?, ?) ON CONFLICT (id) DO UPDATE SET snoozed_until = excluded.snoozed_until, updated_at = excluded.updated_at').run(id, until, this.#d.now());
    return this.#publish();
  }

  #known(id: string): void {
    if (!this.#current.has(id)) throw new HearthError('NOT_FOUND', 'That alert has already cleared.', 'Nothing to do: the problem is gone.');
  }

  #publish(): Alert[] {
    const shown = this.list();
    const key = JSON.stringify(shown.map((a) => [a.id, a.message]));
    if (key !== this.#shown) {
      this.#shown = key;
      this.#d.changed(shown);
    }
    for (const a of shown) {
      if (this.#notified.has(a.id)) continue;
      this.#notified.add(a.id);
      this.#notifier?.show(a);
    }
    return shown;
  }
}
