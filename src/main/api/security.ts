import type { Core } from '../core';
import type { HandlersFor } from '../transport/dispatch';

export function securityHandlers({ security }: Core): HandlersFor<'security.status' | 'security.setDatabaseEncryption' | 'security.rotateDatabaseKey'> {
  return {
    'security.status': () => security.status(),
    'security.setDatabaseEncryption': (i, ctx) => security.setDatabaseEncryption(i.on, ctx.actor),
    'security.rotateDatabaseKey': (_i, ctx) => security.rotateDatabaseKey(ctx.actor),
  };
}
