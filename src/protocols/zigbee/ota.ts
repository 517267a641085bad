// Firmware update check over the air (ZCL OTA Upgrade cluster): the device says which image it runs,
// a local index (zigbee-OTA format) says what is available. Hearth never downloads an index itself.
import { existsSync } from 'node:fs';
import type { Models } from './herdsman';
import type { FirmwareCheck } from '../../shared/integration';
import { HearthError } from '../../shared/errors';
import type { Definition } from './mapping/converters';
import { describeError } from './errors';

export interface OtaOptions {
  /** Absolute path of a local OTA index JSON. */
  indexPath?: string | undefined;
}

const version = (v: number | undefined) => (v === undefined ? null : `0x${v.toString(16).padStart(8, '0')}`);

export async function checkFirmware(device: Models.Device, definition: Definition | undefined, opts: OtaOptions): Promise<FirmwareCheck> {
  if (!definition?.ota) {
    return { updateAvailable: false, current: device.softwareBuildID ?? null, available: null, message: 'This model does not get firmware updates over Zigbee.' };
  }
  if (!device.endpoints.some((e) => e.supportsOutputCluster('genOta'))) {
    return { updateAvailable: false, current: device.softwareBuildID ?? null, available: null, message: 'This device does not offer firmware updates over the air.' };
  }
  if (!opts.indexPath || !existsSync(opts.indexPath)) {
    throw new HearthError(
      'UNSUPPORTED',
      'No firmware list is set up, so Hearth cannot tell whether an update exists.',
      'Save a firmware index (zigbee-OTA format) and set it in Settings → Radios → Zigbee → Firmware index.',
    );
  }
  let result;
  try {
    result = await device.checkOta({ url: opts.indexPath }, undefined, {});
  } catch (e) {
    throw new HearthError('DEVICE_UNREACHABLE', 'The device did not say which firmware it runs.', 'Wake it (press a button) or check that it is powered, then try again.', {
      detail: describeError(e),
    });
  }
  const current = version(result.current.fileVersion);
  const available = version(result.availableMeta?.fileVersion);
  return {
    updateAvailable: result.available,
    current,
    available,
    message: result.available ? `Firmware ${available} is available (running ${current}).` : `Up to date (running ${current}).`,
  };
}
