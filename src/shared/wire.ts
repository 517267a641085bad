// Envelopes carried by the transports. Electron: one ipcMain.handle per request returns a Reply; events are
// pushed as EventMessage. Hub mode: the WebSocket carries RequestMessage up and Reply/EventMessage down.
import { z } from 'zod';
import { HearthErrorPayload } from './errors';

export const RequestMessage = z.object({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  method: z.string().max(64),
  params: z.unknown(),
});
export type RequestMessage = z.infer<typeof RequestMessage>;

export const Reply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: HearthErrorPayload }),
]);
export type Reply = z.infer<typeof Reply>;

export const ReplyMessage = z.intersection(
  z.object({ type: z.literal('reply'), id: z.number().int().nonnegative() }),
  Reply,
);
export type ReplyMessage = z.infer<typeof ReplyMessage>;

export const EventMessage = z.object({ type: z.literal('event'), event: z.string(), payload: z.unknown() });
export type EventMessage = z.infer<typeof EventMessage>;

/** Several events emitted together, in order (the hub batches what the core emits within one turn). */
export const EventsMessage = z.object({
  type: z.literal('events'),
  events: z.array(z.object({ event: z.string(), payload: z.unknown() })),
});
export type EventsMessage = z.infer<typeof EventsMessage>;

export const ServerMessage = z.union([ReplyMessage, EventMessage, EventsMessage]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/** Prefix of Electron IPC channels: `hearth:req:<method>` and `hearth:event`. */
export const IPC_REQUEST_PREFIX = 'hearth:req:';
export const IPC_EVENT_CHANNEL = 'hearth:event';
/** Path of the hub's WebSocket endpoint. */
export const HUB_WS_PATH = '/api/ws';
