// SmartStart: the QR code on a device (or its box) holds its DSK and what it asks for. Once it is on the
// controller's provisioning list, the device joins by itself when powered, no button press needed.
import { createHash } from 'node:crypto';
import { ProvisioningEntryStatus, Protocols, parseQRCodeString, type SmartStartProvisioningEntry, QRCodeVersion } from './zwavejs';
import type { ProvisioningEntry, SmartStartInfo, ZWaveSecurityClass } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { ZWaveContext } from './context';
import type { ZWaveSmartStartFacet } from './facets';
import { classNames, toClasses } from './security-text';

const BAD_QR = 'That is not a Z-Wave SmartStart code.';
const BAD_QR_NEXT = 'Scan the QR code on the device or its box again, or type the digits under it (they start with 90).';

export async function parseSmartStart(ctx: ZWaveContext | undefined, qr: string): Promise<SmartStartInfo> {
  const text = qr.trim();
  if (!/^\d+$/.test(text)) throw new HearthError('BAD_REQUEST', `${BAD_QR} It may only contain digits.`, BAD_QR_NEXT);
  if (!text.startsWith('90')) throw new HearthError('BAD_REQUEST', `${BAD_QR} Z-Wave codes start with 90.`, BAD_QR_NEXT);
  if (text.length < 52) throw new HearthError('BAD_REQUEST', `${BAD_QR} It is too short (${text.length} of at least 52 digits): part of it is missing.`, BAD_QR_NEXT);
  const sum = createHash('sha1').update(text.slice(9)).digest().readUInt16BE(0);
  if (Number(text.slice(4, 9)) !== sum) {
    throw new HearthError('BAD_REQUEST', `${BAD_QR} Its checksum does not match: a digit was mistyped or misread.`, BAD_QR_NEXT);
  }
  let info;
  try {
    info = await parseQRCodeString(text);
  } catch (err) {
    throw new HearthError('BAD_REQUEST', `${BAD_QR} It could not be read (${(err as Error).message}).`, BAD_QR_NEXT);
  }
  let manufacturer: string | undefined;
  let product: string | undefined;
  try {
    const driver = ctx?.driver();
    manufacturer = driver?.lookupManufacturer(info.manufacturerId);
    const config = await driver?.configManager.lookupDevice(info.manufacturerId, info.productType, info.productId);
    if (config) product = [config.label, config.description].filter(Boolean).join(' ');
  } catch {
    // Without a running stick the device database is not at hand; the DSK is what matters.
  }
  return {
    dsk: info.dsk,
    pin: info.dsk.slice(0, 5),
    requestedClasses: classNames(info.requestedSecurityClasses),
    version: info.version === QRCodeVersion.SmartStart ? 'SmartStart' : 'S2',
    manufacturerId: info.manufacturerId,
    productType: info.productType,
    productId: info.productId,
    ...(manufacturer ? { manufacturer } : {}),
    ...(product ? { product } : {}),
    applicationVersion: info.applicationVersion,
    ...(info.supportedProtocols ? { supportedProtocols: info.supportedProtocols.map((p) => (p === Protocols.ZWaveLongRange ? 'ZWaveLongRange' : 'ZWave')) } : {}),
  } as SmartStartInfo;
}

export async function provision(ctx: ZWaveContext, qr: string, granted: ZWaveSecurityClass[], extra: { name?: string | undefined; areaId?: string | undefined }): Promise<ProvisioningEntry> {
  const info = await parseSmartStart(ctx, qr);
  if (info.version !== 'SmartStart') {
    throw new HearthError('BAD_REQUEST', 'This code is an S2 code, not a SmartStart code: the device cannot join by itself.', 'Add it with Devices → Add device → Z-Wave and enter the PIN printed on it.');
  }
  const allowed = granted.filter((c) => info.requestedClasses.includes(c));
  const c = ctx.driver().controller;
  c.provisionSmartStartNode({
    dsk: info.dsk,
    securityClasses: toClasses(allowed),
    requestedSecurityClasses: toClasses(info.requestedClasses),
    status: ProvisioningEntryStatus.Active,
    ...(extra.name ? { name: extra.name } : {}),
    ...(extra.areaId ? { areaId: extra.areaId } : {}),
    ...(info.manufacturer ? { manufacturer: info.manufacturer } : {}),
    ...(info.product ? { product: info.product } : {}),
  });
  return entryOf(c.getProvisioningEntry(info.dsk)!);
}

export function listProvisioned(ctx: ZWaveContext): ProvisioningEntry[] {
  return ctx.driver().controller.getProvisioningEntries().map(entryOf);
}

export function unprovision(ctx: ZWaveContext, dsk: string): void {
  const c = ctx.driver().controller;
  if (!c.getProvisioningEntry(dsk)) throw new HearthError('NOT_FOUND', 'That device is not on the SmartStart list.', 'Refresh the list.');
  c.unprovisionSmartStartNode(dsk);
}

export function entryOf(e: SmartStartProvisioningEntry): ProvisioningEntry {
  const extra = e as SmartStartProvisioningEntry & { name?: unknown; areaId?: unknown; manufacturer?: unknown; product?: unknown; nodeId?: unknown };
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const out: ProvisioningEntry = {
    dsk: e.dsk,
    grantedClasses: classNames(e.securityClasses),
    status: e.status === ProvisioningEntryStatus.Inactive ? 'inactive' : 'active',
  };
  for (const k of ['name', 'areaId', 'manufacturer', 'product'] as const) {
    const v = str(extra[k]);
    if (v) out[k] = v;
  }
  if (typeof extra.nodeId === 'number') out.nodeId = extra.nodeId;
  return out;
}

/** The SmartStart facet. Name and room ride on the provisioning entry only until the device joined and Hearth took them. */
export function smartStartFacet(ctx: ZWaveContext): ZWaveSmartStartFacet {
  const running = (): ZWaveContext | undefined => {
    try {
      ctx.driver();
      return ctx;
    } catch {
      return undefined;
    }
  };
  const entryOfNode = (nativeId: string) => ctx.driver().controller.getProvisioningEntry(ctx.nodeIdOf(nativeId));
  return {
    parse: (qr) => parseSmartStart(running(), qr),
    provision: (qr, granted, place) => provision(ctx, qr, granted, place),
    list: () => listProvisioned(ctx),
    unprovision: (dsk) => unprovision(ctx, dsk),
    placeOf(nativeId) {
      const entry = entryOfNode(nativeId);
      if (!entry) return null;
      const { name, areaId } = entryOf(entry);
      return name || areaId ? { ...(name ? { name } : {}), ...(areaId ? { areaId } : {}) } : null;
    },
    forgetPlace(nativeId) {
      const entry = entryOfNode(nativeId);
      if (!entry) return;
      // zwave-js's cache keeps only what the radio needs, so "Erase my data" leaves no name behind in the radio's files.
      const { name: _n, areaId: _a, ...rest } = entry as typeof entry & { name?: unknown; areaId?: unknown };
      ctx.driver().controller.provisionSmartStartNode(rest);
    },
  };
}
