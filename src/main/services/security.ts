// Encryption at rest as the user sees it: how secrets are protected, and turning the database's own
// encryption on or off, or rotating its key.
import type { SecurityStatus } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { SecretStore } from '../secrets';
import { DB_CIPHER, type Db } from '../storage/db';
import { changeDatabaseKey, databaseKey } from '../storage/db-key';
import type { AppSettings } from '../settings';
import type { StateWriter } from '../storage/state-writer';

/** What a hub host lets Settings do with its browser sign-ins. */
export interface HubAccess {
  sessions(): number;
  /** Ends every session and unused sign-in code; returns how many sessions ended. */
  signOutEverywhere(): number;
}

export class SecurityService {
  readonly #db: Db;
  readonly #secrets: SecretStore;
  readonly #writer: StateWriter;
  readonly #settings: AppSettings;
  readonly #now: () => number;

  readonly #secretsNote: string | undefined;
  readonly #afterKeyChange: () => void;
  #hub: HubAccess | null = null;

  constructor(deps: { db: Db; secrets: SecretStore; writer: StateWriter; settings: AppSettings; now: () => number; secretsNote?: string | undefined; afterKeyChange?: () => void }) {
    this.#secretsNote = deps.secretsNote;
    this.#afterKeyChange = deps.afterKeyChange ?? (() => undefined);
    this.#db = deps.db;
    this.#secrets = deps.secrets;
    this.#writer = deps.writer;
    this.#settings = deps.settings;
    this.#now = deps.now;
  }

  /** Called by the hub host once its server runs. */
  attachHub(hub: HubAccess): void {
    this.#hub = hub;
  }

  signOutEverywhere(): { ended: number } {
    if (!this.#hub) throw new HearthError('UNSUPPORTED', 'This Hearth serves no browsers, so there is nobody to sign out.', 'Sign-ins exist in hub mode only.');
    return { ended: this.#hub.signOutEverywhere() };
  }

  status(): SecurityStatus {
    const encrypted = databaseKey(this.#secrets) !== null;
    return {
      secrets: this.#secrets.protection,
      ...(this.#secretsNote ? { secretsNote: this.#secretsNote } : {}),
      hubSessions: this.#hub ? this.#hub.sessions() : null,
      database: { encrypted, cipher: encrypted ? DB_CIPHER : null, keyChangedAt: this.#settings.get('security.databaseKeyChangedAt') },
    };
  }

  // Who asked is recorded by the dispatcher: both requests are declared audited in contract/security.ts.
  setDatabaseEncryption(on: boolean): SecurityStatus {
    if (on === this.status().database.encrypted) return this.status();
    this.#rekey(on);
    return this.status();
  }

  rotateDatabaseKey(): SecurityStatus {
    if (!this.status().database.encrypted) return this.setDatabaseEncryption(true);
    this.#rekey(true);
    return this.status();
  }

  #rekey(encrypt: boolean): void {
    this.#writer.flush();
    changeDatabaseKey(this.#db, this.#secrets, encrypt);
    this.#settings.set('security.databaseKeyChangedAt', this.#now());
    // Backups are encrypted with the key of their time: one with the new key at once, so a damaged file can be restored.
    this.#afterKeyChange();
  }
}
