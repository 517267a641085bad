// The one interface every radio stack implements (src/protocols/<stack>/adapter.ts).
// Adapters translate their library's objects into these plain values; library objects never leak past them.
import type { Capability, CapabilityValue, DeviceHealth, Protocol } from './model';

/** A device as its adapter knows it. `nativeId` is unique within the adapter (node id, IEEE address, ...). */
export interface AdapterDevice {
  nativeId: string;
  /** Name the device itself carries (Z-Wave Node Naming, Matter NodeLabel...), if any. */
  suggestedName: string | null;
  /** Location the device itself carries, if any. */
  suggestedArea: string | null;
  manufacturer: string;
  model: string;
  firmware: string | null;
  capabilities: Capability[];
  state: Record<string, CapabilityValue>;
  health: DeviceHealth;
}

export type AdapterStatus =
  | { state: 'stopped' }
  | { state: 'starting'; detail?: string }
  | { state: 'ready'; detail?: string }
  | { state: 'failed'; message: string; next?: string };

export type AdapterEvent =
  /** A device appeared or its description changed (e.g. after an interview). */
  | { type: 'device'; device: AdapterDevice }
  | { type: 'deviceRemoved'; nativeId: string }
  | { type: 'state'; nativeId: string; capabilityId: string; value: CapabilityValue; at: number }
  | { type: 'health'; nativeId: string; health: DeviceHealth }
  | { type: 'status'; status: AdapterStatus };

export type AdapterListener = (event: AdapterEvent) => void;

export interface ProtocolAdapter {
  readonly protocol: Protocol;
  /** Human-readable description of what this adapter talks to ("Demo home (simulated Z-Wave controller)", "/dev/ttyUSB0"). */
  readonly label: string;
  /** Opens the radio and interviews known devices. Rejects with a HearthError when the radio cannot be used. */
  start(): Promise<void>;
  stop(): Promise<void>;
  status(): AdapterStatus;
  devices(): AdapterDevice[];
  /** Sends a command; resolves when the radio accepted it. The new state arrives later as a `state` event. */
  command(nativeId: string, capabilityId: string, value: CapabilityValue): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(listener: AdapterListener): () => void;
}
