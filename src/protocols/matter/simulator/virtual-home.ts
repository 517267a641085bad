// The demo home's Matter devices: one of each virtual kind, in one folder, on fixed loopback ports. The core's
// demo mode starts this next to a MatterAdapter and commissions each device by its pairing code (and address).
import { join } from 'node:path';
import { VirtualMatterDevice } from './virtual-device';
import type { VirtualDevicePairing } from './virtual-device';
import type { VirtualDeviceKind } from './kinds';
import type { SimulatedNetwork } from './network-diagnostics';

export interface VirtualHomeDevice {
  id: string;
  kind: VirtualDeviceKind;
  label: string;
  /** Suggested room for the demo home ("Living room"...). */
  area: string;
  /** Network the device pretends to be on (see network-diagnostics.ts). */
  network?: SimulatedNetwork;
  /** Pairing data of its own (default: the kind's fixed test passcode / discriminator). */
  passcode?: number;
  discriminator?: number;
}

export const DEMO_MATTER_DEVICES: readonly VirtualHomeDevice[] = [
  { id: 'living-lamp', kind: 'dimmableLight', label: 'Floor lamp', area: 'Living room', network: 'wifi' },
  { id: 'kitchen-light', kind: 'colorTemperatureLight', label: 'Kitchen ceiling', area: 'Kitchen', network: 'thread' },
  { id: 'porch-light', kind: 'onOffLight', label: 'Porch light', area: 'Entrance', network: 'ethernet' },
  { id: 'hall-thermostat', kind: 'thermostat', label: 'Hall thermostat', area: 'Hall', network: 'thread' },
  { id: 'front-door', kind: 'contactSensor', label: 'Front door', area: 'Entrance', network: 'thread' },
];

export interface RunningVirtualDevice extends VirtualHomeDevice {
  pairing: VirtualDevicePairing;
  address: { ip: string; port: number };
  device: VirtualMatterDevice;
}

/**
 * Starts the devices with storage under `dir` (one subfolder each) on ports basePort, basePort+1, ... (0: any free
 * port). Devices keep their fabrics across restarts, like real ones; delete `dir` to factory-reset the demo.
 */
export async function startVirtualHome(
  dir: string,
  options: { basePort?: number; devices?: readonly VirtualHomeDevice[] } = {},
): Promise<RunningVirtualDevice[]> {
  const running: RunningVirtualDevice[] = [];
  const specs = options.devices ?? DEMO_MATTER_DEVICES;
  try {
    for (const [i, spec] of specs.entries()) {
      const device = await VirtualMatterDevice.start({
        kind: spec.kind,
        id: spec.id,
        label: spec.label,
        storage: join(dir, spec.id),
        port: options.basePort ? options.basePort + i : 0,
        ...(spec.network ? { network: spec.network } : {}),
        ...(spec.passcode !== undefined ? { passcode: spec.passcode } : {}),
        ...(spec.discriminator !== undefined ? { discriminator: spec.discriminator } : {}),
      });
      running.push({ ...spec, pairing: device.pairing, address: device.address, device });
    }
  } catch (err) {
    await stopVirtualHome(running);
    throw err;
  }
  return running;
}

export async function stopVirtualHome(devices: readonly RunningVirtualDevice[]): Promise<void> {
  for (const d of devices) await d.device.stop().catch(() => undefined);
}
