// A home's control center keeps running when a radio library lets a promise reject unobserved (zwave-js's
// background re-interview after a firmware update can, when a restore closes its database under it): the
// rejection is logged, the rest of the home keeps working. Node's default would end the whole process.
import type { Logger } from '../shared/logger';

export function guardProcess(log: Logger, proc: Pick<NodeJS.Process, 'on'> = process): void {
  proc.on('unhandledRejection', (reason: unknown) => {
    log.error('a background task failed (unhandled rejection); Hearth keeps running', reason instanceof Error ? { message: reason.message, stack: reason.stack } : { reason: String(reason) });
  });
}
