// Implements every request of the contract: one file per domain, gathered here. The type makes a
// missing or misspelled handler a compile error.
import type { Core } from '../core';
import type { Handlers } from '../transport/dispatch';
import { deviceHandlers } from './devices';
import { radioHandlers } from './radios';
import { stickHandlers } from './sticks';
import { systemHandlers } from './system';

export function createHandlers(core: Core): Handlers {
  return {
    ...systemHandlers(core),
    ...deviceHandlers(core),
    ...radioHandlers(core),
    ...stickHandlers(core),
  };
}
