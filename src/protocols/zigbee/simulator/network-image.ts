// What a formed Z-Stack 3.x.0 coordinator keeps in NV: the NIB (nwkIB_t, packed/unaligned as on
// CC26x2 NVOCMP builds), key descriptors, security tables. Used to seed an emulator that already
// has a network and to "form" one when the host asks for commissioning.
import { ieeeFromWire, ieeeToWire } from './bytes';
import { NvExId, NvId, NvSys } from './mt';
import type { NvStore } from './nv';

export interface NetworkParams {
  panId: number;
  /** 8 bytes, most significant first (as zigbee-herdsman's `extendedPanID` option). */
  extendedPanId: Uint8Array;
  channel: number;
  networkKey: Uint8Array;
}

type Field = readonly [name: string, size: 1 | 2 | 4 | 8 | 17];
/** nwkIB_t field order (Z-Stack 3.0.x nwk.h). 8-byte fields are stored LSB first. */
const NIB_LAYOUT: readonly Field[] = [
  ['SequenceNum', 1], ['PassiveAckTimeout', 1], ['MaxBroadcastRetries', 1], ['MaxChildren', 1], ['MaxDepth', 1],
  ['MaxRouters', 1], ['dummyNeighborTable', 1], ['BroadcastDeliveryTime', 1], ['ReportConstantCost', 1],
  ['RouteDiscRetries', 1], ['dummyRoutingTable', 1], ['SecureAllFrames', 1], ['SecurityLevel', 1], ['SymLink', 1],
  ['CapabilityFlags', 1], ['TransactionPersistenceTime', 2], ['nwkProtocolVersion', 1], ['RouteDiscoveryTime', 1],
  ['RouteExpiryTime', 1], ['nwkDevAddress', 2], ['nwkLogicalChannel', 1], ['nwkCoordAddress', 2],
  ['nwkCoordExtAddress', 8], ['nwkPanId', 2], ['nwkState', 1], ['channelList', 4], ['beaconOrder', 1],
  ['superFrameOrder', 1], ['scanDuration', 1], ['battLifeExt', 1], ['allocatedRouterAddresses', 4],
  ['allocatedEndDeviceAddresses', 4], ['nodeDepth', 1], ['extendedPANID', 8], ['nwkKeyLoaded', 1], ['spare1', 17],
  ['spare2', 17], ['spare3', 1], ['spare4', 1], ['nwkLinkStatusPeriod', 1], ['nwkRouterAgeLimit', 1],
  ['nwkUseMultiCast', 1], ['nwkIsConcentrator', 1], ['nwkConcentratorDiscoveryTime', 1], ['nwkConcentratorRadius', 1],
  ['nwkAllFresh', 1], ['nwkManagerAddr', 2], ['nwkTotalTransmissions', 2], ['nwkUpdateId', 1],
];

function offsetOf(name: string): number {
  let off = 0;
  for (const [n, size] of NIB_LAYOUT) {
    if (n === name) return off;
    off += size;
  }
  throw new Error(`no NIB field ${name}`);
}

export const NIB_LENGTH = NIB_LAYOUT.reduce((n, [, size]) => n + size, 0);

const NIB_DEFAULTS: Record<string, number> = {
  PassiveAckTimeout: 5, MaxBroadcastRetries: 2, MaxChildren: 20, MaxDepth: 15, MaxRouters: 20,
  BroadcastDeliveryTime: 30, SecureAllFrames: 1, SecurityLevel: 5, SymLink: 1, CapabilityFlags: 0x8f,
  TransactionPersistenceTime: 7, nwkProtocolVersion: 2, RouteDiscoveryTime: 5, RouteExpiryTime: 30, nwkState: 9,
  beaconOrder: 15, superFrameOrder: 15, scanDuration: 4, allocatedRouterAddresses: 1, allocatedEndDeviceAddresses: 1,
  nwkKeyLoaded: 1, nwkLinkStatusPeriod: 60, nwkRouterAgeLimit: 3, nwkIsConcentrator: 1,
  nwkConcentratorDiscoveryTime: 120, nwkConcentratorRadius: 10, nwkAllFresh: 1,
};

export function channelMask(channel: number): number {
  return (1 << channel) >>> 0;
}

export function buildNib(p: NetworkParams): Buffer {
  const nib = Buffer.alloc(NIB_LENGTH);
  let off = 0;
  for (const [name, size] of NIB_LAYOUT) {
    const v = NIB_DEFAULTS[name] ?? 0;
    if (size === 1) nib.writeUInt8(v, off);
    else if (size === 2) nib.writeUInt16LE(v, off);
    else if (size === 4) nib.writeUInt32LE(v, off);
    off += size;
  }
  nib.writeUInt8(p.channel, offsetOf('nwkLogicalChannel'));
  nib.writeUInt16LE(p.panId, offsetOf('nwkPanId'));
  nib.writeUInt32LE(channelMask(p.channel), offsetOf('channelList'));
  Buffer.from(p.extendedPanId).reverse().copy(nib, offsetOf('extendedPANID'));
  return nib;
}

export interface NibInfo {
  panId: number;
  channel: number;
  channelList: number;
  /** Most significant first, "0x…" form. */
  extendedPanId: string;
}

export function readNib(nib: Buffer): NibInfo | undefined {
  if (nib.length < NIB_LENGTH) return undefined;
  return {
    panId: nib.readUInt16LE(offsetOf('nwkPanId')),
    channel: nib.readUInt8(offsetOf('nwkLogicalChannel')),
    channelList: nib.readUInt32LE(offsetOf('channelList')),
    extendedPanId: ieeeFromWire(nib.subarray(offsetOf('extendedPANID'), offsetOf('extendedPANID') + 8)),
  };
}

function keyDescriptor(key: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([0]), Buffer.from(key)]);
}

const TABLE_SIZE = 16;
const ADDRMGR_EMPTY = Buffer.concat([Buffer.from([0x00, 0xfe, 0xff]), Buffer.alloc(8, 0xff)]);

/** A factory-new ZNP: radio identity and empty tables, no network. */
export function seedFactoryNv(nv: NvStore, ieee: string): void {
  nv.set(NvId.EXTADDR, ieeeToWire(ieee));
  nv.set(NvId.NWKKEY, Buffer.alloc(21)); // 21 bytes => herdsman detects an unaligned NV layout
  nv.set(NvId.STARTUP_OPTION, Buffer.from([0]));
  // APS link key table: 2-byte used count, then { ami u16, keyNvId u16, authOption u8 } entries.
  nv.set(NvId.APS_LINK_KEY_TABLE, Buffer.concat([Buffer.alloc(2), ...Array.from({ length: TABLE_SIZE }, () => Buffer.from('feff000000', 'hex'))]));
  for (let sub = 0; sub < TABLE_SIZE; sub++) {
    nv.exSet(NvSys.ZSTACK, NvExId.ADDRMGR, sub, ADDRMGR_EMPTY);
    nv.exSet(NvSys.ZSTACK, NvExId.TCLK_TABLE, sub, Buffer.alloc(19));
    nv.exSet(NvSys.ZSTACK, NvExId.APS_KEY_DATA_TABLE, sub, Buffer.alloc(24));
  }
  for (let sub = 0; sub < 4; sub++) nv.exSet(NvSys.ZSTACK, NvExId.NWK_SEC_MATERIAL_TABLE, sub, Buffer.alloc(12));
}

/** Writes everything a formed network needs: NIB, keys, frame counters, herdsman's "configured" flag. */
export function writeFormedNetwork(nv: NvStore, p: NetworkParams, markConfigured: boolean): void {
  const extReversed = Buffer.from(p.extendedPanId).reverse();
  nv.set(NvId.NIB, buildNib(p));
  nv.set(NvId.PANID, Buffer.from([p.panId & 0xff, p.panId >> 8]));
  const chan = Buffer.alloc(4);
  chan.writeUInt32LE(channelMask(p.channel));
  nv.set(NvId.CHANLIST, chan);
  nv.set(NvId.EXTENDED_PAN_ID, extReversed);
  nv.set(NvId.PRECFGKEY, p.networkKey);
  if (!nv.get(NvId.PRECFGKEYS_ENABLE)) nv.set(NvId.PRECFGKEYS_ENABLE, Buffer.from([0]));
  nv.set(NvId.NWK_ACTIVE_KEY_INFO, keyDescriptor(p.networkKey));
  nv.set(NvId.NWK_ALTERN_KEY_INFO, keyDescriptor(p.networkKey));
  nv.set(NvId.NWKKEY, Buffer.concat([keyDescriptor(p.networkKey), Buffer.alloc(4)]));
  nv.set(NvId.TCLK_SEED, Buffer.from('5a6967426565416c6c69616e63653039', 'hex'));
  const counter = Buffer.alloc(4);
  counter.writeUInt32LE(1250);
  nv.exSet(NvSys.ZSTACK, NvExId.NWK_SEC_MATERIAL_TABLE, 0, Buffer.concat([counter, extReversed]));
  nv.exSet(NvSys.ZSTACK, NvExId.NWK_SEC_MATERIAL_TABLE, 3, Buffer.concat([counter, Buffer.alloc(8, 0xff)]));
  if (markConfigured) nv.set(NvId.HAS_CONFIGURED_ZSTACK3, Buffer.from([0x55]));
}

/** Reads the commissioning items the host wrote (PANID, CHANLIST, EXTENDED_PAN_ID, PRECFGKEY). */
export function commissioningParams(nv: NvStore, fallbackChannel: number): NetworkParams | undefined {
  const pan = nv.get(NvId.PANID);
  const ext = nv.get(NvId.EXTENDED_PAN_ID);
  const key = nv.get(NvId.PRECFGKEY);
  if (!pan || pan.length < 2 || !ext || ext.length !== 8 || !key || key.length !== 16) return undefined;
  const mask = nv.get(NvId.CHANLIST)?.readUInt32LE(0) ?? 0;
  let channel = fallbackChannel;
  for (let c = 11; c <= 26; c++) {
    if (mask & channelMask(c)) {
      channel = c;
      break;
    }
  }
  return { panId: pan.readUInt16LE(0), extendedPanId: Buffer.from(ext).reverse(), channel, networkKey: key };
}

/** Startup option "clear state": forget the network (not the radio identity). */
export function clearNetworkState(nv: NvStore): void {
  for (const id of [NvId.NIB, NvId.NWK_ACTIVE_KEY_INFO, NvId.NWK_ALTERN_KEY_INFO, NvId.HAS_CONFIGURED_ZSTACK3]) nv.delete(id);
  nv.set(NvId.NWKKEY, Buffer.alloc(21));
  for (let sub = 0; sub < TABLE_SIZE; sub++) nv.exSet(NvSys.ZSTACK, NvExId.ADDRMGR, sub, ADDRMGR_EMPTY);
}

/** Records an associated child in the address manager table (what herdsman's backup lists as devices). */
export function rememberChild(nv: NvStore, ieee: string, nwk: number): void {
  const entries = nv.exTable(NvSys.ZSTACK, NvExId.ADDRMGR);
  const wire = ieeeToWire(ieee);
  let slot = entries.findIndex((e) => e.subarray(3, 11).equals(wire));
  if (slot === -1) slot = entries.findIndex((e) => e[0] === 0);
  if (slot === -1) return;
  const entry = Buffer.alloc(11);
  entry.writeUInt8(0x01, 0); // ADDRMGR_USER_ASSOC
  entry.writeUInt16LE(nwk, 1);
  wire.copy(entry, 3);
  nv.exSet(NvSys.ZSTACK, NvExId.ADDRMGR, slot, entry);
}

export function forgetChild(nv: NvStore, ieee: string): void {
  const wire = ieeeToWire(ieee);
  nv.exTable(NvSys.ZSTACK, NvExId.ADDRMGR).forEach((e, sub) => {
    if (e.subarray(3, 11).equals(wire)) nv.exSet(NvSys.ZSTACK, NvExId.ADDRMGR, sub, ADDRMGR_EMPTY);
  });
}
