// Long operations from the window (contract/operation.ts): the request that starts one answers at once, then its
// 'operation.progress' events are followed until it is done, failed or cancelled — never a request held open, so the
// hub's 30 s request timeout does not apply. After the connection comes back (events sent meanwhile are lost), and
// once right after starting, the operation is asked for how it stands.
import type { OperationKind, OperationOf } from '../../shared/contract';
import type { HearthErrorPayload } from '../../shared/errors';
import { ApiError, type Client } from './client';

/** Follows a started operation to its end; `onProgress` hears every change. Resolves with the ended operation. */
export function followOperation<K extends OperationKind>(c: Client, started: OperationOf<K>, onProgress?: (op: OperationOf<K>) => void): Promise<OperationOf<K>> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let latest = 0;
    const stops: Array<() => void> = [];
    const end = (fn: () => void) => {
      if (settled) return;
      settled = true;
      for (const s of stops) s();
      fn();
    };
    const seen = (op: { id: string; updatedAt: number; state: string }) => {
      if (settled || op.id !== started.id || op.updatedAt < latest) return;
      latest = op.updatedAt;
      const mine = op as OperationOf<K>;
      onProgress?.(mine);
      if (mine.state !== 'running') end(() => resolve(mine));
    };
    const ask = () =>
      c.call('operations.get', { id: started.id }).then(seen, (err: unknown) => {
        // Gone (Hearth restarted): nothing will tell how it ended.
        if (err instanceof ApiError && err.code === 'NOT_FOUND') end(() => reject(err));
      });
    stops.push(c.on('operation.progress', seen));
    let wasOpen = c.transport.connection === 'open';
    stops.push(
      c.transport.onConnection((s) => {
        if (s === 'open' && !wasOpen) void ask();
        wasOpen = s === 'open';
      }),
    );
    seen(started);
    if (!settled) void ask();
  });
}

/** Starts an operation and follows it to its end. */
export async function runOperation<K extends OperationKind>(c: Client, start: () => Promise<OperationOf<K>>, onProgress?: (op: OperationOf<K>) => void): Promise<OperationOf<K>> {
  return followOperation(c, await start(), onProgress);
}

/** An ended operation that failed without a result, as the error it carries. */
export function failure(op: { state: string; error?: HearthErrorPayload | undefined }): ApiError | null {
  if (op.state !== 'failed') return null;
  return new ApiError(op.error ?? { code: 'INTERNAL', message: 'It stopped without saying why.', next: 'Try again.' });
}

export const cancelOperation = (c: Client, id: string) => c.call('operations.cancel', { id });
export const listOperations = (c: Client) => c.call('operations.list', {});
