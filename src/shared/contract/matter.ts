// Matter: commissioning by pairing code or QR payload with live steps (and cancel), multi-admin (a pairing window
// for another app, the list of connected apps) and how a device is connected. Removal and device details use the
// generic devices.remove / devices.details requests (radios.ts).
import { z } from 'zod';
import { ErrorCode } from '../errors';
import { Id, Ok } from './common';
import { defineEvents, defineRequests } from './define';

/** A client-chosen id that ties one commissioning attempt's progress events together. */
export const AttemptId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const MatterCommissioningStep = z.enum(['discover', 'connect', 'configure', 'interview', 'done', 'failed']);
export type MatterCommissioningStep = z.infer<typeof MatterCommissioningStep>;

export const MatterCommissioningProgress = z.object({
  attemptId: AttemptId,
  step: MatterCommissioningStep,
  /** What is happening, in plain words ("Checking the pairing code with the device"). */
  message: z.string(),
  /** The Matter commissioning step within "configure" ("OperationalCredentials.Certificates"). */
  matterStep: z.string().optional(),
  at: z.number(),
  /** Set on "done": the new device. */
  deviceId: Id.optional(),
  /** Set on "failed": why, and what to do. */
  error: z.object({ code: ErrorCode, message: z.string(), next: z.string().optional() }).optional(),
});
export type MatterCommissioningProgress = z.infer<typeof MatterCommissioningProgress>;

/** Manual pairing code (11 or 21 digits; spaces and dashes allowed) or QR payload ("MT:…"). */
export const PairingCodeText = z.string().trim().min(11).max(128);

export const MatterCommissioningWindow = z.object({
  manualPairingCode: z.string(),
  qrPairingCode: z.string(),
  /** When the device closes the window again (ms since epoch). */
  expiresAt: z.number(),
});
export type MatterCommissioningWindow = z.infer<typeof MatterCommissioningWindow>;

export const MatterFabrics = z.object({
  fabrics: z.array(
    z.object({
      fabricIndex: z.number().int(),
      label: z.string(),
      vendorId: z.number().int(),
      /** 64-bit ids as decimal strings. */
      fabricId: z.string(),
      nodeId: z.string(),
      isHearth: z.boolean(),
    }),
  ),
  supportedFabrics: z.number().int(),
  commissionedFabrics: z.number().int(),
});
export type MatterFabrics = z.infer<typeof MatterFabrics>;

const n = z.number().nullable();
export const MatterNetworkInfo = z.object({
  transport: z.enum(['thread', 'wifi', 'ethernet', 'unknown']),
  address: z.object({ ip: z.string(), port: z.number().int() }).nullable(),
  thread: z
    .object({
      networkName: z.string().nullable(),
      channel: n,
      panId: n,
      extendedPanId: z.string().nullable(),
      routingRole: z.string().nullable(),
      rloc16: n,
      neighbors: z.number().int(),
      averageRssi: n,
    })
    .optional(),
  wifi: z.object({ bssid: z.string().nullable(), rssi: n, channel: n, security: z.string().nullable() }).optional(),
  ethernet: z.object({ phyRateMbps: n, fullDuplex: z.boolean().nullable() }).optional(),
  interfaces: z.array(z.object({ name: z.string(), type: z.string(), operational: z.boolean(), ipv4: z.array(z.string()), ipv6: z.array(z.string()) })),
});
export type MatterNetworkInfo = z.infer<typeof MatterNetworkInfo>;

const DeviceInput = z.object({ deviceId: Id }).strict();

/**
 * What Hearth knows of a device's connection without asking it, so also while it is offline: its transport, how
 * many controllers (Hearth and other apps) it belongs to, and why it last went offline or came back.
 */
export const MatterConnection = z.object({
  transport: z.enum(['thread', 'wifi', 'ethernet', 'unknown']),
  /** Controllers (fabrics) the device belongs to, Hearth's included, as last reported; null: unknown. */
  fabrics: z.number().int().nullable(),
  /** Since Hearth started; null: it has not gone offline. */
  reachability: z.object({ online: z.boolean(), reason: z.string().min(1).max(300), at: z.number() }).nullable(),
});
export type MatterConnection = z.infer<typeof MatterConnection>;

/** A network interface of this computer, as the Matter home-network picker shows it. */
export const MatterInterface = z.object({
  name: z.string(),
  kind: z.enum(['wifi', 'wired', 'virtual']),
  ipv4: z.array(z.string()),
  ipv6: z.array(z.string()),
  /** Matter needs IPv6 on the interface. */
  usable: z.boolean(),
});
export type MatterInterface = z.infer<typeof MatterInterface>;

export const InterfaceName = z.string().regex(/^[A-Za-z0-9._:@-]{1,32}$/);

/** Matter on the home network: the consent, the chosen interfaces, what runs now, and what this computer offers. */
export const MatterHomeNetworkView = z.object({
  consent: z.object({ granted: z.boolean(), title: z.string(), text: z.string(), version: z.string() }),
  /** Chosen (used from the next start). */
  chosen: z.array(InterfaceName),
  /** What the running controller uses; empty: loopback only (always in the demo home). */
  active: z.array(InterfaceName),
  demo: z.boolean(),
  interfaces: z.array(MatterInterface),
  /** Adding a device over Bluetooth (BLE): whether it can be done on this computer, and if not, why. */
  bluetooth: z.object({ available: z.boolean(), reason: z.string() }),
});
export type MatterHomeNetworkView = z.infer<typeof MatterHomeNetworkView>;

export const matterRequests = defineRequests({
  /**
   * Starts adding a device; returns at once. Progress (and the result) arrive as matter.commissioning.progress
   * events with the same attemptId.
   */
  'matter.commission': {
    input: z
      .object({
        code: PairingCodeText,
        /** Skip discovery: the device's address (IPv6 or IPv4) and port (default 5540). */
        address: z.object({ ip: z.string().min(2).max(64), port: z.number().int().min(1).max(65535).optional() }).strict().optional(),
        attemptId: AttemptId.optional(),
      })
      .strict(),
    output: z.object({ attemptId: AttemptId }),
    personal: 'write',
    adds: 'devices',
  },
  'matter.commission.cancel': { input: z.object({ attemptId: AttemptId }).strict(), output: Ok, personal: 'none' },
  /** Opens a pairing window so another app or hub can add the device too (3–15 minutes). */
  'matter.openWindow': {
    input: z.object({ deviceId: Id, minutes: z.number().int().min(3).max(15).default(15) }).strict(),
    output: MatterCommissioningWindow,
    personal: 'none',
    audit: { action: 'matter.openWindow', detail: ['minutes'] },
  },
  'matter.closeWindow': { input: DeviceInput, output: Ok, personal: 'none' },
  'matter.fabrics': { input: DeviceInput, output: MatterFabrics, personal: 'read' },
  'matter.network': { input: DeviceInput, output: MatterNetworkInfo, personal: 'none' },
  /** The device's connection as Hearth knows it (no traffic): answers for an offline device, with the reason. */
  'matter.connection': { input: DeviceInput, output: MatterConnection, personal: 'none' },
  /** Demo home only: pulls a virtual device's plug (it says it powers down and goes offline) or plugs it back in. */
  'matter.demo.power': { input: z.object({ deviceId: Id, on: z.boolean() }).strict(), output: Ok, personal: 'none' },
  'matter.homeNetwork.get': { input: z.object({}).strict(), output: MatterHomeNetworkView, personal: 'none' },
  /** Agrees to Matter on the home network (recorded as consent "matterHomeNetwork") on these interfaces. */
  'matter.homeNetwork.set': {
    input: z.object({ interfaces: z.array(InterfaceName).min(1).max(8), textVersion: z.string().min(1).max(32) }).strict(),
    output: z.object({ view: MatterHomeNetworkView, message: z.string(), restartRequired: z.boolean() }),
    personal: 'none',
    audit: { action: 'matter.homeNetwork.set', detail: ['interfaces'] },
  },
  /** Withdraws it: Matter stays on this computer from the next start. */
  'matter.homeNetwork.withdraw': {
    input: z.object({}).strict(),
    output: z.object({ view: MatterHomeNetworkView, message: z.string(), restartRequired: z.boolean() }),
    personal: 'none',
    audit: { action: 'matter.homeNetwork.withdraw' },
  },
});

/** Why a Matter device went offline, or that it is back, in plain words. */
export const MatterReachability = z.object({ deviceId: Id, online: z.boolean(), reason: z.string().min(1).max(300), at: z.number() });
export type MatterReachability = z.infer<typeof MatterReachability>;

export const matterEvents = defineEvents({
  'matter.commissioning.progress': MatterCommissioningProgress,
  'matter.device.reachability': MatterReachability,
});

export type MatterRequestName = keyof typeof matterRequests;
