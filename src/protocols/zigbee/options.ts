// Options of the Zigbee adapter, validated at the boundary, and their translation into
// zigbee-herdsman Controller options.
import { join } from 'node:path';
import { z } from 'zod';
import type { Logger } from '../../shared/logger';

export const ZIGBEE_ADAPTER_TYPES = ['zstack', 'ember', 'deconz', 'zigate', 'zboss'] as const;

const bytes = (n: number, what: string) =>
  z.custom<Uint8Array>((v) => v instanceof Uint8Array && v.length === n, { message: `${what} must be ${n} bytes` });

export const ZigbeeAdapterOptionsSchema = z.object({
  /** Serial device ("/dev/ttyUSB0", "COM3") or "tcp://host:port". mDNS discovery is not used. */
  serialPath: z
    .string()
    .min(1)
    .refine((p) => !p.startsWith('mdns://'), { message: 'mDNS discovery is not supported; give the explicit tcp:// address' }),
  adapterType: z.enum(ZIGBEE_ADAPTER_TYPES),
  baudRate: z.number().int().positive().optional(),
  rtscts: z.boolean().optional(),
  channel: z.number().int().min(11).max(26),
  panId: z.number().int().min(1).max(0xfffe),
  extendedPanId: bytes(8, 'extended PAN id'),
  /** Supplied by the caller, who keeps it encrypted; never written anywhere by this adapter itself. */
  networkKey: bytes(16, 'network key'),
  /** Holds herdsman's database.json and coordinator_backup.json. */
  dataDir: z.string().min(1),
  label: z.string().optional(),
  /** How long start-up may take before the radio is reported as unavailable. */
  startTimeoutMs: z.number().int().positive().default(90_000),
  /** A router not heard from for this long is pinged, then marked offline if it does not answer. */
  routerTimeoutMs: z.number().int().positive().default(10 * 60_000),
  /** A battery device not heard from for this long is marked offline. */
  endDeviceTimeoutMs: z.number().int().positive().default(25 * 3_600_000),
  availabilityCheckMs: z.number().int().positive().default(60_000),
  /** After a command, if the device has not reported the new value within this time, it is read back. */
  readBackAfterMs: z.number().int().nonnegative().default(2_000),
  /** Local OTA index (zigbee-OTA format). Hearth never downloads one by itself. */
  otaIndexPath: z.string().min(1).optional(),
});

/** What identifies the stick and the network: changes when a stick is replaced or a backup restored. */
export type ZigbeeLinkOptions = Pick<ZigbeeAdapterOptions, 'serialPath' | 'adapterType' | 'baudRate' | 'rtscts' | 'channel' | 'panId' | 'extendedPanId' | 'networkKey'>;

/** `log` takes herdsman's and the converters' error lines (as warnings: the adapter copes with them). */
export type ZigbeeAdapterOptionsInput = z.input<typeof ZigbeeAdapterOptionsSchema> & { log?: Logger };
export type ZigbeeAdapterOptions = z.output<typeof ZigbeeAdapterOptionsSchema> & { log?: Logger };
export type ZigbeeAdapterType = ZigbeeAdapterOptions['adapterType'];

export function parseOptions(input: ZigbeeAdapterOptionsInput): ZigbeeAdapterOptions {
  const { log, ...rest } = input;
  return { ...ZigbeeAdapterOptionsSchema.parse(rest), log };
}

/** The stick and network of these options (never the key). */
export function linkOf(o: ZigbeeAdapterOptions): Omit<ZigbeeLinkOptions, 'networkKey'> {
  const { serialPath, adapterType, baudRate, rtscts, channel, panId, extendedPanId } = o;
  return { serialPath, adapterType, baudRate, rtscts, channel, panId, extendedPanId };
}

/** The options with a new stick and/or network, validated again. */
export function withLink(o: ZigbeeAdapterOptions, patch: Partial<ZigbeeLinkOptions>): ZigbeeAdapterOptions {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return { ...parseOptions({ ...o, ...defined }), log: o.log };
}

export function dataPaths(dataDir: string) {
  return {
    database: join(dataDir, 'database.json'),
    databaseBackup: join(dataDir, 'database.json.backup'),
    coordinatorBackup: join(dataDir, 'coordinator_backup.json'),
  };
}

export function controllerOptions(o: ZigbeeAdapterOptions) {
  const paths = dataPaths(o.dataDir);
  return {
    network: {
      panID: o.panId,
      extendedPanID: [...o.extendedPanId],
      channelList: [o.channel],
      networkKey: [...o.networkKey],
      networkKeyDistribute: false,
    },
    serialPort: { path: o.serialPath, adapter: o.adapterType, baudRate: o.baudRate, rtscts: o.rtscts },
    databasePath: paths.database,
    databaseBackupPath: paths.databaseBackup,
    backupPath: paths.coordinatorBackup,
    adapter: { disableLED: false },
    acceptJoiningDeviceHandler: async () => true,
  };
}
