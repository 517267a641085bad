// The Zigbee simulator's public face: the Z-Stack (ZNP) coordinator emulator that zigbee-herdsman's real
// `zstack` adapter opens over tcp://127.0.0.1, its virtual devices, and the demo home built from them.
export { ZStackEmulator, type EmulatorOptions } from './emulator';
export { ZigbeeHome, HOME_DEVICE_KINDS, type HomeDeviceKind, type HomeDeviceSpec, type ZigbeeHomeOptions } from './home';
export type { NetworkParams } from './network-image';
export type { FrameFilter, Direction } from './server';
export { Subsystem, Af, Zdo as ZdoCmd } from './mt';
export { MsgType } from './unpi';
export { VirtualDevice, type DeviceMemory } from './virtual-device';
export * from './models';
