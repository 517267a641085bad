// Adding a Matter device over Bluetooth LE (a device that is on no network yet). Hearth does not ship matter.js's
// BLE package (@matter/nodejs-ble, which needs a native Bluetooth library); this says, in plain words, whether BLE
// commissioning is possible on this computer and why not, so the UI can point to the share path instead.
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

export function bluetoothAvailability(adapters = bluetoothAdapters()): BluetoothAvailability {
  if (adapters !== undefined && adapters.length === 0) {
    return {
      available: false,
      reason: 'This computer has no Bluetooth, so Hearth cannot set up a brand-new device over Bluetooth.',
    };
  }
  return {
    available: false,
    reason: 'Hearth cannot set up a brand-new device over Bluetooth yet.',
  };
}
