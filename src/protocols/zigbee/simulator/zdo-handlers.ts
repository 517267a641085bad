// MT ZDO requests. The SRSP only says the request was queued; the answer arrives later as an AREQ
// (after the simulated air delay), exactly like a real ZNP. Requests to an absent node get no answer.
import { ByteWriter, type ByteReader } from './bytes';
import type { ZnpCoordinator } from './coordinator';
import { DevState, Status, Subsystem, Zdo } from './mt';
import type { VirtualDevice } from './virtual-device';
import { clusterId } from './zcl-state';
import { type Neighbor, type NodeInfo, activeEpRsp, addrRsp, mgmtLqiRsp, nodeDescRsp, simpleDescRsp, zdoStatusRsp } from './zdo-frames';

const OK = Buffer.from([Status.SUCCESS]);

export function nodeInfo(d: VirtualDevice): NodeInfo {
  return {
    nwk: d.nwk,
    ieee: d.ieee,
    logicalType: d.isRouter ? 1 : 2,
    manufacturerCode: d.blueprint.manufacturerCode,
    mainsPowered: d.blueprint.mainsPowered,
    rxOnWhenIdle: d.isRouter,
  };
}

function coordinatorInfo(c: ZnpCoordinator): NodeInfo {
  return { nwk: 0, ieee: c.ieee, logicalType: 0, manufacturerCode: 0, mainsPowered: true, rxOnWhenIdle: true };
}

/** Answers from `target` (0 = the coordinator itself) if it is reachable. */
function answer(c: ZnpCoordinator, target: number, command: number, build: (d: VirtualDevice | undefined) => Buffer | undefined): void {
  if (target === 0) {
    const data = build(undefined);
    if (data) c.areq(Subsystem.ZDO, command, data);
    return;
  }
  const device = c.deviceByNwk(target);
  if (!device || c.unreachable.has(device.ieee)) return;
  const fault = c.zdoFault(device, command);
  const data = fault === undefined ? build(device) : zdoStatusRsp(device.nwk, fault, device.nwk);
  if (data) c.areq(Subsystem.ZDO, command, data, c.airDelayMs * 2);
}

function neighbors(c: ZnpCoordinator, of: VirtualDevice | undefined): Neighbor[] {
  const ext = Buffer.from(c.network()?.extendedPanId.slice(2) ?? '0000000000000000', 'hex').reverse();
  const lqi = (d: VirtualDevice) => (d.isRouter ? 200 : 150);
  if (!of) {
    return c.joinedDevices().map((d) => ({
      extendedPanId: ext, ieee: d.ieee, nwk: d.nwk, deviceType: d.isRouter ? 1 : 2, rxOnWhenIdle: d.isRouter, relationship: 1, depth: 1, lqi: lqi(d),
    }));
  }
  const parent: Neighbor = { extendedPanId: ext, ieee: c.ieee, nwk: 0, deviceType: 0, rxOnWhenIdle: true, relationship: 0, depth: 0, lqi: 220 };
  const siblings = c.joinedDevices().filter((d) => d.isRouter && d !== of).map((d): Neighbor => ({
    extendedPanId: ext, ieee: d.ieee, nwk: d.nwk, deviceType: 1, rxOnWhenIdle: true, relationship: 2, depth: 1, lqi: 180,
  }));
  return [parent, ...siblings];
}

export function handleZdo(c: ZnpCoordinator, command: number, r: ByteReader): Buffer | undefined {
  switch (command) {
    case Zdo.nodeDescReq: {
      const dst = r.u16();
      r.u16();
      answer(c, dst, Zdo.nodeDescRsp, (d) => nodeDescRsp(d ? nodeInfo(d) : coordinatorInfo(c)));
      return OK;
    }
    case Zdo.activeEpReq: {
      const dst = r.u16();
      r.u16();
      answer(c, dst, Zdo.activeEpRsp, (d) => activeEpRsp(dst, d ? d.blueprint.endpoints.map((e) => e.id) : [...c.registered.keys()]));
      return OK;
    }
    case Zdo.simpleDescReq: {
      const dst = r.u16();
      r.u16();
      const ep = r.u8();
      answer(c, dst, Zdo.simpleDescRsp, (d) => {
        if (!d) {
          const reg = c.registered.get(ep);
          return reg ? simpleDescRsp(0, { ...reg, deviceVersion: 0 }) : zdoStatusRsp(0, Status.ZDO_INVALID_EP, 0);
        }
        const e = d.endpoint(ep);
        if (!e) return zdoStatusRsp(d.nwk, Status.ZDO_INVALID_EP, d.nwk);
        return simpleDescRsp(d.nwk, {
          endpoint: e.id, profileId: e.profileId, deviceId: e.deviceId, deviceVersion: 1,
          inClusters: e.inClusters.map((x) => clusterId(x)), outClusters: e.outClusters.map((x) => clusterId(x)),
        });
      });
      return OK;
    }
    case Zdo.nwkAddrReq: {
      const ieee = r.ieee();
      const d = c.joinedDevices().find((x) => x.ieee === ieee);
      if (ieee === c.ieee) c.areq(Subsystem.ZDO, Zdo.nwkAddrRsp, addrRsp(c.ieee, 0));
      else if (d && !c.unreachable.has(d.ieee)) c.areq(Subsystem.ZDO, Zdo.nwkAddrRsp, addrRsp(d.ieee, d.nwk), c.airDelayMs * 2);
      return OK;
    }
    case Zdo.ieeeAddrReq: {
      const nwk = r.u16();
      answer(c, nwk, Zdo.ieeeAddrRsp, (d) => (d ? addrRsp(d.ieee, d.nwk) : addrRsp(c.ieee, 0)));
      return OK;
    }
    case Zdo.bindReq:
    case Zdo.unbindReq: {
      const dst = r.u16();
      r.ieee();
      const srcEp = r.u8();
      const cluster = r.u16();
      const mode = r.u8();
      const target = mode === 3 ? r.ieee() : undefined;
      answer(c, dst, command === Zdo.bindReq ? Zdo.bindRsp : Zdo.unbindRsp, (d) => {
        if (!d) return zdoStatusRsp(0, Status.ZDO_NOT_SUPPORTED);
        if (!d.endpoint(srcEp)) return zdoStatusRsp(d.nwk, Status.ZDO_INVALID_EP);
        if (target === c.ieee) {
          if (command === Zdo.bindReq) d.bind(srcEp, cluster);
          else d.unbind(srcEp, cluster);
        }
        return zdoStatusRsp(d.nwk, Status.SUCCESS);
      });
      return OK;
    }
    case Zdo.mgmtLqiReq: {
      const dst = r.u16();
      const start = r.u8();
      answer(c, dst, Zdo.mgmtLqiRsp, (d) => {
        if (d && !d.isRouter) return zdoStatusRsp(d.nwk, Status.ZDO_NOT_SUPPORTED);
        return mgmtLqiRsp(d?.nwk ?? 0, neighbors(c, d), start);
      });
      return OK;
    }
    case Zdo.mgmtLeaveReq: {
      const dst = r.u16();
      const ieee = r.ieee();
      answer(c, dst, Zdo.mgmtLeaveRsp, (d) => {
        if (!d || d.ieee !== ieee) return zdoStatusRsp(dst, Status.ZDO_NOT_SUPPORTED);
        c.later(c.airDelayMs * 3, () => c.leave(d, true));
        return zdoStatusRsp(d.nwk, Status.SUCCESS);
      });
      return OK;
    }
    case Zdo.mgmtPermitJoinReq: {
      const mode = r.u8();
      const dst = r.u16();
      const duration = r.u8();
      if (duration > 0 && !c.joinPermitted) c.permitJoinOpenings++;
      c.permitJoinUntil = duration === 0 ? 0 : Date.now() + duration * 1000;
      c.areq(Subsystem.ZDO, Zdo.permitJoinInd, Buffer.from([duration]));
      if (mode === 2 && dst === 0) c.areq(Subsystem.ZDO, Zdo.mgmtPermitJoinRsp, zdoStatusRsp(0, Status.SUCCESS));
      return OK;
    }
    case Zdo.mgmtNwkUpdateReq:
    case Zdo.extRouteDisc:
    case Zdo.msgCbRegister:
      r.rest();
      return OK;
    case Zdo.startupFromApp: {
      r.u16();
      if (c.deviceState === DevState.ZB_COORD) return OK;
      const hadNetwork = c.network() !== undefined;
      if (!c.startNetwork(100, false)) return Buffer.from([Status.FAILURE]);
      return Buffer.from([hadNetwork ? 0x00 : 0x01]);
    }
    case Zdo.extNwkInfo: {
      const n = c.network();
      const w = new ByteWriter().u16(0).u8(c.deviceState).u16(n?.panId ?? 0xffff).u16(0);
      w.ieee(n?.extendedPanId ?? '0x0000000000000000').ieee('0x0000000000000000').u8(n?.channel ?? 0);
      return w.build();
    }
    case Zdo.extFindGroup: {
      const ep = r.u8();
      const group = r.u16();
      if (!c.groups.has(`${ep}:${group}`)) return new ByteWriter().u8(Status.FAILURE).u16(group).u8(0).build();
      return new ByteWriter().u8(Status.SUCCESS).u16(group).u8(0).build();
    }
    case Zdo.extAddGroup: {
      const ep = r.u8();
      const group = r.u16();
      c.groups.add(`${ep}:${group}`);
      return OK;
    }
    default:
      return undefined;
  }
}
