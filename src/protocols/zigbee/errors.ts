// Turns zigbee-herdsman failures into HearthErrors a person can act on.
import { HearthError } from '../../shared/errors';

// herdsman's wording: DataConfirmError, MAC/NWK status names, and waitress time-outs ("Timeout after 10000ms").
const UNREACHABLE = /Data request failed|NWK_NO_ROUTE|MAC_NO_ACK|MAC_TRANSACTION_EXPIRED|Timeout after \d+ ?ms|after \d+ ?ms/;
const COORDINATOR_RESET = /AF - dataRequest.*INVALID_PARAM/;

export function describeError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function commandError(deviceName: string, e: unknown): HearthError {
  if (e instanceof HearthError) return e;
  const detail = describeError(e);
  if (COORDINATOR_RESET.test(detail)) {
    // Z-Stack refuses data requests from endpoints it does not know: it restarted and lost the
    // endpoint registrations herdsman made at start-up (herdsman ignores SYS_RESET_IND).
    return new HearthError('RADIO_UNAVAILABLE', 'The Zigbee adapter restarted unexpectedly and lost its settings.', 'Restart the Zigbee radio in Settings → Radios.', { detail });
  }
  if (UNREACHABLE.test(detail)) {
    return new HearthError(
      'DEVICE_UNREACHABLE',
      `${deviceName} did not respond.`,
      'Check that it has power and is within range of the Zigbee adapter or another mains-powered Zigbee device, then try again.',
      { detail },
    );
  }
  if (/Cannot request when znp has not been initialized|not started|disconnected|closed/i.test(detail)) {
    return new HearthError('RADIO_UNAVAILABLE', 'The Zigbee adapter is not connected.', 'Reconnect the Zigbee adapter, then restart the Zigbee radio in Settings → Radios.', { detail });
  }
  return new HearthError('INTERNAL', `Hearth could not send the command to ${deviceName}.`, 'Try again. If it keeps failing, open Diagnostics and create a support bundle.', { detail });
}

export function startError(path: string, e: unknown): HearthError {
  const detail = describeError(e);
  if (/configuration-adapter mismatch/i.test(detail)) {
    return new HearthError(
      'RADIO_UNAVAILABLE',
      'The Zigbee adapter holds a different network than Hearth expects.',
      'Restore Hearth\'s network settings, or remove the coordinator backup in the Zigbee data folder to create a new network (devices will need to pair again).',
      { detail },
    );
  }
  return new HearthError(
    'RADIO_UNAVAILABLE',
    `Hearth could not start the Zigbee adapter at ${path}.`,
    'Check that the adapter is plugged in, that the port and adapter type in Settings → Radios are right, and that no other program is using it.',
    { detail },
  );
}
