// First-run setup (resumable, skippable) and the home's preferences: name, location, units, rooms and floors.
import { z } from 'zod';
import { Area } from '../model';
import { Id, NoInput, Ok } from './common';
import { defineEvents, defineRequests } from './define';
import { optionalUserName, userName } from './names';

export const OnboardingStep = z.enum(['welcome', 'radio', 'consent', 'preferences', 'tutorial', 'done']);
export type OnboardingStep = z.infer<typeof OnboardingStep>;
export const ONBOARDING_STEPS = OnboardingStep.options;

export const OnboardingState = z.object({
  /** new: never opened; inProgress: started; skipped: closed with "Skip for now"; done: finished. */
  status: z.enum(['new', 'inProgress', 'skipped', 'done']),
  step: OnboardingStep,
  radioChoice: z.enum(['demo', 'later', 'stick']).nullable(),
  tutorialSkipped: z.boolean(),
  updatedAt: z.number().nullable(),
});
export type OnboardingState = z.infer<typeof OnboardingState>;

export const HomeLocation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('city'), city: z.string().trim().min(1).max(100) }),
  z.object({ kind: z.literal('coords'), latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) }),
]);
export type HomeLocation = z.infer<typeof HomeLocation>;

export const HomePreferences = z.object({
  name: optionalUserName(64),
  location: HomeLocation,
  units: z.object({ temperature: z.enum(['C', 'F']), clock: z.enum(['12h', '24h']) }),
});
export type HomePreferences = z.infer<typeof HomePreferences>;

const AreaName = userName(64);
const FloorName = userName(64).nullable();

export const onboardingRequests = defineRequests({
  'onboarding.state': { input: NoInput, output: OnboardingState, personal: 'none' },
  'onboarding.update': {
    input: z
      .object({
        step: OnboardingStep.optional(),
        status: z.enum(['inProgress', 'skipped', 'done']).optional(),
        radioChoice: z.enum(['demo', 'later', 'stick']).optional(),
        tutorialSkipped: z.boolean().optional(),
      })
      .strict(),
    output: OnboardingState,
    personal: 'none',
  },
  'home.preferences': { input: NoInput, output: HomePreferences, personal: 'read' },
  'home.setPreferences': { input: HomePreferences.strict(), output: HomePreferences, personal: 'write' },
  'areas.create': { input: z.object({ name: AreaName, floor: FloorName.default(null) }).strict(), output: Area, personal: 'write' },
  'areas.update': {
    input: z.object({ id: Id, name: AreaName.optional(), floor: FloorName.optional() }).strict(),
    output: Area,
    personal: 'write',
  },
  'areas.remove': { input: z.object({ id: Id }).strict(), output: Ok, personal: 'write' },
});

export const onboardingEvents = defineEvents({
  'onboarding.changed': OnboardingState,
  'home.preferences': HomePreferences,
  'areas.changed': z.array(Area),
});
