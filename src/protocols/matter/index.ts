// Public surface of Hearth's Matter support. Everything exported here deals in plain values only.
export { MatterAdapter } from './adapter';
export type { CommissioningEvent, MatterAdapterOptions, MatterEvent } from './adapter';
export type { CommissionRequest, CommissioningStep } from './commissioning';
export type { CommissioningWindow } from './commissioning-window';
export type { FabricEntry, FabricList } from './fabrics';
export type { NetworkInfo, Transport } from './network-info';
export { directoryVault, memoryVault } from './vault';
export type { MatterVault, VaultCipher } from './vault';
export { formatManualCode, parsePairingCode } from './pairing-code';
export type { PairingInfo } from './pairing-code';
export { configureMatterLogging } from './logging';
export type { MatterLogLevel, MatterLogLine } from './logging';
export { checkLoopbackOnlyNamespace } from './loopback-namespace';
export { VirtualMatterDevice } from './simulator/virtual-device';
export type { VirtualDeviceOptions, VirtualDevicePairing, VirtualDeviceState } from './simulator/virtual-device';
export type { VirtualDeviceKind } from './simulator/kinds';
export { DEMO_MATTER_DEVICES, startVirtualHome, stopVirtualHome } from './simulator/virtual-home';
export type { RunningVirtualDevice, VirtualHomeDevice } from './simulator/virtual-home';
