// matter.js key/value storage driver backed by a MatterVault: the namespace is held in memory and written back
// to the vault as one JSON document (coalesced, in order) after every change, and flushed on close.
import { fromJson, MemoryStorageDriver, StorageService, toJson } from './matterjs';
import type { DataNamespace, Environment, SupportedStorageTypes } from './matterjs';
import type { MatterVault } from './vault';

export const VAULT_DRIVER_ID = 'hearth-vault';

type Store = Record<string, Record<string, SupportedStorageTypes>>;

export class VaultStorageDriver extends MemoryStorageDriver {
  static override readonly id: string = VAULT_DRIVER_ID;
  #dirty = false;
  #flushing: Promise<void> | undefined;
  #lastError: unknown;

  constructor(
    private readonly vault: MatterVault,
    private readonly name: string,
  ) {
    super({});
  }

  override async initialize(): Promise<void> {
    const bytes = await this.vault.read(this.name);
    if (bytes !== undefined) {
      const parsed = fromJson(new TextDecoder().decode(bytes));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(`Matter storage "${this.name}" is not a valid document`);
      }
      this.store = parsed as Store;
    }
    this.isInitialized = true;
  }

  override set(
    contexts: string[],
    keyOrValues: string | Record<string, SupportedStorageTypes>,
    value?: SupportedStorageTypes,
  ): void {
    super.set(contexts, keyOrValues, value);
    this.#changed();
  }

  override delete(contexts: string[], key: string): void {
    super.delete(contexts, key);
    this.#changed();
  }

  override clearAll(contexts: string[]): void {
    super.clearAll(contexts);
    this.#changed();
  }

  /** Resolves when everything changed so far is in the vault; rejects with the last write error. */
  async flush(): Promise<void> {
    while (this.#dirty || this.#flushing) {
      if (!this.#flushing) this.#schedule();
      await this.#flushing;
    }
    if (this.#lastError !== undefined) throw this.#lastError;
  }

  override async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await super.close();
    }
  }

  #changed() {
    this.#dirty = true;
    if (!this.#flushing) this.#schedule();
  }

  #schedule() {
    this.#flushing = (async () => {
      // Let a burst of synchronous writes (one matter.js transaction) land before serialising.
      await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.#dirty) {
        this.#dirty = false;
        try {
          await this.vault.write(this.name, new TextEncoder().encode(toJson(this.store)));
          this.#lastError = undefined;
        } catch (err) {
          this.#lastError = err;
          break;
        }
      }
    })().finally(() => {
      this.#flushing = undefined;
    });
  }
}

/** Installs a StorageService on `env` whose only driver is the vault (no filesystem access by matter.js). */
export function installVaultStorage(env: Environment, vault: MatterVault): StorageService {
  const service = new StorageService(env);
  service.registerDriver({
    id: VAULT_DRIVER_ID,
    // StorageService wraps what create() returns in a handle that never calls initialize(): load here.
    async create(namespace: DataNamespace) {
      const driver = new VaultStorageDriver(vault, namespace.namespace);
      await driver.initialize();
      return driver;
    },
  });
  service.defaultDriver = VAULT_DRIVER_ID;
  return service;
}
