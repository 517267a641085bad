// What the LAN test (matter-lan.integration.test.ts) and the Matter peers it runs inside network namespaces
// (peer.ts) say to each other, one JSON object a line over the child's stdin/stdout. Checked with zod both ways.
import { z } from 'zod';

const Iface = z.string().regex(/^[a-z0-9]{1,15}$/);

export const Request = z.discriminatedUnion('op', [
  z.object({ id: z.number().int(), op: z.literal('startDevice'), iface: Iface, dir: z.string(), deviceId: z.string(), passcode: z.number().int(), discriminator: z.number().int() }),
  z.object({ id: z.number().int(), op: z.literal('readDevice'), deviceId: z.string() }),
  z.object({ id: z.number().int(), op: z.literal('flipDevice'), deviceId: z.string(), onOff: z.boolean() }),
  z.object({ id: z.number().int(), op: z.literal('startController'), iface: Iface, dir: z.string(), fabricLabel: z.string() }),
  z.object({ id: z.number().int(), op: z.literal('commission'), code: z.string() }),
  z.object({ id: z.number().int(), op: z.literal('command'), nativeId: z.string(), capabilityId: z.string(), value: z.boolean() }),
  z.object({ id: z.number().int(), op: z.literal('openWindow'), nativeId: z.string() }),
  z.object({ id: z.number().int(), op: z.literal('fabrics'), nativeId: z.string() }),
  z.object({ id: z.number().int(), op: z.literal('stop') }),
]);
export type Request = z.infer<typeof Request>;
export type RequestOf<Op extends Request['op']> = Omit<Extract<Request, { op: Op }>, 'id'>;

export const PeerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state'), nativeId: z.string(), capabilityId: z.string(), value: z.unknown() }),
  z.object({ type: z.literal('health'), nativeId: z.string(), health: z.string() }),
  z.object({ type: z.literal('reachability'), nativeId: z.string(), online: z.boolean(), reason: z.string() }),
]);
export type PeerEvent = z.infer<typeof PeerEvent>;

export const Line = z.union([
  z.object({ ready: z.literal(true), pid: z.number().int() }),
  z.object({ id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({ id: z.number().int(), ok: z.literal(false), error: z.string() }),
  z.object({ event: PeerEvent }),
]);
export type Line = z.infer<typeof Line>;
