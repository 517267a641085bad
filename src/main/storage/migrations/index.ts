// Versioned schema migrations, applied in order; PRAGMA user_version holds the applied version.
// A new table holding user data must also be declared in
// src/main/privacy/catalog.ts (a test fails otherwise), so it is exported, erased and retained.
import m001 from './001_init';
import m002 from './002_state_and_audit';
import m003 from './003_plans_automations';
import m004 from './004_privacy';
import m005 from './005_audit_seal';
import m006 from './006_health';
import m007 from './007_help';
import m008 from './008_value';
import m009 from './009_business';
import m010 from './010_device_home';
import m011 from './011_api_tokens';
import m012 from './012_assistant_exposure';
import m013 from './013_household';
import m014 from './014_outside_cache';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { version: 1, name: 'init', sql: m001 },
  { version: 2, name: 'state_and_audit', sql: m002 },
  { version: 3, name: 'plans_automations', sql: m003 },
  { version: 4, name: 'privacy', sql: m004 },
  { version: 5, name: 'audit_seal', sql: m005 },
  { version: 6, name: 'health', sql: m006 },
  { version: 7, name: 'help', sql: m007 },
  { version: 8, name: 'value', sql: m008 },
  { version: 9, name: 'business', sql: m009 },
  { version: 10, name: 'device_home', sql: m010 },
  { version: 11, name: 'api_tokens', sql: m011 },
  { version: 12, name: 'assistant_exposure', sql: m012 },
  { version: 13, name: 'household', sql: m013 },
  { version: 14, name: 'outside_cache', sql: m014 },
];
