// The settings registry as people see it: every user-visible setting with its value in force and its default.
// Each is changed through its own domain's request (plans.setSettings, home.setPreferences…).
import type { Client } from './client';

export const listSettings = (c: Client) => c.call('settings.list', {});
