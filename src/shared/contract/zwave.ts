// Z-Wave depth: secure inclusion (S2 grant/DSK PIN, S0 only with consent), SmartStart provisioning, exclusion,
// replace/remove failed nodes, health checks, route rebuilds, node firmware updates and controller NVM
// backup/restore. Long operations report progress as events and can be cancelled.
import { z } from 'zod';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';
import { userName } from './names';
import { operationSchema } from './operation';
import { UploadId } from './uploads';

/** Security classes by zwave-js's names (S2 from strongest to weakest, then S0). */
export const ZWaveSecurityClass = z.enum(['S2_AccessControl', 'S2_Authenticated', 'S2_Unauthenticated', 'S0_Legacy']);
export type ZWaveSecurityClass = z.infer<typeof ZWaveSecurityClass>;

/**
 * default  = zwave-js's recommendation: S2 when the device supports it, S0 only for device types that need it (locks,
 *            garage doors), else no security; any shortfall is reported (done.lowSecurity + reason).
 * s2       = S2 only; a device without S2 is NOT silently included insecurely or with S0: Hearth asks ('s0Consent').
 * s0       = legacy S0 (only for old devices that need it).
 * insecure = no encryption at all.
 */
export const InclusionStrategy = z.enum(['default', 's2', 's0', 'insecure']);
export type InclusionStrategy = z.infer<typeof InclusionStrategy>;

/** A 5-digit PIN: the first group of the DSK printed on the device or its box. */
export const DskPin = z.string().regex(/^\d{5}$/, 'The PIN is the 5 digits printed first on the device label (the underlined group of the DSK).');
/** A full DSK: 8 groups of 5 digits separated by dashes. */
export const Dsk = z.string().regex(/^\d{5}(-\d{5}){7}$/, 'A DSK is 8 groups of 5 digits separated by dashes.');

const common = {
  /** 'inclusion' (add device), 'replace' (replace failed node), 'smartStart' (a provisioned device joined by itself). */
  operation: z.enum(['inclusion', 'replace', 'smartStart']),
  at: z.number(),
};

/** The inclusion flow as the UI shows it; every change is sent as the `zwave.inclusion` event. */
export const InclusionState = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('idle'), ...common }),
  /** The controller listens: press the device's inclusion button (or power it on). */
  z.object({
    stage: z.literal('waiting'),
    strategy: InclusionStrategy,
    replacingNodeId: z.number().int().optional(),
    endsAt: z.number().nullable(),
    /** What to do now, when it is not simply "press the device's button" (e.g. during the S0 re-inclusion). */
    message: z.string().optional(),
    ...common,
  }),
  /** The device only supports S0 (or nothing secure) but S2 was asked for: include it with S0? Answer with zwave.inclusion.s0Consent. */
  z.object({ stage: z.literal('s0Consent'), nodeId: z.number().int(), message: z.string(), deadline: z.number(), ...common }),
  /** The device asks for these security classes: the user picks which to grant (zwave.inclusion.grant). */
  z.object({
    stage: z.literal('grantClasses'),
    nodeId: z.number().int().optional(),
    requested: z.array(ZWaveSecurityClass),
    clientSideAuth: z.boolean(),
    deadline: z.number(),
    ...common,
  }),
  /** Enter the 5-digit PIN from the label (zwave.inclusion.pin). `dsk` has its first 5 digits hidden: 'xxxxx-12345-…'. */
  z.object({ stage: z.literal('enterPin'), nodeId: z.number().int().optional(), dsk: z.string(), deadline: z.number(), ...common }),
  z.object({ stage: z.literal('interviewing'), nodeId: z.number().int(), deviceId: Id.optional(), ...common }),
  z.object({
    stage: z.literal('done'),
    nodeId: z.number().int(),
    deviceId: Id.optional(),
    granted: z.array(ZWaveSecurityClass),
    lowSecurity: z.boolean(),
    /** Plain-English reason when lowSecurity (e.g. "The PIN was wrong…"), with what to do. */
    lowSecurityReason: z.string().optional(),
    message: z.string(),
    ...common,
  }),
  z.object({ stage: z.literal('failed'), nodeId: z.number().int().optional(), reason: z.string(), ...common }),
]);
export type InclusionState = z.infer<typeof InclusionState>;

export const ExclusionState = z.discriminatedUnion('stage', [
  z.object({ stage: z.literal('idle'), at: z.number() }),
  z.object({ stage: z.literal('waiting'), endsAt: z.number().nullable(), at: z.number() }),
  z.object({ stage: z.literal('done'), nodeId: z.number().int(), deviceId: Id.optional(), message: z.string(), at: z.number() }),
  z.object({ stage: z.literal('failed'), reason: z.string(), at: z.number() }),
]);
export type ExclusionState = z.infer<typeof ExclusionState>;

export const SmartStartInfo = z.object({
  dsk: Dsk,
  /** The 5-digit PIN (first DSK group). */
  pin: DskPin,
  requestedClasses: z.array(ZWaveSecurityClass),
  version: z.enum(['S2', 'SmartStart']),
  manufacturerId: z.number().int().optional(),
  productType: z.number().int().optional(),
  productId: z.number().int().optional(),
  /** From zwave-js's device database when known. */
  manufacturer: z.string().optional(),
  product: z.string().optional(),
  applicationVersion: z.string().optional(),
  supportedProtocols: z.array(z.enum(['ZWave', 'ZWaveLongRange'])).optional(),
});
export type SmartStartInfo = z.infer<typeof SmartStartInfo>;

export const ProvisioningEntry = z.object({
  dsk: Dsk,
  grantedClasses: z.array(ZWaveSecurityClass),
  status: z.enum(['active', 'inactive']),
  name: z.string().optional(),
  areaId: z.string().optional(),
  /** Set once the device has joined. */
  nodeId: z.number().int().optional(),
  manufacturer: z.string().optional(),
  product: z.string().optional(),
});
export type ProvisioningEntry = z.infer<typeof ProvisioningEntry>;

export const ZWaveNodeStatus = z.object({
  deviceId: Id,
  nodeId: z.number().int(),
  status: z.enum(['unknown', 'asleep', 'awake', 'dead', 'alive']),
  /** The controller considers it failed (needed for replace/remove failed). */
  failed: z.boolean(),
  securityClasses: z.array(ZWaveSecurityClass),
  firmwareVersion: z.string().nullable(),
  supportsFirmwareUpdate: z.boolean(),
});
export type ZWaveNodeStatus = z.infer<typeof ZWaveNodeStatus>;

export const HealthRound = z.object({
  round: z.number().int(),
  rounds: z.number().int(),
  /** 0 (unusable) – 10 (perfect), zwave-js's lifeline rating. */
  rating: z.number().int().min(0).max(10),
  latencyMs: z.number(),
  failedPings: z.number().int(),
  numNeighbors: z.number().int().optional(),
  snrMarginDb: z.number().optional(),
});
export const HealthCheckResult = z.object({
  deviceId: Id,
  nodeId: z.number().int(),
  rating: z.number().int().min(0).max(10),
  /** e.g. "Excellent (10/10): every ping arrived, fast." */
  summary: z.string(),
  rounds: z.array(HealthRound),
  cancelled: z.boolean(),
  durationMs: z.number(),
});
export type HealthCheckResult = z.infer<typeof HealthCheckResult>;

export const RouteRebuildStatus = z.enum(['pending', 'done', 'failed', 'skipped']);
export const RebuildRoutesProgress = z.object({
  running: z.boolean(),
  nodes: z.array(z.object({ nodeId: z.number().int(), deviceId: Id.optional(), status: RouteRebuildStatus })),
  done: z.number().int(),
  total: z.number().int(),
  cancelled: z.boolean(),
});
export type RebuildRoutesProgress = z.infer<typeof RebuildRoutesProgress>;

export const FirmwareUpdateResult = z.object({
  deviceId: Id,
  success: z.boolean(),
  /** zwave-js's FirmwareUpdateStatus name. */
  status: z.string(),
  /** Seconds the device needs before it is usable again (if it said). */
  waitTimeSeconds: z.number().optional(),
  reason: z.string(),
  firmwareVersion: z.string().nullable(),
});
export type FirmwareUpdateResult = z.infer<typeof FirmwareUpdateResult>;
/** A node's firmware update as a long operation (contract/operation.ts). */
export const FirmwareUpdateOperation = operationSchema('zwave.firmwareUpdate', FirmwareUpdateResult);

export const StickGeneration = z.enum(['500', '700', '800', 'unknown']);
export const NvmBackupInfo = z.object({
  id: z.string().regex(/^[\w.-]+\.nvm$/),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  /** e.g. "700 series", from the controller's SDK version / chip type. */
  generation: StickGeneration,
  sdkVersion: z.string().nullable(),
  stickModel: z.string().nullable(),
  homeId: z.string().nullable(),
  nodes: z.number().int(),
});
export type NvmBackupInfo = z.infer<typeof NvmBackupInfo>;

export const NvmProgress = z.object({
  operation: z.enum(['backup', 'convert', 'restore']),
  bytesDone: z.number().int(),
  bytesTotal: z.number().int(),
});

export const DemoLabel = z.object({
  /** Always true: these are the simulated devices' printed labels, shown in the demo home only. */
  demoOnly: z.literal(true),
  key: z.string(),
  name: z.string(),
  kind: z.enum(['s2', 's0', 'insecure', 'smartStart']),
  dsk: z.string().nullable(),
  pin: z.string().nullable(),
  qr: z.string().nullable(),
  /** The device is still "in the box" (not in the network). */
  inBox: z.boolean(),
});
export type DemoLabel = z.infer<typeof DemoLabel>;

const DeviceInput = z.object({ deviceId: Id }).strict();

export const zwaveRequests = defineRequests({
  'zwave.inclusion.start': {
    input: z.object({ strategy: InclusionStrategy.default('default') }).strict(),
    output: InclusionState,
    personal: 'none',
    audit: { action: 'zwave.inclusion.start', detail: ['strategy'] },
    adds: 'devices',
  },
  /** Stops listening, or cancels the flow at whatever stage it is (a pending grant/PIN/consent is declined). */
  'zwave.inclusion.stop': { input: NoInput, output: InclusionState, personal: 'none' },
  'zwave.inclusion.status': { input: NoInput, output: InclusionState, personal: 'none' },
  'zwave.inclusion.grant': {
    input: z.object({ classes: z.array(ZWaveSecurityClass), clientSideAuth: z.boolean().default(false) }).strict(),
    output: Ok,
    personal: 'none',
    audit: { action: 'zwave.inclusion.grant', detail: ['classes'] },
  },
  'zwave.inclusion.pin': { input: z.object({ pin: DskPin }).strict(), output: Ok, personal: 'none' },
  'zwave.inclusion.s0Consent': { input: z.object({ allow: z.boolean() }).strict(), output: Ok, personal: 'none', audit: { action: 'zwave.inclusion.s0Consent', detail: ['allow'] } },
  'zwave.exclusion.start': { input: NoInput, output: ExclusionState, personal: 'none', audit: { action: 'zwave.exclusion.start' } },
  'zwave.exclusion.stop': { input: NoInput, output: ExclusionState, personal: 'none' },
  'zwave.smartStart.parse': { input: z.object({ qr: z.string().min(1).max(500) }).strict(), output: SmartStartInfo, personal: 'none' },
  'zwave.smartStart.provision': {
    input: z
      .object({
        qr: z.string().min(1).max(500),
        grantedClasses: z.array(ZWaveSecurityClass),
        name: userName(80).optional(),
        areaId: Id.optional(),
      })
      .strict(),
    output: ProvisioningEntry,
    personal: 'write',
    audit: { action: 'zwave.smartStart.provision', detail: ['grantedClasses'] },
    adds: 'devices',
  },
  'zwave.smartStart.list': { input: NoInput, output: z.array(ProvisioningEntry), personal: 'read' },
  'zwave.smartStart.unprovision': { input: z.object({ dsk: Dsk }).strict(), output: Ok, personal: 'write', audit: { action: 'zwave.smartStart.unprovision', detail: ['dsk'] } },
  'zwave.node.status': { input: DeviceInput, output: ZWaveNodeStatus, personal: 'none' },
  /** Only for a node the controller considers failed; then inclusion events follow (operation 'replace'). */
  'zwave.node.replaceFailed': {
    input: z.object({ deviceId: Id, strategy: InclusionStrategy.default('default') }).strict(),
    output: InclusionState,
    personal: 'write',
    audit: { action: 'zwave.node.replaceFailed', detail: ['strategy'] },
  },
  'zwave.node.removeFailed': { input: DeviceInput, output: Ok, personal: 'write', audit: { action: 'zwave.node.removeFailed' } },
  'zwave.node.healthCheck': {
    input: z.object({ deviceId: Id, rounds: z.number().int().min(1).max(10).default(3) }).strict(),
    output: HealthCheckResult,
    personal: 'none',
  },
  'zwave.node.healthCheck.cancel': { input: DeviceInput, output: Ok, personal: 'none' },
  'zwave.node.rebuildRoutes': { input: DeviceInput, output: z.object({ ok: z.boolean(), message: z.string() }), personal: 'none' },
  /** Starts rebuilding every node's routes; progress as `zwave.rebuildRoutes.progress`. */
  'zwave.network.rebuildRoutes': { input: NoInput, output: RebuildRoutesProgress, personal: 'none' },
  'zwave.network.rebuildRoutes.cancel': { input: NoInput, output: RebuildRoutesProgress, personal: 'none' },
  /** Starts updating a node's firmware from a finished upload (uploads.*); answers at once with the operation, whose
   * 'operation.progress' events follow until the device runs the new firmware (or it failed, or was cancelled). */
  'zwave.node.firmware.update': {
    input: z
      .object({
        deviceId: Id,
        /** The firmware file, sent with uploads.start / uploads.chunk (purpose 'firmware', at most 8 MB). */
        uploadId: UploadId,
        /** Firmware target (0 = the device's main firmware). */
        target: z.number().int().min(0).max(255).optional(),
      })
      .strict(),
    output: FirmwareUpdateOperation,
    personal: 'none',
    audit: { action: 'zwave.node.firmware.update', detail: ['uploadId', 'target'] },
  },
  'zwave.node.firmware.abort': { input: DeviceInput, output: Ok, personal: 'none' },
  'zwave.nvm.list': { input: NoInput, output: z.array(NvmBackupInfo), personal: 'none' },
  'zwave.nvm.backup': { input: NoInput, output: NvmBackupInfo, personal: 'none' },
  'zwave.nvm.restore': {
    input: z.object({ id: NvmBackupInfo.shape.id, confirmGeneration: z.boolean().default(false) }).strict(),
    output: z.object({ restored: NvmBackupInfo, converted: z.boolean(), message: z.string() }),
    personal: 'write',
    audit: { action: 'zwave.nvm.restore', detail: ['confirmGeneration'] },
  },
  /** Demo home only: the printed labels of the simulated devices "in the box" (DSK, PIN, SmartStart QR). */
  'zwave.demo.labels': { input: NoInput, output: z.array(DemoLabel), personal: 'none' },
  /** Demo home only: a simulated device breaks (stops answering) or works again, to try "replace failed device". */
  'zwave.demo.fail': { input: z.object({ deviceId: Id, failed: z.boolean() }).strict(), output: Ok, personal: 'none' },
});

export const zwaveEvents = defineEvents({
  'zwave.inclusion': InclusionState,
  'zwave.exclusion': ExclusionState,
  'zwave.smartStart.changed': z.object({ entries: z.array(ProvisioningEntry) }),
  'zwave.healthCheck.progress': HealthRound.extend({ deviceId: Id, nodeId: z.number().int() }),
  'zwave.rebuildRoutes.progress': RebuildRoutesProgress,
  'zwave.firmware.progress': z.object({
    deviceId: Id,
    sentFragments: z.number().int(),
    totalFragments: z.number().int(),
    percent: z.number().min(0).max(100),
  }),
  'zwave.nvm.progress': NvmProgress,
  'zwave.nvm.changed': z.object({ backups: z.array(NvmBackupInfo) }),
});

export type ZWaveRequestName = keyof typeof zwaveRequests;
