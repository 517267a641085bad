// Settings of the home and the app itself, declared for the settings registry (src/main/settings).
import { z } from 'zod';
import { HomePreferences, OnboardingState } from '../../shared/contract';
import { defineSetting } from '../settings/registry';

const FIRST_RUN: OnboardingState = { status: 'new', step: 'welcome', radioChoice: null, tutorialSkipped: false, updatedAt: null };
export const DEFAULT_PREFERENCES: HomePreferences = { name: '', location: { kind: 'none' }, units: { temperature: 'C', clock: '24h' } };

export const homeSettings = [
  defineSetting({
    key: 'home.preferences',
    schema: HomePreferences,
    default: DEFAULT_PREFERENCES,
    description: 'The home’s name, where it is, and the units Hearth shows (temperature, 12- or 24-hour clock).',
    userVisible: true,
  }),
  defineSetting({
    key: 'onboarding',
    schema: OnboardingState,
    default: FIRST_RUN,
    description: 'How far the first-run setup got, so it can be resumed.',
    userVisible: false,
  }),
  defineSetting({
    key: 'security.databaseKeyChangedAt',
    schema: z.number().nullable(),
    default: null,
    description: 'When the database’s encryption key was last changed.',
    userVisible: false,
  }),
] as const;
