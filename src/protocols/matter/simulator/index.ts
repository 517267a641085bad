// The Matter simulator's public face: virtual matter.js devices on loopback (the demo home's and the tests'),
// each with its own pairing code, state and fault switches.
export { VirtualMatterDevice } from './virtual-device';
export type { VirtualDeviceOptions, VirtualDevicePairing, VirtualDeviceState } from './virtual-device';
export type { VirtualDeviceKind } from './kinds';
export type { SimulatedNetwork } from './network-diagnostics';
export { DEMO_MATTER_DEVICES, startVirtualHome, stopVirtualHome } from './virtual-home';
export type { RunningVirtualDevice, VirtualHomeDevice } from './virtual-home';
