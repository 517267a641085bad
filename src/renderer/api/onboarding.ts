// First-run setup, the home's preferences, and rooms (areas) with their floors.
import type { HomePreferences, RequestInput } from '../../shared/contract';
import type { Client } from './client';

export const onboardingState = (c: Client) => c.call('onboarding.state', {});
export const updateOnboarding = (c: Client, change: RequestInput<'onboarding.update'>) => c.call('onboarding.update', change);
export const homePreferences = (c: Client) => c.call('home.preferences', {});
export const setHomePreferences = (c: Client, preferences: HomePreferences) => c.call('home.setPreferences', preferences);
export const createArea = (c: Client, name: string, floor: string | null) => c.call('areas.create', { name, floor });
export const updateArea = (c: Client, id: string, change: { name?: string; floor?: string | null }) => c.call('areas.update', { id, ...change });
export const removeArea = (c: Client, id: string) => c.call('areas.remove', { id });
