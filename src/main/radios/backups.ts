// Coordinator backups on disk: one Open Coordinator Backup JSON per file in a folder readable by the
// owner only (they contain the network key), newest first, the oldest dropped beyond `keep`.
import { chmodSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import { parseCoordinatorBackup } from '../../protocols/zigbee/backup-file';

export type BackupReason = BackupInfo['reason'];
const NAME = /^coordinator-(\d{8}T\d{9}Z)(?:-(\d+))?-(start|daily|shutdown|manual|restore)\.json$/;

export class BackupStore {
  constructor(
    readonly dir: string,
    private readonly keep = 10,
    private readonly now: () => number = Date.now,
  ) {}

  /** Saves a backup (the OCB JSON text herdsman wrote) under a name that sorts by time. */
  save(json: string, reason: BackupReason): BackupInfo {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const stamp = new Date(this.now()).toISOString().replace(/[-:.]/g, '');
    let id = `coordinator-${stamp}-${reason}.json`;
    for (let n = 1; this.exists(id); n++) id = `coordinator-${stamp}-${n}-${reason}.json`;
    const file = join(this.dir, id);
    writePrivate(file, json);
    this.prune();
    return this.info(id)!;
  }

  list(): BackupInfo[] {
    return newestFirst(this.dir, NAME, (n) => this.info(n));
  }

  path(id: string): string {
    if (!NAME.test(id) || !this.exists(id)) throw new HearthError('NOT_FOUND', 'That backup no longer exists.', 'Pick one from the list.');
    return join(this.dir, id);
  }

  private exists(id: string): boolean {
    try {
      statSync(join(this.dir, id));
      return true;
    } catch {
      return false;
    }
  }

  private info(id: string): BackupInfo | undefined {
    const m = NAME.exec(id);
    if (!m) return undefined;
    try {
      const file = join(this.dir, id);
      const b = parseCoordinatorBackup(JSON.parse(readFileSync(file, 'utf8')));
      return {
        id,
        createdAt: b.createdAt ?? statSync(file).mtime.toISOString(),
        reason: m[3] as BackupReason,
        devices: b.devices,
        panId: b.panId,
        extendedPanId: Buffer.from(b.extendedPanId).toString('hex'),
        channel: b.channel,
        sizeBytes: statSync(file).size,
      };
    } catch {
      return undefined; // unreadable files are not offered for restore
    }
  }

  private prune(): void {
    for (const old of this.list().slice(this.keep)) rmSync(join(this.dir, old.id), { force: true });
  }
}

/** The backups in `dir` whose file names match `name` (timestamped, so names sort by age), newest first. */
export function newestFirst<T>(dir: string, name: RegExp, info: (fileName: string) => T | undefined): T[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => name.test(n))
    .sort()
    .reverse()
    .map(info)
    .filter((b): b is T => b !== undefined);
}

/** Writes a file only its owner can read (backups hold network keys), also when it already existed. */
export function writePrivate(file: string, data: string | Uint8Array): void {
  writeFileSync(file, data, { mode: 0o600 });
  chmodSync(file, 0o600);
}
