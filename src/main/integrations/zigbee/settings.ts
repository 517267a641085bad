// Zigbee's settings, for a real stick: port and adapter type (CLI, settings, or the discovered stick),
// channel / PAN id / extended PAN id (settings, generated once), network key (SecretStore, generated once).
import { randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import { ZIGBEE_ADAPTER_TYPES, type ZigbeeNetworkSettings } from '../../../protocols/zigbee';
import { ZIGBEE_NETWORK_KEY, zigbeeNetworkKey } from '../../radio-keys';
import type { SecretStore } from '../../secrets';
import type { Db } from '../../storage/db';
import { getSetting, setSetting } from '../../storage/settings';

export const ZigbeeAdapterType = z.enum(ZIGBEE_ADAPTER_TYPES);
export type ZigbeeAdapterType = z.infer<typeof ZigbeeAdapterType>;

export const ZIGBEE_SETTINGS = {
  port: 'radios.zigbee.port',
  adapter: 'radios.zigbee.adapter',
  channel: 'radios.zigbee.channel',
  panId: 'radios.zigbee.panId',
  extendedPanId: 'radios.zigbee.extendedPanId',
  otaIndex: 'radios.zigbee.otaIndex',
} as const;

export interface ZigbeeNetwork {
  channel: number;
  panId: number;
  extendedPanId: Uint8Array;
  networkKey: Uint8Array;
}

const Channel = z.number().int().min(11).max(26);
const PanId = z.number().int().min(1).max(0xfffe);
const ExtPanId = z.string().regex(/^[0-9a-f]{16}$/);

/** The network this installation uses; what is missing is generated once and remembered. */
export function zigbeeNetwork(db: Db, secrets: SecretStore): ZigbeeNetwork {
  let channel = getSetting(db, ZIGBEE_SETTINGS.channel, Channel);
  if (channel === undefined) setSetting(db, ZIGBEE_SETTINGS.channel, (channel = 15));
  let panId = getSetting(db, ZIGBEE_SETTINGS.panId, PanId);
  if (panId === undefined) setSetting(db, ZIGBEE_SETTINGS.panId, (panId = randomInt(1, 0xfff0)));
  let ext = getSetting(db, ZIGBEE_SETTINGS.extendedPanId, ExtPanId);
  if (ext === undefined) setSetting(db, ZIGBEE_SETTINGS.extendedPanId, (ext = randomBytes(8).toString('hex')));
  return { channel, panId, extendedPanId: new Uint8Array(Buffer.from(ext, 'hex')), networkKey: zigbeeNetworkKey(secrets) };
}

/** Remembers the stick and the network taken over from a backup, so later starts use them. */
export function saveZigbeeNetwork(db: Db, secrets: SecretStore, n: ZigbeeNetworkSettings): void {
  setSetting(db, ZIGBEE_SETTINGS.channel, n.channel);
  setSetting(db, ZIGBEE_SETTINGS.panId, n.panId);
  setSetting(db, ZIGBEE_SETTINGS.extendedPanId, Buffer.from(n.extendedPanId).toString('hex'));
  secrets.set(ZIGBEE_NETWORK_KEY, Buffer.from(n.networkKey));
  setSetting(db, ZIGBEE_SETTINGS.port, n.port);
  setSetting(db, ZIGBEE_SETTINGS.adapter, n.adapter);
}

/** The stick Settings → Radios chose (takes effect at the next start). */
export function saveZigbeeStick(db: Db, stick: { port: string; adapter?: ZigbeeAdapterType | undefined; channel?: number | undefined }): void {
  setSetting(db, ZIGBEE_SETTINGS.port, stick.port);
  if (stick.adapter) setSetting(db, ZIGBEE_SETTINGS.adapter, stick.adapter);
  else db.prepare('DELETE FROM settings WHERE key = ?').run(ZIGBEE_SETTINGS.adapter);
  if (stick.channel !== undefined) setSetting(db, ZIGBEE_SETTINGS.channel, stick.channel);
}

export function zigbeeOtaIndex(db: Db): string | undefined {
  return getSetting(db, ZIGBEE_SETTINGS.otaIndex, z.string().min(1));
}

export function savedZigbeeStick(db: Db): { port?: string; adapter?: ZigbeeAdapterType } {
  const port = getSetting(db, ZIGBEE_SETTINGS.port, z.string().min(1));
  const adapter = getSetting(db, ZIGBEE_SETTINGS.adapter, ZigbeeAdapterType);
  return { ...(port ? { port } : {}), ...(adapter ? { adapter } : {}) };
}
