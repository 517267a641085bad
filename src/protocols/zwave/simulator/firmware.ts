// Over-the-air firmware update of a simulated device (Firmware Update Meta Data CC): it describes itself,
// accepts a transfer, asks for the image fragment by fragment, checks the image's CRC and "reboots" into it.
// The new version is read from a "HEARTH-SIM-FW <version>" marker in the image, else the minor version goes up.
import {
  FirmwareUpdateMetaDataCCGet,
  FirmwareUpdateMetaDataCCMetaDataGet,
  FirmwareUpdateMetaDataCCMetaDataReport,
  FirmwareUpdateMetaDataCCReport,
  FirmwareUpdateMetaDataCCRequestGet,
  FirmwareUpdateMetaDataCCRequestReport,
  FirmwareUpdateMetaDataCCStatusReport,
  FirmwareUpdateRequestStatus,
  FirmwareUpdateStatus,
} from '@zwave-js/cc';
import { CRC16_CCITT } from '@zwave-js/core';
import type { MockNodeBehavior } from '@zwave-js/testing';
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

export function firmwareBehavior(product: Product, ctx: SimContext): MockNodeBehavior {
  let transfer: Transfer | undefined;
  return {
    handleCC(controller, self, cc) {
      const nodeId = controller.ownNodeId;
      if (cc instanceof FirmwareUpdateMetaDataCCMetaDataGet) {
        return {
          action: 'sendCC',
          cc: new FirmwareUpdateMetaDataCCMetaDataReport({
            nodeId,
            manufacturerId: product.manufacturerId,
            firmwareId: product.productId,
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
        const ok = cc.manufacturerId === product.manufacturerId && cc.firmwareId === product.productId && (cc.firmwareTarget ?? 0) === 0;
        if (ok) {
          transfer = { checksum: cc.checksum, parts: [] };
          // The device pulls the image: first fragment right after it said yes.
          sendReport(self, new FirmwareUpdateMetaDataCCGet({ nodeId, numReports: 1, reportNumber: 1 }));
        }
        const status = ok ? FirmwareUpdateRequestStatus.OK : FirmwareUpdateRequestStatus.Error_InvalidManufacturerOrFirmwareID;
        return { action: 'sendCC', cc: new FirmwareUpdateMetaDataCCRequestReport({ nodeId, status }) };
      }
      if (cc instanceof FirmwareUpdateMetaDataCCReport && transfer) {
        if (cc.reportNumber !== transfer.parts.length + 1) return { action: 'ok' };
        transfer.parts.push(cc.firmwareData);
        if (!cc.isLast) {
          sendReport(self, new FirmwareUpdateMetaDataCCGet({ nodeId, numReports: 1, reportNumber: cc.reportNumber + 1 }));
          return { action: 'ok' };
        }
        const image = Buffer.concat(transfer.parts);
        const good = CRC16_CCITT(image) === transfer.checksum;
        transfer = undefined;
        const status = good ? FirmwareUpdateStatus.OK_RestartPending : FirmwareUpdateStatus.Error_Checksum;
        sendReport(self, new FirmwareUpdateMetaDataCCStatusReport({ nodeId, status, waitTime: good ? 1 : 0 }));
        if (good) {
          ctx.state.firmware = newFirmwareVersion(image, ctx.state.firmware);
          self.capabilities.firmwareVersion = ctx.state.firmware;
          ctx.changed();
        }
        return { action: 'ok' };
      }
      return undefined;
    },
  };
}
