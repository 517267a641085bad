// Z-Wave: secure inclusion (and its three questions), exclusion, SmartStart, node maintenance (health check,
// routes, firmware, failed nodes), controller (NVM) backups, and the demo home's box labels.
import type { FirmwareUpdateResult, InclusionStrategy, OperationOf, ZWaveSecurityClass } from '../../shared/contract';
import { ApiError, type Client } from './client';
import { cancelOperation, failure, followOperation } from './operations';
import { cancelledText, uploadFile } from './uploads';

export const inclusionStatus = (c: Client) => c.call('zwave.inclusion.status', {});
export const startInclusion = (c: Client, strategy: InclusionStrategy) => c.call('zwave.inclusion.start', { strategy });
/** Stops listening, or cancels the flow at whatever stage it is. */
export const stopInclusion = (c: Client) => c.call('zwave.inclusion.stop', {});
export const grantSecurity = (c: Client, classes: ZWaveSecurityClass[], clientSideAuth: boolean) => c.call('zwave.inclusion.grant', { classes, clientSideAuth });
export const confirmPin = (c: Client, pin: string) => c.call('zwave.inclusion.pin', { pin });
export const answerS0 = (c: Client, allow: boolean) => c.call('zwave.inclusion.s0Consent', { allow });
export const startExclusion = (c: Client) => c.call('zwave.exclusion.start', {});
export const stopExclusion = (c: Client) => c.call('zwave.exclusion.stop', {});

export const parseSmartStart = (c: Client, qr: string) => c.call('zwave.smartStart.parse', { qr });
export const provisionSmartStart = (c: Client, entry: { qr: string; grantedClasses: ZWaveSecurityClass[]; name?: string; areaId?: string }) =>
  c.call('zwave.smartStart.provision', entry);
export const listProvisioning = (c: Client) => c.call('zwave.smartStart.list', {});
export const unprovision = (c: Client, dsk: string) => c.call('zwave.smartStart.unprovision', { dsk });

export const nodeStatus = (c: Client, deviceId: string) => c.call('zwave.node.status', { deviceId });
export const replaceFailedNode = (c: Client, deviceId: string, strategy: InclusionStrategy) => c.call('zwave.node.replaceFailed', { deviceId, strategy });
export const removeFailedNode = (c: Client, deviceId: string) => c.call('zwave.node.removeFailed', { deviceId });
export const checkNodeHealth = (c: Client, deviceId: string, rounds: number) => c.call('zwave.node.healthCheck', { deviceId, rounds });
export const cancelHealthCheck = (c: Client, deviceId: string) => c.call('zwave.node.healthCheck.cancel', { deviceId });
export const rebuildNodeRoutes = (c: Client, deviceId: string) => c.call('zwave.node.rebuildRoutes', { deviceId });
export const rebuildAllRoutes = (c: Client) => c.call('zwave.network.rebuildRoutes', {});
export const cancelRebuildRoutes = (c: Client) => c.call('zwave.network.rebuildRoutes.cancel', {});
export interface FirmwareSteps {
  /** The file is on its way to Hearth. */
  sent?(bytes: number, size: number): void;
  /** The update itself, as the operation reports it. */
  operation?(op: OperationOf<'zwave.firmwareUpdate'>): void;
  /** Abort: stops sending the file, or cancels the update once it runs (the device keeps its firmware). */
  signal?: AbortSignal;
}

/**
 * Sends the firmware file in pieces, starts the update (a long operation) and follows it to its end: the device's
 * answer (installed, refused with its reason, or cancelled), or the error when it could not even start.
 */
export async function updateNodeFirmware(c: Client, deviceId: string, file: Blob | Uint8Array<ArrayBuffer>, filename: string, steps: FirmwareSteps = {}): Promise<FirmwareUpdateResult> {
  const { signal } = steps;
  const uploadId = await uploadFile(c, 'firmware', file, filename, steps.sent, signal);
  if (signal?.aborted) {
    await c.call('uploads.cancel', { uploadId }).catch(() => undefined);
    throw new ApiError({ code: 'CANCELLED', message: cancelledText });
  }
  return followNodeFirmware(c, await c.call('zwave.node.firmware.update', { deviceId, uploadId }), steps);
}

/** Follows a started firmware update to its end (see updateNodeFirmware); `steps.signal` cancels it. */
export async function followNodeFirmware(c: Client, started: OperationOf<'zwave.firmwareUpdate'>, steps: Omit<FirmwareSteps, 'sent'> = {}): Promise<FirmwareUpdateResult> {
  const { signal } = steps;
  const cancel = () => void cancelOperation(c, started.id).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  const op = await followOperation(c, started, steps.operation).finally(() => signal?.removeEventListener('abort', cancel));
  if (op.result) return op.result;
  throw failure(op) ?? failure({ state: 'failed' })!;
}

/** The update of this device running now, if any: started in another window, or before this one was reloaded. */
export async function runningNodeFirmware(c: Client, deviceId: string): Promise<OperationOf<'zwave.firmwareUpdate'> | null> {
  const ops = await c.call('operations.list', {});
  return ops.find((o): o is OperationOf<'zwave.firmwareUpdate'> => o.kind === 'zwave.firmwareUpdate' && o.subject === deviceId && o.state === 'running') ?? null;
}
export const abortNodeFirmware = (c: Client, deviceId: string) => c.call('zwave.node.firmware.abort', { deviceId });

export const listNvmBackups = (c: Client) => c.call('zwave.nvm.list', {});
export const createNvmBackup = (c: Client) => c.call('zwave.nvm.backup', {});
/** `confirmGeneration`: the person agreed to convert a backup from another stick generation. */
export const restoreNvmBackup = (c: Client, id: string, confirmGeneration: boolean) => c.call('zwave.nvm.restore', { id, confirmGeneration });

/** Demo home only (elsewhere the call fails): the simulated devices' box labels. */
export const demoLabels = (c: Client) => c.call('zwave.demo.labels', {});
/** Demo home only: a simulated device breaks down, or works again. */
export const simulateFailure = (c: Client, deviceId: string, failed: boolean) => c.call('zwave.demo.fail', { deviceId, failed });
