// Over-the-air firmware update of a simulated device (Firmware Update Meta Data CC): it describes itself,
// accepts a transfer, asks for the image fragment by fragment, checks the image's CRC and "reboots" into it.
// The new version is read from a "HEARTH-SIM-FW <version>" marker in the image, else the minor version goes up.
import { FirmwareUpdateMetaDataCCGet, FirmwareUpdateMetaDataCCMetaDataGet, FirmwareUpdateMetaDataCCMetaDataReport, FirmwareUpdateMetaDataCCRequestGet, FirmwareUpdateMetaDataCCRequestReport, FirmwareUpdateMetaDataCCStatusReport, FirmwareUpdateRequestStatus, FirmwareUpdateStatus, CRC16_CCITT, FunctionType, type MockController, type MockControllerBehavior, type MockNode, type MockNodeBehavior } from './zwavejs';
import { callback, rawBehavior, respond } from './controller-behaviors';
import { sendReport, type SimContext } from './behaviors';
import type { Product } from './spec';

interface Transfer {
  checksum: number;
  parts: Uint8Array[];
}

export function newFirmwareVersion(image: Uint8Array, current: string): string {
  const text = Buffer.from(image).toString('latin1');
  const m = /HEARTH-SIM-FW (\d{1,3}\.\d{1,3})/.exec(text);
  if (m) return m[1]!;
  const [major = '1', minor = '0'] = current.split('.');
  return `${major}.${String(Number(minor) + 1).padStart(2, '0')}`;
}

/**
 * The device side of a firmware update. zwave-js cannot decode the fragments (Firmware Update Meta Data
 * Report) on the receiving side, so the stick hands them over raw (see firmwareFragmentBehavior).
 */
export class FirmwareSim {
  #transfer: Transfer | undefined;

  constructor(
    private readonly product: Product,
    private readonly ctx: SimContext,
    /** A slow device (battery-powered, far from the stick): it waits this long before asking for each fragment. */
    private readonly fragmentDelayMs = 0,
  ) {}

  /** Asks for the next fragment (after the device's own delay), unless the transfer has ended meanwhile. */
  #ask(self: MockNode, transfer: Transfer, nodeId: number, reportNumber: number): void {
    const send = () => {
      if (this.#transfer === transfer) sendReport(self, new FirmwareUpdateMetaDataCCGet({ nodeId, numReports: 1, reportNumber }));
    };
    if (this.fragmentDelayMs > 0) setTimeout(send, this.fragmentDelayMs).unref();
    else send();
  }

  behavior(): MockNodeBehavior {
    return {
      handleCC: (controller, self, cc) => {
        const nodeId = controller.ownNodeId;
        if (cc instanceof FirmwareUpdateMetaDataCCMetaDataGet) {
          return {
            action: 'sendCC',
            cc: new FirmwareUpdateMetaDataCCMetaDataReport({
              nodeId,
              manufacturerId: this.product.manufacturerId,
              firmwareId: this.product.productId,
              checksum: 0,
              firmwareUpgradable: true,
              additionalFirmwareIDs: [],
              hardwareVersion: 1,
              continuesToFunction: true,
              supportsActivation: false,
              supportsResuming: false,
              supportsNonSecureTransfer: false,
            }),
          };
        }
        if (cc instanceof FirmwareUpdateMetaDataCCRequestGet) {
          const ok = cc.manufacturerId === this.product.manufacturerId && cc.firmwareId === this.product.productId && (cc.firmwareTarget ?? 0) === 0;
          if (ok) {
            const transfer = { checksum: cc.checksum, parts: [] };
            this.#transfer = transfer;
            // The device pulls the image: first fragment right after it said yes.
            this.#ask(self, transfer, nodeId, 1);
          }
          const status = ok ? FirmwareUpdateRequestStatus.OK : FirmwareUpdateRequestStatus.Error_InvalidManufacturerOrFirmwareID;
          return { action: 'sendCC', cc: new FirmwareUpdateMetaDataCCRequestReport({ nodeId, status }) };
        }
        return undefined;
      },
    };
  }

  /** A fragment arrived (report number, last flag, data). */
  fragment(controllerNodeId: number, self: MockNode, reportNumber: number, isLast: boolean, data: Uint8Array): void {
    const transfer = this.#transfer;
    if (!transfer || reportNumber !== transfer.parts.length + 1) return;
    transfer.parts.push(data);
    if (!isLast) {
      this.#ask(self, transfer, controllerNodeId, reportNumber + 1);
      return;
    }
    const image = Buffer.concat(transfer.parts);
    const good = CRC16_CCITT(image) === transfer.checksum;
    this.#transfer = undefined;
    const status = good ? FirmwareUpdateStatus.OK_RestartPending : FirmwareUpdateStatus.Error_Checksum;
    if (good) {
      this.ctx.state.firmware = newFirmwareVersion(image, this.ctx.state.firmware);
      self.capabilities.firmwareVersion = this.ctx.state.firmware;
      this.ctx.changed();
    }
    sendReport(self, new FirmwareUpdateMetaDataCCStatusReport({ nodeId: controllerNodeId, status, waitTime: good ? 1 : 0 }));
  }
}

const FW_CC = 0x7a;
const FW_REPORT = 0x06;

/**
 * Stick side: picks firmware fragments out of SendData / SendDataBridge requests (raw Serial API), confirms
 * the transmission like the radio would, and hands the fragment to the device.
 */
export function firmwareFragmentBehavior(device: (nodeId: number) => { node: MockNode | null; firmware: FirmwareSim } | undefined): MockControllerBehavior {
  const handle = (c: MockController, dest: number, data: Uint8Array, callbackId: number, fn: FunctionType): boolean => {
    if (data[0] !== FW_CC || data[1] !== FW_REPORT) return false;
    const d = device(dest);
    if (!d?.node) return false;
    const word = (data[2]! << 8) | data[3]!;
    // Version 2+: a CRC-16 follows the data.
    const fragment = data.subarray(4, data.length - 2);
    c.ackHostMessage();
    void (async () => {
      await respond(c, fn, [0x01]);
      await callback(c, fn, [callbackId, 0x00]);
      d.firmware.fragment(c.ownNodeId, d.node!, word & 0x7fff, (word & 0x8000) !== 0, Uint8Array.from(fragment));
    })().catch(() => undefined);
    return true;
  };
  return rawBehavior({
    [FunctionType.SendData]: (c, p) => {
      const [dest = 0, len = 0] = p;
      return handle(c, dest, p.subarray(2, 2 + len), p[2 + len + 1] ?? 0, FunctionType.SendData);
    },
    [FunctionType.SendDataBridge]: (c, p) => {
      const [, dest = 0, len = 0] = p;
      return handle(c, dest, p.subarray(3, 3 + len), p[3 + len + 1 + 4] ?? 0, FunctionType.SendDataBridge);
    },
  });
}
