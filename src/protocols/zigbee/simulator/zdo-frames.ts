// Payloads of the ZDO callback AREQs a ZNP sends (MT ZDO_*_RSP / *_IND). Byte layouts follow the
// TI MT spec: most start with SrcAddr followed by the over-the-air ZDO response.
import { ByteWriter } from './bytes';
import { Status } from './mt';

export interface NodeInfo {
  nwk: number;
  ieee: string;
  logicalType: 0 | 1 | 2; // coordinator, router, end device
  manufacturerCode: number;
  mainsPowered: boolean;
  rxOnWhenIdle: boolean;
}

export interface SimpleDescriptor {
  endpoint: number;
  profileId: number;
  deviceId: number;
  deviceVersion: number;
  inClusters: number[];
  outClusters: number[];
}

export interface Neighbor {
  extendedPanId: Buffer; // 8 bytes, wire order
  ieee: string;
  nwk: number;
  deviceType: 0 | 1 | 2;
  rxOnWhenIdle: boolean;
  relationship: 0 | 1 | 2 | 3 | 4; // parent, child, sibling, none, previous child
  depth: number;
  lqi: number;
}

/** Zigbee stack compliance revision announced in the server mask (R22). */
const STACK_REVISION = 22;

export function macCapabilities(n: Pick<NodeInfo, 'logicalType' | 'mainsPowered' | 'rxOnWhenIdle'>): number {
  let caps = 0x80; // allocate address
  if (n.logicalType !== 2) caps |= 0x02; // full function device
  if (n.mainsPowered) caps |= 0x04;
  if (n.rxOnWhenIdle) caps |= 0x08;
  return caps;
}

export function nodeDescRsp(n: NodeInfo): Buffer {
  const serverMask = (STACK_REVISION << 9) | (n.logicalType === 0 ? 0x41 : 0);
  return new ByteWriter()
    .u16(n.nwk).u8(Status.SUCCESS).u16(n.nwk)
    .u8(n.logicalType)
    .u8(0x08 << 3) // APS flags 0, frequency band 2.4 GHz
    .u8(macCapabilities(n))
    .u16(n.manufacturerCode)
    .u8(82).u16(82).u16(serverMask).u16(82).u8(0)
    .build();
}

export function simpleDescRsp(nwk: number, d: SimpleDescriptor): Buffer {
  const body = new ByteWriter()
    .u8(d.endpoint).u16(d.profileId).u16(d.deviceId).u8(d.deviceVersion)
    .u8(d.inClusters.length);
  for (const c of d.inClusters) body.u16(c);
  body.u8(d.outClusters.length);
  for (const c of d.outClusters) body.u16(c);
  const desc = body.build();
  return new ByteWriter().u16(nwk).u8(Status.SUCCESS).u16(nwk).u8(desc.length).bytes(desc).build();
}

export function zdoStatusRsp(srcNwk: number, status: number, nwkOfInterest?: number): Buffer {
  const w = new ByteWriter().u16(srcNwk).u8(status);
  if (nwkOfInterest !== undefined) w.u16(nwkOfInterest);
  return w.build();
}

export function activeEpRsp(nwk: number, endpoints: number[]): Buffer {
  return new ByteWriter().u16(nwk).u8(Status.SUCCESS).u16(nwk).u8(endpoints.length).bytes(Buffer.from(endpoints)).build();
}

/** ZDO_NWK_ADDR_RSP / ZDO_IEEE_ADDR_RSP: no SrcAddr prefix, and StartIndex comes before NumAssocDev. */
export function addrRsp(ieee: string, nwk: number, assoc: number[] = []): Buffer {
  const w = new ByteWriter().u8(Status.SUCCESS).ieee(ieee).u16(nwk).u8(0).u8(assoc.length);
  for (const a of assoc) w.u16(a);
  return w.build();
}

export function mgmtLqiRsp(srcNwk: number, all: Neighbor[], startIndex: number, perFrame = 3): Buffer {
  const slice = all.slice(startIndex, startIndex + perFrame);
  const w = new ByteWriter().u16(srcNwk).u8(Status.SUCCESS).u8(all.length).u8(startIndex).u8(slice.length);
  for (const n of slice) {
    w.bytes(n.extendedPanId).ieee(n.ieee).u16(n.nwk)
      .u8(n.deviceType | ((n.rxOnWhenIdle ? 1 : 0) << 2) | (n.relationship << 4))
      .u8(0x02) // permit joining: unknown
      .u8(n.depth).u8(n.lqi);
  }
  return w.build();
}

export function endDeviceAnnceInd(n: NodeInfo): Buffer {
  return new ByteWriter().u16(n.nwk).u16(n.nwk).ieee(n.ieee).u8(macCapabilities(n)).build();
}

export function tcDeviceInd(nwk: number, ieee: string, parent = 0): Buffer {
  return new ByteWriter().u16(nwk).ieee(ieee).u16(parent).build();
}

export function leaveInd(nwk: number, ieee: string, rejoin = false): Buffer {
  return new ByteWriter().u16(nwk).ieee(ieee).u8(0).u8(0).u8(rejoin ? 1 : 0).build();
}
