import type { SecurityService } from '../services/security';
import type { HandlersFor } from '../transport/dispatch';

export function securityHandlers({ security }: { security: SecurityService }): HandlersFor<'security.status' | 'security.setDatabaseEncryption' | 'security.rotateDatabaseKey' | 'security.signOutEverywhere'> {
  return {
    'security.status': () => security.status(),
    'security.setDatabaseEncryption': (i) => security.setDatabaseEncryption(i.on),
    'security.rotateDatabaseKey': () => security.rotateDatabaseKey(),
    'security.signOutEverywhere': () => security.signOutEverywhere(),
  };
}
