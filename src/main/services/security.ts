// Encryption at rest as the user sees it: how secrets are protected, and turning the database's own
// encryption on or off, or rotating its key.
import type { SecurityStatus } from '../../shared/contract';
import type { SecretStore } from '../secrets';
import type { AuditLog } from '../storage/audit';
import { DB_CIPHER, type Db } from '../storage/db';
import { changeDatabaseKey, databaseKey } from '../storage/db-key';
import type { AppSettings } from '../settings';
import type { StateWriter } from '../storage/state-writer';

export class SecurityService {
  readonly #db: Db;
  readonly #secrets: SecretStore;
  readonly #writer: StateWriter;
  readonly #audit: AuditLog;
  readonly #settings: AppSettings;
  readonly #now: () => number;

  constructor(deps: { db: Db; secrets: SecretStore; writer: StateWriter; audit: AuditLog; settings: AppSettings; now: () => number }) {
    this.#db = deps.db;
    this.#secrets = deps.secrets;
    this.#writer = deps.writer;
    this.#audit = deps.audit;
    this.#settings = deps.settings;
    this.#now = deps.now;
  }

  status(): SecurityStatus {
    const encrypted = databaseKey(this.#secrets) !== null;
    return {
      secrets: this.#secrets.protection,
      database: { encrypted, cipher: encrypted ? DB_CIPHER : null, keyChangedAt: this.#settings.get('security.databaseKeyChangedAt') },
    };
  }

  setDatabaseEncryption(on: boolean, actor: string): SecurityStatus {
    if (on === this.status().database.encrypted) return this.status();
    this.#rekey(on, actor, on ? 'security.database.encrypt' : 'security.database.decrypt');
    return this.status();
  }

  rotateDatabaseKey(actor: string): SecurityStatus {
    if (!this.status().database.encrypted) return this.setDatabaseEncryption(true, actor);
    this.#rekey(true, actor, 'security.database.rotateKey');
    return this.status();
  }

  #rekey(encrypt: boolean, actor: string, action: string): void {
    this.#writer.flush();
    changeDatabaseKey(this.#db, this.#secrets, encrypt);
    this.#settings.set('security.databaseKeyChangedAt', this.#now());
    this.#audit.append({ actor, action });
  }
}
