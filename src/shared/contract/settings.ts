// The settings registry as the Settings screen reads it: every setting a person sees, what it changes, its value
// in force and its default. Each setting is changed through its own domain's request (plans.setSettings,
// home.setPreferences…), which knows what else must follow the change.
import { z } from 'zod';
import { NoInput } from './common';
import { defineRequests } from './define';

export const SettingInfo = z.object({
  key: z.string(),
  description: z.string(),
  value: z.unknown(),
  default: z.unknown(),
  /** The environment variable whose value is in force instead of the saved one (e.g. HEARTH_ZWAVE_PORT). */
  overriddenBy: z.string().nullable(),
});
export type SettingInfo = z.infer<typeof SettingInfo>;

export const settingsRequests = defineRequests({
  'settings.list': { input: NoInput, output: z.array(SettingInfo), personal: 'read' },
});
