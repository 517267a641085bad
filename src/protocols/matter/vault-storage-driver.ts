// matter.js key/value storage driver backed by a MatterVault: the namespace is held in memory and written back
// to the vault as one JSON document (coalesced, in order) after every change, and flushed on close.
import { fromJson, MemoryStorageDriver, StorageService, toJson } from './matterjs';
import type { DataNamespace, Environment, SupportedStorageTypes } from './matterjs';
import type { MatterVault } from './vault';

export const VAULT_DRIVER_ID = 'hearth-vault';

type Store = Record<string, Record<string, SupportedStorageTypes>>;

/**
 * matter.js's toJson() encodes bigints in its JSON replacer, but JSON.stringify calls a value's toJSON() first, and
 * some libraries in the same process patch BigInt.prototype.toJSON globally (zigbee-herdsman does: bigints become
 * plain strings, and node ids, fabric ids and ACL subjects would then fail validation on the next start). So bigints
 * are put into matter.js's own encoded form before toJson() sees them; fromJson() reads that form back as bigint.
 */
export function encodeBigInts(value: unknown): unknown {
  if (typeof value === 'bigint') return `{"__object__":"BigInt","__value__":"${value.toString()}"}`;
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return value;
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [encodeBigInts(k), encodeBigInts(v)]));
  if (Array.isArray(value)) return value.map(encodeBigInts);
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return value; // e.g. Date: as JSON.stringify would
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = encodeBigInts(v);
  return out;
}

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
          const json = toJson(encodeBigInts(this.store) as SupportedStorageTypes);
          await this.vault.write(this.name, new TextEncoder().encode(json));
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
