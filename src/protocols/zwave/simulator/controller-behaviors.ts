// What the simulated stick does beyond zwave-js's default mock controller: picks the device that joins
// (classic inclusion, SmartStart), excludes, checks/removes/replaces failed nodes, reports neighbours,
// refreshes neighbour lists and return routes, and switches its radio. Requests are read from the raw
// Serial API frame (several request classes cannot be decoded on the stick's side) and answered with raw
// frames laid out as the Serial API specifies.
import { FunctionType, Message, MessageType, Bytes, type MockController, type MockControllerBehavior } from './zwavejs';
import { productOf } from './spec';
import type { SimWorld } from './world';

/** The keys and values zwave-js's default mock controller keeps its inclusion state under. */
const INCLUSION_STATE = 'inclusionState';
const IDLE = 0;
const ADDING = 1;
const REMOVING = 2;

const ADD_ANY = 0x01;
const ADD_STOP = 0x05;
const ADD_SMART_START_DSK = 0x08;
const ADD_SMART_START_LISTEN = 0x09;
const REMOVE_ANY = 0x01;
const REMOVE_STOP = 0x05;
const SMART_START_HOME_ID_RECEIVED = 0x85;

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RawRequest {
  functionType: number;
  payload: Uint8Array;
}

/** A host request as the stick receives it: SOF, length, type 0x00, function, payload, checksum. */
export function rawRequest(data: Uint8Array): RawRequest | undefined {
  if (data.length < 5 || data[0] !== 0x01 || data[2] !== MessageType.Request) return undefined;
  return { functionType: data[3]!, payload: data.subarray(4, data.length - 1) };
}

export function send(c: MockController, type: MessageType, functionType: FunctionType, bytes: number[] | Uint8Array): Promise<void> {
  return c.sendMessageToHost(new Message({ type, functionType, payload: Bytes.from(bytes) }));
}
export const respond = (c: MockController, f: FunctionType, bytes: number[] | Uint8Array) => send(c, MessageType.Response, f, bytes);
export const callback = (c: MockController, f: FunctionType, bytes: number[] | Uint8Array) => send(c, MessageType.Request, f, bytes);

/** Handles requests by function type; a handler returning false leaves the request to the default behaviours. */
type Handler = (c: MockController, payload: Uint8Array) => boolean | Promise<boolean>;

export function rawBehavior(handlers: Partial<Record<FunctionType, Handler>>): MockControllerBehavior {
  return {
    async onHostData(controller, data) {
      const req = rawRequest(data);
      const handler = req && handlers[req.functionType as FunctionType];
      return req && handler ? await handler(controller, req.payload) : false;
    },
  };
}

function ackThen(c: MockController, work: () => Promise<void>): true {
  c.ackHostMessage();
  void work().catch(() => undefined);
  return true;
}

/** ACKs, then answers with the bytes `work` computes. */
export function ackThenRespond(c: MockController, f: FunctionType, work: () => Promise<number[]>): true {
  return ackThen(c, async () => respond(c, f, await work()));
}

export interface ControllerSim {
  world: SimWorld;
  smartStartListening: boolean;
}

export function controllerBehaviors(sim: ControllerSim): MockControllerBehavior[] {
  const { world } = sim;
  const alive = (id: number) => {
    const d = world.device(id);
    return !!d && !d.failed;
  };
  const neighbors = (id: number) => [1, ...world.includedIds()].filter((n) => n !== id && alive(n));
  let replacing: { id: number; callbackId: number } | undefined;

  const inclusion: Handler = (c, p) => {
    const mode = p[0]! & 0x0f;
    if (mode === ADD_SMART_START_LISTEN) {
      sim.smartStartListening = true;
      c.ackHostMessage();
      return true;
    }
    sim.smartStartListening = false;
    if (mode === ADD_STOP && c.state.get(INCLUSION_STATE) !== ADDING) {
      // Nothing to stop (the default mock would start adding instead).
      c.ackHostMessage();
      return true;
    }
    if (mode === ADD_ANY) {
      const joining = world.takeJoining();
      c.nodePendingInclusion = joining ? world.pendingInclusion(joining, world.nextNodeId()) : undefined;
    } else if (mode === ADD_SMART_START_DSK) {
      const nwi = Buffer.from(p.subarray(2, 6)).toString('hex');
      const joining = world.smartStartCandidates().find((d) => d.keyPair && nwiHomeId(d.keyPair.publicKey) === nwi);
      c.nodePendingInclusion = joining ? world.pendingInclusion(joining, world.nextNodeId()) : undefined;
    }
    return false; // zwave-js's default behaviour runs the inclusion
  };

  const exclusion: Handler = (c, p) => {
    const mode = p[0]! & 0x0f;
    const cb = p[1] ?? 0;
    sim.smartStartListening = false;
    return ackThen(c, async () => {
      if (mode === REMOVE_STOP) {
        c.state.set(INCLUSION_STATE, IDLE);
        if (cb) await callback(c, FunctionType.RemoveNodeFromNetwork, [cb, 0x06]);
        return;
      }
      if (mode !== REMOVE_ANY) return;
      c.state.set(INCLUSION_STATE, REMOVING);
      await callback(c, FunctionType.RemoveNodeFromNetwork, [cb, 0x01]); // ready
      const leaving = world.takeLeaving();
      if (!leaving) return; // waits until a device's button is pressed or the host stops
      const id = world.nodeIdOf(leaving)!;
      await wait(20);
      await callback(c, FunctionType.RemoveNodeFromNetwork, [cb, 0x02]); // node found
      await wait(20);
      await callback(c, FunctionType.RemoveNodeFromNetwork, [cb, 0x03, id]); // removing end node
      world.forget(id, 'excluded');
      await wait(20);
      await callback(c, FunctionType.RemoveNodeFromNetwork, [cb, 0x06, id]); // done
    });
  };

  return [
    rawBehavior({
      [FunctionType.AddNodeToNetwork]: inclusion,
      [FunctionType.RemoveNodeFromNetwork]: exclusion,
      [FunctionType.IsFailedNode]: (c, p) => ackThen(c, () => respond(c, FunctionType.IsFailedNode, [alive(p[0]!) ? 0 : 1])),
      [FunctionType.RemoveFailedNode]: (c, p) =>
        ackThen(c, async () => {
          const [id = 0, cb = 0] = p;
          const failed = world.includedIds().includes(id) && !alive(id);
          await respond(c, FunctionType.RemoveFailedNode, [failed ? 0x00 : 0x08]);
          if (!failed) return;
          world.forget(id, 'removedFailed');
          await callback(c, FunctionType.RemoveFailedNode, [cb, 0x01]); // node removed
        }),
      [FunctionType.ReplaceFailedNode]: (c, p) =>
        ackThen(c, async () => {
          const [id = 0, cb = 0] = p;
          if (alive(id) || !world.includedIds().includes(id)) {
            await respond(c, FunctionType.ReplaceFailedNode, [0x08]); // not in the failed list
            return;
          }
          await respond(c, FunctionType.ReplaceFailedNode, [0x00]);
          await callback(c, FunctionType.ReplaceFailedNode, [cb, 0x03]); // ready for the new device
          replacing = { id, callbackId: cb };
          for (let i = 0; i < 600 && replacing; i++) {
            const joining = world.takeJoining();
            if (joining) {
              await world.replace(id, joining);
              await wait(20);
              await callback(c, FunctionType.ReplaceFailedNode, [cb, 0x04]); // replaced
              replacing = undefined;
              return;
            }
            await wait(100);
          }
          if (replacing) await callback(c, FunctionType.ReplaceFailedNode, [cb, 0x05]); // not replaced
          replacing = undefined;
        }),
      [FunctionType.GetRoutingInfo]: (c, p) => ackThen(c, () => respond(c, FunctionType.GetRoutingInfo, nodeMask(neighbors(p[0]!)))),
      [FunctionType.RequestNodeNeighborUpdate]: (c, p) =>
        ackThen(c, async () => {
          const [id = 0, cb = 0] = p;
          await callback(c, FunctionType.RequestNodeNeighborUpdate, [cb, 0x21]); // started
          await wait(60);
          await callback(c, FunctionType.RequestNodeNeighborUpdate, [cb, alive(id) ? 0x22 : 0x23]); // done / failed
        }),
      [FunctionType.DeleteReturnRoute]: (c, p) =>
        ackThen(c, async () => {
          const [id = 0, cb = 0] = p;
          await respond(c, FunctionType.DeleteReturnRoute, [1]);
          await wait(10);
          await callback(c, FunctionType.DeleteReturnRoute, [cb, alive(id) ? 0x00 : 0x01]);
        }),
      [FunctionType.AssignReturnRoute]: (c, p) =>
        ackThen(c, async () => {
          const [id = 0, , cb = 0] = p;
          await respond(c, FunctionType.AssignReturnRoute, [1]);
          await wait(10);
          await callback(c, FunctionType.AssignReturnRoute, [cb, alive(id) ? 0x00 : 0x01]);
        }),
      [FunctionType.SetRFReceiveMode]: (c) => ackThen(c, () => respond(c, FunctionType.SetRFReceiveMode, [1])),
      // The noise floor per channel (signed dBm): a health check weighs each node's ACK RSSI against it, which it
      // does once the stick sends TX reports (link-quality.ts). A quiet home: about -100 dBm.
      [FunctionType.GetBackgroundRSSI]: (c) => ackThen(c, () => respond(c, FunctionType.GetBackgroundRSSI, [0x9c, 0x9d, 0x9c])),
      [FunctionType.StartWatchdog]: (c) => ackThen(c, async () => undefined),
      [FunctionType.StopWatchdog]: (c) => ackThen(c, async () => undefined),
    }),
  ];
}

/** The 29-byte node bit mask of the Serial API (bit 0 of byte 0 = node 1). */
export function nodeMask(ids: number[]): Uint8Array {
  const mask = new Uint8Array(29);
  for (const id of ids) if (id >= 1 && id <= 232) mask[(id - 1) >> 3]! |= 1 << ((id - 1) & 7);
  return mask;
}

/** NWI home id of a DSK (first 16 bytes of the public key): bytes 9..12 with bits 7,6 set and bit 0 cleared. */
export function nwiHomeId(publicKey: Uint8Array): string {
  const b = Uint8Array.from(publicKey.subarray(8, 12));
  b[0]! |= 0xc0;
  b[3]! &= 0xfe;
  return Buffer.from(b).toString('hex');
}

/** A SmartStart device in learn mode announces itself: the stick reports its NWI home id to the host. */
export async function announceSmartStart(c: MockController, sim: ControllerSim): Promise<void> {
  if (!sim.smartStartListening) return;
  for (const d of sim.world.smartStartCandidates()) {
    if (!d.keyPair) continue;
    const nwi = Buffer.from(nwiHomeId(d.keyPair.publicKey), 'hex');
    const { generic, specific } = productOf(d.spec);
    // update type, source node 0, rx status, NWI home id, CC list length, basic, generic, specific (no CCs)
    await callback(c, FunctionType.ApplicationUpdateRequest, [SMART_START_HOME_ID_RECEIVED, 0, 0, ...nwi, 0, 0x04, generic, specific]);
  }
}
