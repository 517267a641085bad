import type { Core } from '../core';
import type { HandlersFor } from '../transport/dispatch';

export function systemHandlers(core: Core): HandlersFor<'system.info'> {
  return {
    'system.info': () => core.info(),
  };
}
