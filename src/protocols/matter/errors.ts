// Turns matter.js errors into HearthErrors a user can act on (code, plain-English message, next step).
import { HearthError } from '../../shared/errors';
import {
  AbortedError,
  CanceledError,
  ChannelStatusResponseError,
  CommissioningTimeoutError,
  DeviceAlreadyCommissionedToThisFabricError,
  DiscoveryError,
  MaximumCommissionedFabricsReachedError,
  NoResponseTimeoutError,
  OperativeConnectionFailedError,
  PeerCommunicationError,
  RetransmissionLimitReachedError,
  StatusResponseError,
  TimeoutError,
  UnexpectedDataError,
} from './matterjs';

/** Where in commissioning a failure happened; the same error means different things in different phases. */
export type CommissioningPhase = 'parse' | 'discover' | 'connect' | 'configure' | 'interview';

type ErrorClass = abstract new (...args: never[]) => Error;

/** The error, its causes and, for aggregates, every inner error. */
export function* errorChain(err: unknown, seen = new Set<unknown>()): Generator<unknown> {
  if (err === undefined || err === null || seen.has(err)) return;
  seen.add(err);
  yield err;
  if (typeof err === 'object') {
    const { cause, errors } = err as { cause?: unknown; errors?: unknown };
    yield* errorChain(cause, seen);
    if (Array.isArray(errors)) for (const inner of errors) yield* errorChain(inner, seen);
  }
}

export function causedBy(err: unknown, ...classes: ErrorClass[]): boolean {
  for (const e of errorChain(err)) if (classes.some((c) => e instanceof c)) return true;
  return false;
}

function technical(err: unknown): { error: string } {
  return { error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
}

const PAIRING_MODE = 'Make sure the device is powered and in pairing mode (for a device that was already set up, open a new pairing window from the app that controls it), then try again.';

export function commissioningError(err: unknown, phase: CommissioningPhase): HearthError {
  if (err instanceof HearthError) return err;
  const details = { phase, ...technical(err) };
  if (causedBy(err, CanceledError, AbortedError)) {
    return new HearthError('CANCELLED', 'Adding the device was cancelled.', undefined, details);
  }
  if (causedBy(err, MaximumCommissionedFabricsReachedError)) {
    return new HearthError(
      'CONFLICT',
      'This device is already connected to as many apps and hubs (Matter fabrics) as it supports.',
      'Remove the device from an app or hub you no longer use, then add it to Hearth again.',
      details,
    );
  }
  if (causedBy(err, DeviceAlreadyCommissionedToThisFabricError)) {
    return new HearthError('CONFLICT', 'This device is already added to Hearth.', undefined, details);
  }
  if (phase === 'discover' && causedBy(err, DiscoveryError, TimeoutError)) {
    return new HearthError(
      'TIMEOUT',
      'Hearth could not find a device with this pairing code on the network.',
      PAIRING_MODE,
      details,
    );
  }
  if (phase === 'connect') {
    if (causedBy(err, UnexpectedDataError, ChannelStatusResponseError)) {
      return new HearthError(
        'UNAUTHORIZED',
        'The device rejected the pairing code: it does not match this device.',
        'Check the code printed on the device or its box (or the new code from the other app) and try again.',
        details,
      );
    }
    if (causedBy(err, RetransmissionLimitReachedError, NoResponseTimeoutError, TimeoutError, PeerCommunicationError)) {
      return new HearthError('TIMEOUT', 'The device did not answer when Hearth tried to connect to it.', PAIRING_MODE, details);
    }
  }
  if (causedBy(err, OperativeConnectionFailedError)) {
    return new HearthError(
      'DEVICE_UNREACHABLE',
      'The device accepted Hearth but could not be reached on the network afterwards.',
      'Check that the device and this computer are on the same network, then try again.',
      details,
    );
  }
  if (causedBy(err, CommissioningTimeoutError, RetransmissionLimitReachedError, NoResponseTimeoutError, TimeoutError)) {
    return new HearthError('TIMEOUT', 'The device stopped answering while it was being set up.', PAIRING_MODE, details);
  }
  return new HearthError(
    'INTERNAL',
    'Hearth could not add this Matter device.',
    'Reset the device to factory settings and try again. If it keeps failing, create a support bundle in Diagnostics.',
    details,
  );
}

/** Errors from commands and reads on an already added device. */
export function operationError(err: unknown, what: string): HearthError {
  if (err instanceof HearthError) return err;
  const details = technical(err);
  if (causedBy(err, StatusResponseError)) {
    return new HearthError('UNSUPPORTED', `The device refused to ${what}.`, 'The value may be out of range for this device.', details);
  }
  if (causedBy(err, RetransmissionLimitReachedError, NoResponseTimeoutError, TimeoutError, PeerCommunicationError)) {
    return new HearthError(
      'DEVICE_UNREACHABLE',
      `The device did not answer, so Hearth could not ${what}.`,
      'Check that the device has power and is in range, then try again.',
      details,
    );
  }
  return new HearthError('INTERNAL', `Hearth could not ${what}.`, 'Try again. If it keeps happening, create a support bundle in Diagnostics.', details);
}
