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

/** What the relay last asked of Hearth for Google, and the last error Hearth answered (Settings → Voice assistants). */
export interface LinkActivity {
  queryAt: number | null;
  executeAt: number | null;
  /** How many devices Google was given at its last SYNC. */
  synced: number | null;
  error: { at: number; intent: string; message: string } | null;
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

  /** A SYNC arrived: Google has (again) linked this home, and was given `devices` devices. */
  linked(devices: number): void {
    this.#settings.set('assistants.google.linkedAt', this.#now());
    this.#settings.set('assistants.google.unlinkedAt', null);
    this.#record({ synced: devices });
    this.#linked = true;
  }

  /** A QUERY or an EXECUTE arrived from the relay. */
  asked(intent: 'QUERY' | 'EXECUTE'): void {
    this.#record(intent === 'QUERY' ? { queryAt: this.#now() } : { executeAt: this.#now() });
  }

  /** Hearth answered an intent with an error (a device not found or offline, a refused command, a failure). */
  failed(intent: string, message: string): void {
    this.#record({ error: { at: this.#now(), intent: intent.slice(0, 64), message: message.slice(0, 500) } });
  }

  activity(): LinkActivity {
    return this.#settings.get('assistants.google.activity');
  }

  #record(change: Partial<LinkActivity>): void {
    this.#settings.set('assistants.google.activity', { ...this.activity(), ...change });
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
