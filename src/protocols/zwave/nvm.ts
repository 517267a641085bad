// Backup and restore of the controller's NVM (its network memory: home id, node table, routes). zwave-js
// reads it raw; restoring converts between stick generations where needed (500 ↔ 700/800 series), which
// Hearth only does after the user confirmed the warning.
import { migrateNVM, nvm500ToJSON, nvmToJSON } from './zwavejs';
import type { NvmBackupInfo } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { BackupMeta, BackupsFacet } from '../../shared/integration';
import type { ZWaveContext } from './context';

export type Generation = NvmBackupInfo['generation'];

export interface NvmMeta {
  generation: Generation;
  sdkVersion: string | null;
  stickModel: string | null;
  homeId: string | null;
  nodes: number;
}

/** The stick's generation from its chip type, else its SDK version (6.x = 500 series, 7.x = 700/800). */
export function stickGeneration(chipType: unknown, sdkVersion: string | undefined): Generation {
  const chip = typeof chipType === 'string' ? chipType : '';
  if (/ZG2[3-8]|ZGM23|800/i.test(chip)) return '800';
  if (/ZG1[34]|ZGM130|700/i.test(chip)) return '700';
  if (/ZW050|500/i.test(chip)) return '500';
  const major = Number(sdkVersion?.split('.')[0]);
  if (Number.isFinite(major) && major > 0) return major >= 7 ? '700' : '500';
  return 'unknown';
}

const series = (g: Generation) => (g === '500' ? '500' : g === 'unknown' ? 'unknown' : '700/800');

export function stickMeta(ctx: ZWaveContext): Omit<NvmMeta, 'nodes' | 'homeId'> & { homeId: string | null } {
  const c = ctx.driver().controller;
  const chip = c.zwaveChipType;
  const chipName = typeof chip === 'string' ? chip : chip ? `chip 0x${chip.type.toString(16)}/${chip.version}` : null;
  const model = [c.manufacturerId !== undefined ? ctx.driver().lookupManufacturer(c.manufacturerId) : undefined, chipName].filter(Boolean).join(' ');
  return {
    generation: stickGeneration(chip, c.sdkVersion),
    sdkVersion: c.sdkVersion ?? null,
    stickModel: model || null,
    homeId: c.homeId !== undefined ? c.homeId.toString(16).padStart(8, '0') : null,
  };
}

/** What an NVM image is: 700/800-series NVM3 or 500-series, with its home id and node count. */
export async function describeNvm(data: Uint8Array<ArrayBuffer>): Promise<Pick<NvmMeta, 'generation' | 'homeId' | 'nodes'> & { sdkVersion: string | null }> {
  try {
    const j = await nvmToJSON(data);
    return { generation: '700', homeId: j.controller.homeId.replace(/^0x/, ''), nodes: Object.keys(j.nodes).length, sdkVersion: j.controller.applicationVersion };
  } catch {
    try {
      const j = await nvm500ToJSON(data);
      return { generation: '500', homeId: (j.controller.learnedHomeId ?? j.controller.ownHomeId).replace(/^0x/, ''), nodes: Object.keys(j.nodes).length, sdkVersion: j.controller.protocolVersion };
    } catch {
      throw new HearthError('BAD_REQUEST', 'This file is not a Z-Wave controller backup Hearth can read.', 'Pick another backup.');
    }
  }
}

export async function backupNvm(ctx: ZWaveContext, onProgress: (done: number, total: number) => void): Promise<{ data: Uint8Array<ArrayBuffer>; meta: NvmMeta }> {
  const stick = stickMeta(ctx);
  const raw = await ctx
    .driver()
    .controller.backupNVMRaw(onProgress)
    .catch((err: unknown) => {
      throw new HearthError('RADIO_UNAVAILABLE', `The stick's memory could not be read: ${(err as Error).message}`, 'Try again; if it keeps failing, restart Hearth.');
    });
  const data = new Uint8Array(raw);
  const found = await describeNvm(data).catch(() => undefined);
  return { data, meta: { ...stick, ...(found ? { homeId: found.homeId, nodes: found.nodes } : { nodes: 0 }) } };
}

/** Plain-English warning for restoring a backup of another generation, or null when it matches. */
export function generationWarning(backup: Generation, stick: Generation): string | null {
  if (backup === 'unknown' || stick === 'unknown' || series(backup) === series(stick)) return null;
  return (
    `This backup comes from a ${series(backup)}-series stick, but the stick plugged in is a ${series(stick)}-series stick. ` +
    'Hearth (zwave-js) can convert the network memory between them, but some information may not survive (for example routes and ' +
    'application data), devices may need a route rebuild, and there is no way back other than restoring a backup of this stick. ' +
    'Keep the old stick unplugged afterwards: two sticks with the same network confuse every device.'
  );
}

/**
 * Writes a backup to the stick: converted first when it comes from another generation (zwave-js's NVM
 * converter, migrating into the layout the stick has now), then written raw. zwave-js destroys its driver
 * afterwards; the caller starts a new one (ZWaveAdapter.restartAfter).
 */
export async function restoreNvm(
  ctx: ZWaveContext,
  data: Uint8Array<ArrayBuffer>,
  convert: boolean,
  onProgress: (operation: 'convert' | 'restore', done: number, total: number) => void,
): Promise<void> {
  const c = ctx.driver().controller;
  let image: Uint8Array<ArrayBuffer> = data;
  if (convert) {
    try {
      const current = await c.backupNVMRaw((done, total) => onProgress('convert', done / 2, total));
      image = new Uint8Array(await migrateNVM(data, current));
      onProgress('convert', 1, 1);
    } catch (err) {
      throw new HearthError('BAD_REQUEST', `The backup could not be converted for this stick: ${(err as Error).message}`, 'The stick keeps what it had. Restore a backup made with a stick of this generation.');
    }
  }
  await c.restoreNVMRaw(image, (done, total) => onProgress('restore', done, total)).catch((err: unknown) => {
    throw new HearthError('RADIO_UNAVAILABLE', `The backup could not be written to the stick: ${(err as Error).message}`, 'Try again, or restore another backup.');
  });
}

const metaOf = (m: Pick<NvmMeta, 'generation' | 'homeId' | 'nodes'> & { sdkVersion: string | null; stickModel?: string | null }): BackupMeta => ({
  createdAt: null,
  devices: m.nodes,
  facts: { generation: m.generation, sdkVersion: m.sdkVersion, stickModel: m.stickModel ?? null, homeId: m.homeId },
});

/**
 * Controller backups as the generic backups facet: the raw NVM image, described by what is in it. A restore of
 * another generation's image converts it, only once the user confirmed the warning; the driver restarts after.
 * One backup or restore at a time.
 */
export function nvmBackups(ctx: ZWaveContext, restartAfter: <T>(work: () => Promise<T>) => Promise<T>): BackupsFacet {
  let busy = false;
  const exclusive = async <T>(work: () => Promise<T>): Promise<T> => {
    if (busy) throw new HearthError('CONFLICT', 'A Z-Wave backup or restore is already running.', 'Wait for it to finish.');
    busy = true;
    try {
      return await work();
    } finally {
      busy = false;
    }
  };
  return {
    file: { prefix: 'nvm', extension: 'nvm' },
    create: (onProgress) =>
      exclusive(async () => {
        const { data, meta } = await backupNvm(ctx, (done, total) => onProgress?.({ operation: 'backup', done, total }));
        return { data, meta: metaOf(meta) };
      }),
    describe: async (data) => metaOf(await describeNvm(data)),
    async restore(data, opts) {
      const stick = stickMeta(ctx);
      const actual = await describeNvm(data);
      const warning = generationWarning(actual.generation, stick.generation);
      if (warning && !opts.confirmed) {
        throw new HearthError('CONFLICT', warning, 'Read the warning, then confirm to convert and restore anyway.', { backupGeneration: actual.generation, stickGeneration: stick.generation });
      }
      return exclusive(async () => {
        let converted = !!warning;
        await restartAfter(() =>
          restoreNvm(ctx, data, !!warning, (operation, done, total) => {
            if (operation === 'convert') converted = true;
            opts.onProgress?.({ operation, done, total });
          }),
        );
        return { converted };
      });
    },
  };
}
