// Long operations (contract/operations.ts) and chunked uploads (contract/uploads.ts). An upload belongs to the caller
// that started it (each hub connection is its own caller).
import type { OperationRequestName, UploadRequestName } from '../../shared/contract';
import type { OperationRegistry } from '../operations/registry';
import type { UploadStore } from '../operations/uploads';
import type { HandlersFor } from '../transport/dispatch';

export function operationHandlers({ operations, uploads }: { operations: OperationRegistry; uploads: UploadStore }): HandlersFor<OperationRequestName | UploadRequestName> {
  return {
    'operations.get': (i) => operations.get(i.id),
    'operations.list': () => operations.list(),
    'operations.cancel': (i) => operations.cancel(i.id),
    'uploads.start': (i, ctx) => uploads.start(i, ctx.actor),
    'uploads.chunk': (i, ctx) => uploads.chunk(i, ctx.actor),
    'uploads.cancel': (i, ctx) => {
      uploads.cancel(i.uploadId, ctx.actor);
      return { ok: true as const };
    },
  };
}
