// Settings of plans and automations, declared for the settings registry (src/main/settings).
import { z } from 'zod';
import { AutomationSettings, Location } from '../../shared/automation';
import { defineSetting } from '../settings/registry';

/** The longest chain of rules setting each other off that the engine runs when no setting says otherwise.
 * A chain without a cycle is finite anyway; this guards fan-outs. */
export const DEFAULT_CHAIN_LIMIT = 50;

export const automationSettings = [
  defineSetting({
    key: 'plans.autoRunSimple',
    schema: z.boolean(),
    default: false,
    description: 'Run simple commands (up to three devices, no lock or cover, nothing timed, no conflict) at once instead of showing the plan first.',
    userVisible: true,
  }),
  defineSetting({
    key: 'automations.settings',
    schema: AutomationSettings,
    default: { chainLimit: DEFAULT_CHAIN_LIMIT },
    description: 'The longest chain of automations setting each other off that Hearth runs before stopping it.',
    userVisible: true,
  }),
  defineSetting({
    key: 'home.location',
    schema: Location.nullable(),
    default: null,
    description: 'Where the home is (latitude and longitude), for sunrise and sunset in automations.',
    userVisible: true,
  }),
] as const;
