// Over-the-air firmware update of a node: the file is read with zwave-js's own extractor (.bin, .hex, .gbl,
// .otz, .ota, ...) and sent fragment by fragment (Firmware Update Meta Data CC); progress and abort.
import { extractFirmware, FirmwareUpdateStatus, guessFirmwareFileFormat, type Firmware } from './zwavejs';
import type { FirmwareUpdateResult } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { FirmwareProgress, FirmwareUpdateOutcome } from '../../shared/integration';
import type { ZWaveContext } from './context';
import type { ZWaveFacets } from './facets';

export type { FirmwareProgress } from '../../shared/integration';

const STATUS_TEXT: Partial<Record<FirmwareUpdateStatus, string>> = {
  [FirmwareUpdateStatus.Error_Timeout]: 'The device stopped asking for the next part of the firmware (timeout). Move it closer to the stick and try again.',
  [FirmwareUpdateStatus.Error_Checksum]: 'The device found the firmware damaged (checksum error). Download the file again.',
  [FirmwareUpdateStatus.Error_TransmissionFailed]: 'The transfer failed. Try again, close to the stick.',
  [FirmwareUpdateStatus.Error_InvalidManufacturerID]: 'This firmware is for a different manufacturer\'s device.',
  [FirmwareUpdateStatus.Error_InvalidFirmwareID]: 'This firmware is for a different product.',
  [FirmwareUpdateStatus.Error_InvalidFirmwareTarget]: 'The device has no such firmware target.',
  [FirmwareUpdateStatus.Error_InvalidHeaderInformation]: 'The device rejected the file\'s header.',
  [FirmwareUpdateStatus.Error_InvalidHeaderFormat]: 'The device rejected the file\'s header format.',
  [FirmwareUpdateStatus.Error_InsufficientMemory]: 'The device does not have room for this firmware.',
  [FirmwareUpdateStatus.Error_InvalidHardwareVersion]: 'This firmware is for a different hardware version of the device.',
  [FirmwareUpdateStatus.OK_WaitingForActivation]: 'The firmware was transferred; the device installs it once it is activated.',
  [FirmwareUpdateStatus.OK_NoRestart]: 'The firmware was installed.',
  [FirmwareUpdateStatus.OK_RestartPending]: 'The firmware was installed; the device restarts now.',
  [FirmwareUpdateStatus.OK_RestartPending + 0]: 'The firmware was installed; the device restarts now.',
};

/** Nodes whose running update the user aborted (zwave-js ends it by sending a last, broken fragment). */
const aborted = new WeakMap<ZWaveContext, Set<number>>();
const abortedSet = (ctx: ZWaveContext) => aborted.get(ctx) ?? aborted.set(ctx, new Set()).get(ctx)!;

export async function readFirmwareFile(filename: string, data: Uint8Array<ArrayBuffer>): Promise<Firmware> {
  try {
    const format = guessFirmwareFileFormat(filename, data);
    return await extractFirmware(data, format);
  } catch (err) {
    throw new HearthError('BAD_REQUEST', `"${filename}" is not a firmware file Hearth can read: ${(err as Error).message}`, 'Use the file from the manufacturer (.bin, .hex, .gbl, .otz, .ota, .hec or .zip).');
  }
}

export async function updateFirmware(
  ctx: ZWaveContext,
  nodeId: number,
  file: { filename: string; data: Uint8Array<ArrayBuffer>; target?: number | undefined },
  onProgress: (p: FirmwareProgress) => void,
): Promise<Omit<FirmwareUpdateResult, 'deviceId' | 'firmwareVersion'> & { reInterview: boolean }> {
  const node = ctx.driver().controller.nodes.get(nodeId);
  if (!node) throw new HearthError('NOT_FOUND', `There is no node ${nodeId}.`);
  const fw = await readFirmwareFile(file.filename, file.data);
  if (file.target !== undefined) fw.firmwareTarget = file.target;
  let total = 0;
  let sent = 0;
  const onP = (p: { sentFragments: number; totalFragments: number; progress: number }) => {
    // zwave-js reports progress asynchronously; a late report must not move the bar backwards.
    if (p.sentFragments < sent) return;
    sent = p.sentFragments;
    total = p.totalFragments;
    onProgress({ sentFragments: p.sentFragments, totalFragments: p.totalFragments, percent: Math.max(0, Math.min(100, p.progress)) });
  };
  const listener = (_n: unknown, p: { sentFragments: number; totalFragments: number; progress: number }) => onP(p);
  node.on('firmware update progress', listener);
  abortedSet(ctx).delete(nodeId);
  try {
    const r = await node.updateFirmware([fw]);
    if (abortedSet(ctx).delete(nodeId) && !r.success) {
      return { reInterview: false, success: false, status: 'Aborted', reason: 'You cancelled the update. The device keeps its old firmware.' };
    }
    if (r.success && total > 0) onP({ sentFragments: total, totalFragments: total, progress: 100 });
    return {
      reInterview: r.reInterview,
      success: r.success,
      status: FirmwareUpdateStatus[r.status] ?? String(r.status),
      ...(r.waitTime !== undefined ? { waitTimeSeconds: r.waitTime } : {}),
      reason: r.success ? (STATUS_TEXT[r.status] ?? 'The firmware was installed.') : (STATUS_TEXT[r.status] ?? `The update failed (${FirmwareUpdateStatus[r.status] ?? r.status}).`),
    };
  } catch (err) {
    const msg = (err as Error).message;
    if (/abort/i.test(msg)) return { reInterview: false, success: false, status: 'Aborted', reason: 'You cancelled the update. The device keeps its old firmware.' };
    throw new HearthError('CONFLICT', `The firmware update could not start: ${msg}`, 'Check that the device is awake and supports updates, then try again.');
  } finally {
    node.off('firmware update progress', listener);
    sent = Number.POSITIVE_INFINITY;
  }
}

export async function abortFirmware(ctx: ZWaveContext, nodeId: number): Promise<void> {
  const node = ctx.driver().controller.nodes.get(nodeId);
  if (!node) throw new HearthError('NOT_FOUND', `There is no node ${nodeId}.`);
  abortedSet(ctx).add(nodeId);
  await node.abortFirmwareUpdate().catch(() => undefined);
}

/**
 * The firmware facet: sends the file, then waits until the device runs again (it restarts into the new firmware
 * after `waitTime`, and zwave-js asks it again what it runs) so the version it reports is the new one.
 */
export function firmwareFacet(ctx: ZWaveContext): ZWaveFacets['firmware'] {
  return {
    async update(nativeId, file, onProgress): Promise<FirmwareUpdateOutcome> {
      const nodeId = ctx.nodeIdOf(nativeId);
      if (file.data.length === 0) throw new HearthError('BAD_REQUEST', 'The firmware file is empty.', 'Pick the file again.');
      const { reInterview, ...r } = await updateFirmware(ctx, nodeId, file, onProgress);
      const node = ctx.driver().controller.nodes.get(nodeId);
      if (r.success && node) {
        if (!reInterview) void node.refreshInfo({ waitForWakeup: false }).catch(() => undefined);
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(t);
            node.off('ready', done);
            resolve();
          };
          const t = setTimeout(done, ((r.waitTimeSeconds ?? 0) + 60) * 1000);
          t.unref();
          node.once('ready', done);
        });
      }
      return { ...r, firmwareVersion: node?.firmwareVersion ?? null };
    },
    abort: (nativeId) => abortFirmware(ctx, ctx.nodeIdOf(nativeId)),
  };
}
