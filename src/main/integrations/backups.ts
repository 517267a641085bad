// ONE backup store for every integration that has a backups facet (Zigbee coordinator backups, Z-Wave controller
// NVM images, any later one): each image is a file only its owner can read (they hold network keys), with a small
// JSON beside it saying what it is (what the integration's facet described, why and when it was taken). Names sort
// by time; newest first; the oldest are dropped beyond `keep`.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { HearthError } from '../../shared/errors';
import type { BackupImage, BackupMeta } from '../../shared/integration';

export const BackupReason = z.enum(['start', 'daily', 'shutdown', 'manual', 'restore']);
export type BackupReason = z.infer<typeof BackupReason>;

export interface StoredBackup {
  id: string;
  createdAt: string;
  reason: BackupReason;
  sizeBytes: number;
  meta: BackupMeta;
}

export interface BackupStoreOptions {
  dir: string;
  /** How the integration's images are named on disk (its backups facet says). */
  file: { prefix: string; extension: string };
  keep?: number;
  now?: () => number;
  /** Reads an image kept without a description beside it (Zigbee backups of earlier versions). */
  describe?: (data: Uint8Array) => BackupMeta;
}

const Meta = z.object({
  createdAt: z.string().nullable(),
  devices: z.number().int().nonnegative(),
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
const Description = z.object({ createdAt: z.string(), reason: BackupReason, meta: Meta });
/** What Z-Wave NVM backups of earlier versions kept beside the image. */
const NvmDescription = z.object({
  createdAt: z.string(),
  generation: z.string(),
  sdkVersion: z.string().nullable(),
  stickModel: z.string().nullable(),
  homeId: z.string().nullable(),
  nodes: z.number().int(),
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class BackupStore {
  readonly dir: string;
  readonly #o: Required<Omit<BackupStoreOptions, 'describe'>> & Pick<BackupStoreOptions, 'describe'>;
  readonly #name: RegExp;

  constructor(o: BackupStoreOptions) {
    this.dir = o.dir;
    this.#o = { keep: 10, now: Date.now, ...o };
    const { prefix, extension } = o.file;
    this.#name = new RegExp(`^${escape(prefix)}-(\\d{8}T\\d{9}Z)(?:-(\\d+))?(?:-(${BackupReason.options.join('|')}))?\\.${escape(extension)}$`);
  }

  /** Keeps an image the integration made, under a name that sorts by time. */
  save(image: BackupImage, reason: BackupReason): StoredBackup {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const savedAt = new Date(this.#o.now()).toISOString();
    const stamp = savedAt.replace(/[-:.]/g, '');
    const { prefix, extension } = this.#o.file;
    let id = `${prefix}-${stamp}-${reason}.${extension}`;
    for (let n = 1; existsSync(join(this.dir, id)); n++) id = `${prefix}-${stamp}-${n}-${reason}.${extension}`;
    const file = join(this.dir, id);
    writePrivate(file, image.data);
    writePrivate(`${file}.json`, JSON.stringify({ createdAt: image.meta.createdAt ?? savedAt, reason, meta: image.meta }));
    this.#prune();
    return this.info(id)!;
  }

  /** Newest first; files that cannot be read are not offered. */
  list(): StoredBackup[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => this.#name.test(n))
      .sort()
      .reverse()
      .map((n) => this.info(n))
      .filter((b): b is StoredBackup => b !== undefined);
  }

  info(id: string): StoredBackup | undefined {
    const m = this.#name.exec(id);
    if (!m) return undefined;
    const file = join(this.dir, id);
    try {
      const sizeBytes = statSync(file).size;
      const reason = BackupReason.parse(m[3] ?? 'manual');
      const described = this.#description(file);
      if (described) return { id, sizeBytes, ...described };
      if (!this.#o.describe) return undefined;
      const meta = this.#o.describe(readFileSync(file));
      return { id, createdAt: meta.createdAt ?? statSync(file).mtime.toISOString(), reason, sizeBytes, meta };
    } catch {
      return undefined;
    }
  }

  read(id: string): { data: Uint8Array<ArrayBuffer>; backup: StoredBackup } {
    const backup = this.info(id);
    if (!backup) throw new HearthError('NOT_FOUND', 'That backup no longer exists.', 'Pick one from the list.');
    return { data: new Uint8Array(readFileSync(join(this.dir, id))), backup };
  }

  #description(file: string): Omit<StoredBackup, 'id' | 'sizeBytes'> | undefined {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(`${file}.json`, 'utf8'));
    } catch {
      return undefined;
    }
    const d = Description.safeParse(json);
    if (d.success) return d.data;
    const nvm = NvmDescription.parse(json);
    return {
      createdAt: nvm.createdAt,
      reason: 'manual',
      meta: { createdAt: null, devices: nvm.nodes, facts: { generation: nvm.generation, sdkVersion: nvm.sdkVersion, stickModel: nvm.stickModel, homeId: nvm.homeId } },
    };
  }

  #prune(): void {
    for (const old of this.list().slice(this.#o.keep)) {
      const file = join(this.dir, old.id);
      rmSync(file, { force: true });
      rmSync(`${file}.json`, { force: true });
    }
  }
}

/** Writes a file only its owner can read (backups hold network keys), also when it already existed. */
export function writePrivate(file: string, data: string | Uint8Array): void {
  writeFileSync(file, data, { mode: 0o600 });
  chmodSync(file, 0o600);
}
