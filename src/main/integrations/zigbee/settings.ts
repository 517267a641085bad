// Zigbee's settings, declared for the settings registry (src/main/settings), for a real stick: port and adapter
// type (command line, settings, or the discovered stick), channel / PAN id / extended PAN id (generated once), the
// firmware index; the network key is a secret (SecretStore, generated once).
import { randomBytes, randomInt } from 'node:crypto';
import { z } from 'zod';
import { ZIGBEE_ADAPTER_TYPES, type ZigbeeNetworkSettings } from '../../../protocols/zigbee/plain';
import { ZIGBEE_NETWORK_KEY, zigbeeNetworkKey } from '../../radio-keys';
import type { SecretStore } from '../../secrets';
import type { AppSettings } from '../../settings';
import { defineSetting } from '../../settings/registry';

export const ZigbeeAdapterType = z.enum(ZIGBEE_ADAPTER_TYPES);
export type ZigbeeAdapterType = z.infer<typeof ZigbeeAdapterType>;

const Channel = z.number().int().min(11).max(26);
const PanId = z.number().int().min(1).max(0xfffe);
const ExtPanId = z.string().regex(/^[0-9a-f]{16}$/);

export const zigbeeSettings = [
  defineSetting({
    key: 'radios.zigbee.port',
    schema: z.string().min(1).optional(),
    default: undefined,
    description: 'The serial port (or tcp:// address) of the Zigbee stick (Settings → Radios); used from the next start of Hearth.',
    userVisible: true,
    env: 'HEARTH_ZIGBEE_PORT',
  }),
  defineSetting({
    key: 'radios.zigbee.adapter',
    schema: ZigbeeAdapterType.optional(),
    default: undefined,
    description: 'Which kind of Zigbee stick it is (zstack, ember, deconz, zigate, zboss); unset: told by its USB id.',
    userVisible: true,
    env: 'HEARTH_ZIGBEE_ADAPTER',
  }),
  defineSetting({
    key: 'radios.zigbee.channel',
    schema: Channel.optional(),
    default: undefined,
    description: 'The radio channel of the Zigbee network Hearth forms (11–26); an existing network keeps its own.',
    userVisible: true,
  }),
  defineSetting({
    key: 'radios.zigbee.panId',
    schema: PanId.optional(),
    default: undefined,
    description: 'The Zigbee network’s PAN id, chosen once at random.',
    userVisible: false,
  }),
  defineSetting({
    key: 'radios.zigbee.extendedPanId',
    schema: ExtPanId.optional(),
    default: undefined,
    description: 'The Zigbee network’s extended PAN id, chosen once at random.',
    userVisible: false,
  }),
  defineSetting({
    key: 'radios.zigbee.otaIndex',
    schema: z.string().min(1).optional(),
    default: undefined,
    description: 'A local firmware index (zigbee-OTA format) to check Zigbee devices against; Hearth never downloads one itself.',
    userVisible: true,
  }),
] as const;

/** The settings the Zigbee stack reads and writes. */
export type ZigbeeSettingsStore = Pick<AppSettings, 'get' | 'set'>;

export interface ZigbeeNetwork {
  channel: number;
  panId: number;
  extendedPanId: Uint8Array;
  networkKey: Uint8Array;
}

/** The network this installation uses; what is missing is generated once and remembered. */
export function zigbeeNetwork(settings: ZigbeeSettingsStore, secrets: SecretStore): ZigbeeNetwork {
  let channel = settings.get('radios.zigbee.channel');
  if (channel === undefined) settings.set('radios.zigbee.channel', (channel = 15));
  let panId = settings.get('radios.zigbee.panId');
  if (panId === undefined) settings.set('radios.zigbee.panId', (panId = randomInt(1, 0xfff0)));
  let ext = settings.get('radios.zigbee.extendedPanId');
  if (ext === undefined) settings.set('radios.zigbee.extendedPanId', (ext = randomBytes(8).toString('hex')));
  return { channel, panId, extendedPanId: new Uint8Array(Buffer.from(ext, 'hex')), networkKey: zigbeeNetworkKey(secrets) };
}

/** Remembers the stick and the network taken over from a backup, so later starts use them. */
export function saveZigbeeNetwork(settings: ZigbeeSettingsStore, secrets: SecretStore, n: ZigbeeNetworkSettings): void {
  settings.set('radios.zigbee.channel', n.channel);
  settings.set('radios.zigbee.panId', n.panId);
  settings.set('radios.zigbee.extendedPanId', Buffer.from(n.extendedPanId).toString('hex'));
  secrets.set(ZIGBEE_NETWORK_KEY, Buffer.from(n.networkKey));
  settings.set('radios.zigbee.port', n.port);
  settings.set('radios.zigbee.adapter', n.adapter);
}

/** The stick Settings → Radios chose (takes effect at the next start); no adapter type: told by its USB id. */
export function saveZigbeeStick(settings: ZigbeeSettingsStore, stick: { port: string; adapter?: ZigbeeAdapterType | undefined; channel?: number | undefined }): void {
  settings.set('radios.zigbee.port', stick.port);
  settings.set('radios.zigbee.adapter', stick.adapter);
  if (stick.channel !== undefined) settings.set('radios.zigbee.channel', stick.channel);
}

export function savedZigbeeStick(settings: ZigbeeSettingsStore): { port?: string; adapter?: ZigbeeAdapterType } {
  const port = settings.get('radios.zigbee.port');
  const adapter = settings.get('radios.zigbee.adapter');
  return { ...(port ? { port } : {}), ...(adapter ? { adapter } : {}) };
}
