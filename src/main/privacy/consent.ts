// Consents: granular, off by default except what is strictly necessary; every grant and withdrawal is
// appended with its time, the text version the user saw, and who made it.
import { ConsentPurpose, type ConsentEvent, type ConsentState } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { EventBus } from '../bus';
import type { Db } from '../storage/db';
import { PURPOSES } from './purposes';

interface EventRow {
  purpose: ConsentPurpose;
  granted: number;
  text_version: string;
  at: number;
  actor: string;
}

export class ConsentService {
  readonly #db: Db;
  readonly #bus: EventBus;
  readonly #now: () => number;

  constructor(deps: { db: Db; bus: EventBus; now: () => number }) {
    this.#db = deps.db;
    this.#bus = deps.bus;
    this.#now = deps.now;
  }

  list(): ConsentState[] {
    const latest = this.#db
      .prepare('SELECT purpose, granted, text_version, at, actor FROM consent_events WHERE id IN (SELECT max(id) FROM consent_events GROUP BY purpose)')
      .all() as EventRow[];
    const byPurpose = new Map(latest.map((r) => [r.purpose, r]));
    return ConsentPurpose.options.map((purpose) => {
      const p = PURPOSES[purpose];
      const last = byPurpose.get(purpose);
      // A grant counts only for the text the user saw; a newer text needs asking again.
      const granted = p.required || (last?.granted === 1 && last.text_version === p.version);
      return {
        purpose,
        title: p.title,
        text: p.text,
        version: p.version,
        required: p.required,
        granted,
        since: last?.at ?? null,
        grantedVersion: last?.granted === 1 ? last.text_version : null,
      };
    });
  }

  has(purpose: ConsentPurpose): boolean {
    return this.list().find((c) => c.purpose === purpose)!.granted;
  }

  history(): ConsentEvent[] {
    const rows = this.#db.prepare('SELECT purpose, granted, text_version, at, actor FROM consent_events ORDER BY id DESC').all() as EventRow[];
    return rows.map((r) => ({ purpose: r.purpose, granted: r.granted === 1, textVersion: r.text_version, at: r.at, actor: r.actor }));
  }

  set(purpose: ConsentPurpose, granted: boolean, textVersion: string, actor: string): ConsentState {
    const p = PURPOSES[purpose];
    if (p.required) {
      throw new HearthError('UNSUPPORTED', `“${p.title}” is strictly necessary and cannot be turned off.`, 'To stop all processing, erase your data on the Privacy screen.');
    }
    if (textVersion !== p.version) {
      throw new HearthError('CONFLICT', 'The text of this consent has changed since it was shown.', 'Read the new text and choose again.');
    }
    this.#db
      .prepare('INSERT INTO consent_events (purpose, granted, text_version, at, actor) VALUES (?, ?, ?, ?, ?)')
      .run(purpose, granted ? 1 : 0, textVersion, this.#now(), actor);
    const all = this.list();
    this.#bus.emit('consent.changed', all);
    return all.find((c) => c.purpose === purpose)!;
  }
}
