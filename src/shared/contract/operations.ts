// Long operations (see operation.ts): look one up, list them (a window that reconnects finds what is running and
// how what it started ended), cancel one. Every change is an 'operation.progress' event.
import { z } from 'zod';
import { NoInput } from './common';
import { defineEvents, defineRequests } from './define';
import { OperationId } from './operation';
import { NetworkMapOperation } from './zigbee';
import { FirmwareUpdateOperation } from './zwave';

export const Operation = z.discriminatedUnion('kind', [FirmwareUpdateOperation, NetworkMapOperation]);
export type Operation = z.infer<typeof Operation>;
export type OperationKind = Operation['kind'];
export type OperationOf<K extends OperationKind> = Extract<Operation, { kind: K }>;

export const operationRequests = defineRequests({
  /** 'read': an ended operation's result may name devices (a network map). */
  'operations.get': { input: z.object({ id: OperationId }).strict(), output: Operation, personal: 'read' },
  /** The running operations and those that ended lately (kept for 30 minutes), newest first. */
  'operations.list': { input: NoInput, output: z.array(Operation), personal: 'read' },
  /** Asks it to stop; the operation ends 'cancelled' (with what it had, if anything) once the work has stopped. */
  'operations.cancel': { input: z.object({ id: OperationId }).strict(), output: Operation, personal: 'none' },
});

export const operationEvents = defineEvents({
  'operation.progress': Operation,
});

export type OperationRequestName = keyof typeof operationRequests;
