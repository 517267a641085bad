// Z-Wave controller backups on disk: the raw NVM image (`nvm-<time>.nvm`, 0600) with a small JSON beside it
// saying where it came from (stick generation, SDK, model, home id, node count). Newest first; the oldest
// are dropped beyond `keep`. The images hold the network's node table, no personal data.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { NvmBackupInfo } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { NvmMeta } from '../../protocols/zwave/nvm';
import { newestFirst, writePrivate } from './backups';

const NAME = /^nvm-(\d{8}T\d{9}Z)(?:-(\d+))?\.nvm$/;
const Meta = NvmBackupInfo.pick({ generation: true, sdkVersion: true, stickModel: true, homeId: true, nodes: true, createdAt: true });

export class NvmStore {
  constructor(
    readonly dir: string,
    private readonly keep = 10,
    private readonly now: () => number = Date.now,
  ) {}

  save(data: Uint8Array, meta: NvmMeta): NvmBackupInfo {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const createdAt = new Date(this.now()).toISOString();
    const stamp = createdAt.replace(/[-:.]/g, '');
    let id = `nvm-${stamp}.nvm`;
    for (let n = 1; existsSync(join(this.dir, id)); n++) id = `nvm-${stamp}-${n}.nvm`;
    const file = join(this.dir, id);
    writePrivate(file, data);
    writePrivate(`${file}.json`, JSON.stringify({ ...meta, createdAt }));
    this.#prune();
    return this.info(id)!;
  }

  list(): NvmBackupInfo[] {
    return newestFirst(this.dir, NAME, (n) => this.info(n));
  }

  info(id: string): NvmBackupInfo | undefined {
    if (!NAME.test(id)) return undefined;
    const file = join(this.dir, id);
    try {
      const meta = Meta.parse(JSON.parse(readFileSync(`${file}.json`, 'utf8')) as unknown);
      return { id, ...meta, sizeBytes: statSync(file).size };
    } catch {
      return undefined;
    }
  }

  read(id: string): { data: Uint8Array<ArrayBuffer>; info: NvmBackupInfo } {
    const info = this.info(id);
    if (!info) throw new HearthError('NOT_FOUND', 'That Z-Wave backup no longer exists.', 'Pick one from the list.');
    return { data: new Uint8Array(readFileSync(join(this.dir, id))), info };
  }

  #prune(): void {
    for (const b of this.list().slice(this.keep)) {
      rmSync(join(this.dir, b.id), { force: true });
      rmSync(join(this.dir, `${b.id}.json`), { force: true });
    }
  }
}
