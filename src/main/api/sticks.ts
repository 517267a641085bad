import type { StickRequestName } from '../../shared/contract';
import type { Core } from '../core';
import { testOpen } from '../sticks/probe';
import type { HandlersFor } from '../transport/dispatch';

export function stickHandlers(core: Core): HandlersFor<StickRequestName> {
  return {
    'sticks.list': (i) => core.sticks.list(i.watchSeconds),
    'sticks.testOpen': (i) =>
      testOpen(i.path, i.protocol, i.driver, {
        onStep: (step, message) => core.bus.emit('sticks.testOpen.progress', { path: i.path, step, message }),
      }),
  };
}
