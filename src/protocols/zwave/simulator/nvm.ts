// The simulated stick's NVM (700/800-series layout, built and read with zwave-js's own NVM editor): zwave-js
// backs it up and restores it through the Serial API's NVM operations. The image is made from the network
// table when read; a restored image becomes the network table again (which devices answer to which id).
import { jsonToNVM, nvmToJSON, type NVMJSON, type NVMJSONNode, FunctionType, type MockControllerBehavior } from './zwavejs';
import { ackThenRespond, rawBehavior } from './controller-behaviors';
import { productOf } from './spec';
import type { SimWorld } from './world';

/** The SDK the mock controller reports ("Z-Wave 7.17.99"). */
export const NVM_SDK_VERSION = '7.17.99';
const CHUNK = 240;

const OPEN = 0;
const READ = 1;
const WRITE = 2;
const CLOSE = 3;
const OK = 0x00;
const ERROR = 0x01;
const END_OF_FILE = 0xff;

function nodeEntry(generic: number, specific: number, neighbors: number[], controller = false): NVMJSONNode {
  return {
    isVirtual: false,
    isListening: true,
    isFrequentListening: false,
    isRouting: true,
    supportedDataRates: [40_000, 100_000],
    protocolVersion: 3,
    optionalFunctionality: true,
    nodeType: controller ? 0 : 1,
    supportsSecurity: false,
    supportsBeaming: true,
    genericDeviceClass: generic,
    specificDeviceClass: specific,
    neighbors,
    sucUpdateIndex: controller ? 0xff : 0,
    appRouteLock: false,
    routeSlaveSUC: controller,
    sucPendingUpdate: false,
    pendingDiscovery: false,
    lwr: null,
    nlwr: null,
  };
}

export async function nvmImage(world: SimWorld): Promise<Uint8Array> {
  const ids = world.includedIds();
  const all = [1, ...ids];
  const nodes: Record<number, NVMJSONNode> = { 1: nodeEntry(0x02, 0x07, ids, true) };
  for (const id of ids) {
    const d = world.device(id);
    const p = d ? productOf(d.spec) : { generic: 0x10, specific: 0x01 };
    nodes[id] = nodeEntry(p.generic, p.specific, all.filter((n) => n !== id));
  }
  const last = Math.max(1, ...ids);
  const json: NVMJSON = {
    format: 4,
    controller: {
      protocolVersion: '7.17.0',
      applicationVersion: NVM_SDK_VERSION,
      homeId: `0x${world.table.homeId.toString(16).padStart(8, '0')}`,
      nodeId: 1,
      lastNodeId: last,
      staticControllerNodeId: 1,
      sucLastIndex: 0,
      controllerConfiguration: 60,
      sucUpdateEntries: [],
      maxNodeId: last,
      reservedId: 0,
      systemState: 0,
      lastNodeIdLR: 255,
      maxNodeIdLR: 0,
      reservedIdLR: 0,
      primaryLongRangeChannelId: 1,
      dcdcConfig: 255,
      rfConfig: { rfRegion: 0, txPower: 0, measured0dBm: 0, enablePTI: 0, maxTXPower: 14, nodeIdType: null },
      preferredRepeaters: null,
      isListening: true,
      optionalFunctionality: true,
      genericDeviceClass: 0x02,
      specificDeviceClass: 0x07,
      commandClasses: { includedInsecurely: [0x5e, 0x9f], includedSecurelyInsecureCCs: [], includedSecurelySecureCCs: [] },
      applicationData: null,
      applicationName: null,
      sucAwarenessPushNeeded: null,
    },
    nodes,
  };
  return jsonToNVM(json, NVM_SDK_VERSION);
}

export function nvmBehavior(world: SimWorld, onRestored: (homeId: number) => void): MockControllerBehavior {
  let image: Uint8Array | null = null;
  let pending: Uint8Array | null = null;
  world.onTableChanged = () => {
    image = null;
  };
  return rawBehavior({
    [FunctionType.NVMOperations]: (c, p) =>
      ackThenRespond(c, FunctionType.NVMOperations, async () => {
        const [command, length = 0, hi = 0, lo = 0] = p;
        const offset = (hi << 8) | lo;
        switch (command) {
          case OPEN:
            image ??= await nvmImage(world);
            return [OK, 0, image.length >> 8, image.length & 0xff];
          case READ: {
            if (!image) return [ERROR, 0, hi, lo];
            const data = image.subarray(offset, offset + Math.min(length, CHUNK));
            return [offset + data.length >= image.length ? END_OF_FILE : OK, data.length, hi, lo, ...data];
          }
          case WRITE: {
            if (!image) return [ERROR, 0, hi, lo];
            pending ??= Uint8Array.from(image);
            const data = p.subarray(4, 4 + length);
            pending.set(data.subarray(0, Math.max(0, pending.length - offset)), offset);
            return [offset + data.length >= pending.length ? END_OF_FILE : OK, data.length, hi, lo];
          }
          case CLOSE: {
            if (pending) {
              const written = pending;
              pending = null;
              const json = await nvmToJSON(new Uint8Array(written));
              const homeId = parseInt(json.controller.homeId.replace(/^0x/, ''), 16);
              await world.restoreTable(homeId, Object.keys(json.nodes).map(Number).filter((id) => id !== json.controller.nodeId));
              image = written;
              onRestored(homeId);
            }
            return [OK, 0, 0, 0];
          }
          default:
            return [ERROR, 0, 0, 0];
        }
      }),
  });
}
