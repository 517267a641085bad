// MT AF requests: endpoint registration and data requests (with the AF_DATA_CONFIRM that follows).
import { ByteWriter, type ByteReader } from './bytes';
import type { ZnpCoordinator } from './coordinator';
import { Af, Status, Subsystem } from './mt';

const ADDR_MODE = { GROUP: 1, SHORT: 2, IEEE: 3, BROADCAST: 15 } as const;

function readClusterList(r: ByteReader): number[] {
  const n = r.u8();
  return Array.from({ length: n }, () => r.u16());
}

function confirm(c: ZnpCoordinator, status: number, endpoint: number, transId: number): void {
  c.areq(Subsystem.AF, Af.dataConfirm, new ByteWriter().u8(status).u8(endpoint).u8(transId).build(), c.airDelayMs);
}

export function handleAf(c: ZnpCoordinator, command: number, r: ByteReader): Buffer | undefined {
  switch (command) {
    case Af.register: {
      const endpoint = r.u8();
      const profileId = r.u16();
      const deviceId = r.u16();
      r.u8(); // device version
      r.u8(); // latency
      const inClusters = readClusterList(r);
      const outClusters = readClusterList(r);
      if (c.registered.has(endpoint)) return Buffer.from([Status.APS_DUPLICATE_ENTRY]);
      c.registered.set(endpoint, { endpoint, profileId, deviceId, inClusters, outClusters });
      return Buffer.from([Status.SUCCESS]);
    }
    case Af.dataRequest: {
      const dst = r.u16();
      const dstEp = r.u8();
      const srcEp = r.u8();
      const cluster = r.u16();
      const transId = r.u8();
      r.u8(); // options
      r.u8(); // radius
      const data = r.bytes(r.u8());
      if (!c.registered.has(srcEp)) return Buffer.from([Status.INVALID_PARAMETER]);
      confirm(c, c.toDevice(dst, dstEp, srcEp, cluster, data), srcEp, transId);
      return Buffer.from([Status.SUCCESS]);
    }
    case Af.dataRequestExt: {
      const mode = r.u8();
      const dstRaw = r.bytes(8);
      const dstEp = r.u8();
      r.u16(); // dst PAN
      const srcEp = r.u8();
      const cluster = r.u16();
      const transId = r.u8();
      r.u8(); // options
      r.u8(); // radius
      const data = r.bytes(r.u16());
      const dst = dstRaw.readUInt16LE(0);
      let status: number = Status.SUCCESS;
      if (mode === ADDR_MODE.SHORT && dst < 0xfff8) status = c.toDevice(dst, dstEp, srcEp, cluster, data);
      else if (mode === ADDR_MODE.SHORT || mode === ADDR_MODE.BROADCAST) {
        for (const d of c.joinedDevices()) if (d.isRouter && d.endpoint(dstEp)) c.toDevice(d.nwk, dstEp, srcEp, cluster, data);
      }
      // Group sends are accepted and confirmed; virtual devices do not model group membership.
      confirm(c, status, srcEp, transId);
      return Buffer.from([Status.SUCCESS]);
    }
    default:
      return undefined;
  }
}
