import type { HomePreferences } from '../../../shared/contract';

export const DEFAULT_PREFERENCES: HomePreferences = { name: '', location: { kind: 'none' }, units: { temperature: 'C', clock: '24h' } };
