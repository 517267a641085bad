// Satisfaction ratings: asked now and then (not more than once in ASK_EVERY_DAYS, answered or dismissed), only
// while the usage-statistics consent is given; kept in this computer's database, never sent anywhere.
// Table `satisfaction_ratings` (declared in privacy/catalog.ts, so export and erasure cover it).
import type { RatingStatus } from '../../../shared/contract';
import { HearthError } from '../../../shared/errors';
import type { Db } from '../../storage/db';
import { DAY } from './calendar';

export const ASK_EVERY_DAYS = 30;
/** Not in the first days: there is not much to rate yet. */
export const FIRST_ASK_AFTER_DAYS = 3;

export interface RatingDeps {
  db: Db;
  now: () => number;
  /** The usage-statistics consent is given. */
  consent: () => boolean;
  /** When Hearth was first set up (the oldest thing it keeps), or null when it does not know. */
  since: () => number | null;
}

export class Ratings {
  readonly #d: RatingDeps;
  constructor(deps: RatingDeps) {
    this.#d = deps;
  }

  status(): RatingStatus {
    const consent = this.#d.consent();
    const r = this.#d.db
      .prepare('SELECT count(rating) AS n, avg(rating) AS avg, max(at) AS last FROM satisfaction_ratings')
      .get() as { n: number; avg: number | null; last: number | null };
    const now = this.#d.now();
    const since = this.#d.since();
    const settled = since !== null && now - since >= FIRST_ASK_AFTER_DAYS * DAY;
    const ask = consent && settled && (r.last === null || now - r.last >= ASK_EVERY_DAYS * DAY);
    return { consent, ask, count: r.n, average: r.avg === null ? null : Math.round(r.avg * 10) / 10, lastAt: r.last };
  }

  #needConsent(): void {
    if (!this.#d.consent()) {
      throw new HearthError('CONFLICT', 'Ratings are kept only with the “Usage statistics” consent, and it is off.', 'Turn it on under Privacy if you want to rate Hearth.');
    }
  }

  submit(rating: number): RatingStatus {
    this.#needConsent();
    this.#d.db.prepare('INSERT INTO satisfaction_ratings (at, rating) VALUES (?, ?)').run(this.#d.now(), rating);
    return this.status();
  }

  /** "Not now": no rating kept, and not asked again for a while. */
  dismiss(): RatingStatus {
    this.#needConsent();
    this.#d.db.prepare('INSERT INTO satisfaction_ratings (at, rating) VALUES (?, NULL)').run(this.#d.now());
    return this.status();
  }
}
