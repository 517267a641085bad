import type { SystemInfo } from '../../shared/contract';
import type { HandlersFor } from '../transport/dispatch';

export function systemHandlers({ info }: { info: () => SystemInfo }): HandlersFor<'system.info'> {
  return {
    'system.info': () => info(),
  };
}
