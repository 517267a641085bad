// Gathers every domain's settings into the one registry. A domain adds its keys here: one import, one spread.
// Hosts build the registry through the composition root; services receive it as `settings` and read their own
// keys with `settings.get(key)` / `settings.set(key, value)`, typed by key.
import { googleSettings } from '../assistants/google/settings';
import { homekitSettings } from '../assistants/homekit/settings';
import { automationSettings } from '../automation/settings';
import { calendarSettings } from '../calendars/settings';
import { recoverySettings } from '../diagnostics/recovery/settings';
import { logSettings } from '../diagnostics/logs/settings';
import { integrationSettings } from '../integrations/settings';
import { mqttBridgeSettings } from '../mqtt-bridge/settings';
import { privacySettings } from '../privacy/settings';
import { apiSettings } from '../rest/settings';
import { homeSettings } from '../services/settings';
import { subscriptionSettings } from '../subscriptions/settings';
import { valueSettings } from '../subscriptions/value/settings';
import type { Logger } from '../../shared/logger';
import type { Db } from '../storage/db';
import { Settings } from './registry';

export const allSettings = [...homeSettings, ...automationSettings, ...privacySettings, ...integrationSettings, ...logSettings, ...recoverySettings, ...subscriptionSettings, ...valueSettings, ...mqttBridgeSettings, ...apiSettings, ...googleSettings, ...homekitSettings, ...calendarSettings] as const;

export type AppSettingDefs = typeof allSettings;
export type AppSettings = Settings<AppSettingDefs>;

export function createSettings(deps: { db: Db; log: Logger; now: () => number; env?: Readonly<Record<string, string | undefined>> }): AppSettings {
  return new Settings({ ...deps, defs: allSettings });
}

export type { SettingReport } from './registry';
