// The second import point of Hearth's Matter support: what the core needs before (or without) running a Matter
// controller — the controller's vault on disk, the home network's interfaces, whether Bluetooth is there. Nothing
// here loads matter.js, so a home without Matter starts without it; index.ts (the stack itself) is imported only
// when the stack starts.
export { directoryVault, memoryVault } from './vault';
export type { MatterVault, VaultCipher } from './vault';
export { listInterfaces as listHomeNetworkInterfaces } from './home-network';
export type { HomeInterface, MatterNetworkScope } from './home-network';
export { bluetoothAvailability } from './ble';
export type { BluetoothAvailability } from './ble';
