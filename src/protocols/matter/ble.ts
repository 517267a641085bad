// Adding a Matter device over Bluetooth LE (a device that is on no network yet) is not available in this version.
// matter.js does it with its BLE package, @matter/nodejs-ble, but that package has no release for the matter.js
// Hearth runs (@matter/main 0.17.9): its newest release, 0.15.6, depends on @matter/general, @matter/protocol and
// @matter/types 0.15.6, and the only other is a 0.16 alpha (checked with `npm view @matter/nodejs-ble`, 2026-12-05).
// Installing it would put a second, older Matter stack beside ours, so Hearth does not. This file says, in plain
// words, why a brand-new device cannot be added over Bluetooth here and what to do instead: the share path (another
// Matter app adds the device, then shares it with Hearth with a pairing code).
import { readdirSync } from 'node:fs';

export interface BluetoothAvailability {
  available: boolean;
  reason: string;
}

/** Bluetooth adapters the OS knows (Linux: /sys/class/bluetooth); undefined where it cannot tell. */
export function bluetoothAdapters(dir = '/sys/class/bluetooth'): string[] | undefined {
  if (process.platform !== 'linux') return undefined;
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const SHARE_PATH = 'Set a brand-new device up with your other app first, then share it with Hearth.';

export function bluetoothAvailability(adapters = bluetoothAdapters()): BluetoothAvailability {
  if (adapters !== undefined && adapters.length === 0) {
    return {
      available: false,
      reason: `This computer has no Bluetooth, so Hearth cannot set up a brand-new device over Bluetooth. ${SHARE_PATH}`,
    };
  }
  return {
    available: false,
    reason:
      'Adding a brand-new device over Bluetooth is not available in this version of Hearth. Add it with your other ' +
      'Matter app (such as Apple Home, Google Home or SmartThings) first, then share it from that app and enter the code it shows here.',
  };
}
