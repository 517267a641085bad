// Whether Google Assistant is linked with this home, and the opaque id it knows the home by. A SYNC links (Google
// sends one when the person links Hearth in the Google Home app, and on every resync); a DISCONNECT records the unlink:
// from then on Hearth reports nothing to Google (no state reports for the relay) until a SYNC links it again.
import { randomUUID } from 'node:crypto';
import type { EventBus } from '../../bus';
import type { AppSettings } from '../../settings';

export type LinkSettings = Pick<AppSettings, 'get' | 'set'>;

export interface LinkStatus {
  linked: boolean;
  linkedAt: number | null;
  unlinkedAt: number | null;
}

export class GoogleLink {
  readonly #settings: LinkSettings;
  readonly #now: () => number;
  /** Whether linked, kept in memory: Report State asks on every device change. Null: read it again. */
  #linked: boolean | null = null;

  constructor(deps: { settings: LinkSettings; now: () => number; bus: Pick<EventBus, 'on'> }) {
    this.#settings = deps.settings;
    this.#now = deps.now;
    // Erasing the home's data resets these settings too.
    deps.bus.on('privacy.erased', 'google-link', () => (this.#linked = null));
  }

  /** The home's agentUserId: a random id made once, so Google never learns a name, an address or a device count. */
  agentUserId(): string {
    const id = this.#settings.get('assistants.google.agentUserId');
    if (id) return id;
    const made = `hearth-${randomUUID()}`;
    this.#settings.set('assistants.google.agentUserId', made);
    return made;
  }

  /** A SYNC arrived: Google has (again) linked this home. */
  linked(): void {
    this.#settings.set('assistants.google.linkedAt', this.#now());
    this.#settings.set('assistants.google.unlinkedAt', null);
    this.#linked = true;
  }

  /** A DISCONNECT arrived: the person unlinked Hearth in the Google Home app. */
  unlinked(): void {
    this.#settings.set('assistants.google.unlinkedAt', this.#now());
    this.#linked = false;
  }

  /** Whether Google is linked now (a SYNC, and no DISCONNECT since). */
  isLinked(): boolean {
    this.#linked ??= this.status().linked;
    return this.#linked;
  }

  status(): LinkStatus {
    const linkedAt = this.#settings.get('assistants.google.linkedAt');
    const unlinkedAt = this.#settings.get('assistants.google.unlinkedAt');
    return { linked: linkedAt !== null && unlinkedAt === null, linkedAt, unlinkedAt };
  }
}
