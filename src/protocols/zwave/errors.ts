// zwave-js failures as HearthErrors with a plain-English message and what to do next.
import { SetValueStatus, ZWaveError, ZWaveErrorCodes, type ZWaveNode } from './zwavejs';
import { HearthError } from '../../shared/errors';

/** Why the stick at `port` could not be opened. */
export function startError(err: unknown, port: string): HearthError {
  if (err instanceof HearthError) return err;
  const msg = err instanceof Error ? err.message : String(err);
  if (/EACCES|permission denied/i.test(msg)) {
    return new HearthError('RADIO_UNAVAILABLE', `Hearth may not open ${port}.`, 'Add your user to the "dialout" group (Linux) and log in again.', undefined, 'serial-permissions');
  }
  if (/EBUSY|locked|in use/i.test(msg)) {
    return new HearthError('RADIO_UNAVAILABLE', `${port} is in use by another program.`, 'Close other Z-Wave software (Z-Wave JS UI, Home Assistant) and try again.');
  }
  if (/ENOENT|No such file|cannot open|Failed to open/i.test(msg)) {
    return new HearthError('RADIO_UNAVAILABLE', `No Z-Wave stick found at ${port}.`, 'Plug the stick in, or pick its port in Settings → Radios.', undefined, 'stick-not-found');
  }
  return new HearthError('RADIO_UNAVAILABLE', `The Z-Wave stick at ${port} could not be started: ${msg}`, 'Check the stick and its port in Settings → Radios.');
}

export function startTimeout(port: string): HearthError {
  return new HearthError('TIMEOUT', `The Z-Wave stick at ${port} did not answer in time.`, 'Check that this port really is a Z-Wave stick.');
}

/** zwave-js gave up on the driver (the stick stopped answering). */
export function isDriverFailure(err: unknown): boolean {
  return err instanceof ZWaveError && err.code === ZWaveErrorCodes.Driver_Failed;
}

export function notRunning(): HearthError {
  return new HearthError('RADIO_UNAVAILABLE', 'The Z-Wave stick is not running.', 'Check the stick in Settings → Radios, or restart Hearth.');
}

export function noSuchNode(nodeId: number): HearthError {
  return new HearthError('NOT_FOUND', `There is no node ${nodeId} in the Z-Wave network.`, 'Refresh the device list.');
}

export function otherNetwork(): HearthError {
  return new HearthError('NOT_FOUND', 'That device belongs to another Z-Wave network.', 'Remove it from Hearth.');
}

/** A set that did not reach the device. */
export function unreachable(nodeId: number, err: unknown): HearthError {
  return new HearthError('DEVICE_UNREACHABLE', `Z-Wave node ${nodeId} could not be reached: ${(err as Error).message}`, 'Check that the device has power and is in range.', undefined, 'device-offline');
}

/** What zwave-js's answer to a set means; undefined when the device took it. */
type SetValueResult = Awaited<ReturnType<ZWaveNode['setValue']>>;

export function setValueError(result: SetValueResult): HearthError | undefined {
  const detail = 'message' in result && result.message ? result.message : undefined;
  switch (result.status) {
    case SetValueStatus.Success:
    case SetValueStatus.SuccessUnsupervised:
    case SetValueStatus.Working:
      return undefined;
    case SetValueStatus.InvalidValue:
      return new HearthError('BAD_REQUEST', `The device refused that value${detail ? `: ${detail}` : ''}.`);
    case SetValueStatus.NoDeviceSupport:
    case SetValueStatus.NotImplemented:
      return new HearthError('UNSUPPORTED', 'The device does not support that command.');
    default:
      return new HearthError('DEVICE_UNREACHABLE', `The device did not confirm the command${detail ? ` (${detail})` : ''}.`, 'Check that it has power and is in range, then try again.');
  }
}
