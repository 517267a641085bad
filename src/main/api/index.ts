// Implements every request of the contract: one file per domain, gathered here. The type makes a
// missing or misspelled handler a compile error.
import type { Core } from '../core';
import type { Handlers } from '../transport/dispatch';
import { automationHandlers } from './automations';
import { deviceHandlers } from './devices';
import { matterHandlers } from './matter';
import { onboardingHandlers } from './onboarding';
import { privacyHandlers } from './privacy';
import { securityHandlers } from './security';
import { settingsHandlers } from './settings';
import { planHandlers } from './plans';
import { radioHandlers } from './radios';
import { stickHandlers } from './sticks';
import { systemHandlers } from './system';
import { zwaveHandlers } from './zwave';

export function createHandlers(core: Core): Handlers {
  return {
    ...systemHandlers(core),
    ...deviceHandlers(core),
    ...onboardingHandlers(core),
    ...privacyHandlers(core),
    ...securityHandlers(core),
    ...settingsHandlers(core),
    ...planHandlers(core),
    ...automationHandlers(core),
    ...radioHandlers(core),
    ...stickHandlers(core),
    ...matterHandlers(core),
    ...zwaveHandlers(core),
  };
}
