// Versioned schema migrations, applied in order; PRAGMA user_version holds the applied version.
import m001 from './001_init';
import m002 from './002_state_and_audit';
import m003 from './003_plans_automations';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  { version: 1, name: 'init', sql: m001 },
  { version: 2, name: 'state_and_audit', sql: m002 },
  { version: 3, name: 'plans_automations', sql: m003 },
];
