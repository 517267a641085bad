// Hearth's subscription tiers: one table of what each tier costs, allows and includes. The core enforces the
// limits (src/main/subscriptions); the Subscription screen shows the same table to compare tiers.
import { z } from 'zod';

export const Tier = z.enum(['free', 'premium', 'professional', 'enterprise']);
export type Tier = z.infer<typeof Tier>;
export const PaidTier = Tier.exclude(['free']);
export type PaidTier = z.infer<typeof PaidTier>;

export type SupportLevel = 'community' | 'email' | 'priority' | 'dedicated';

export interface TierDef {
  tier: Tier;
  label: string;
  /** US dollars; an annual plan costs ten months (two months free). */
  price: { monthly: number; annual: number };
  /** null: no limit. */
  limits: { devices: number | null; automations: number | null; homes: number | null; apiTokens: number | null };
  /** How long device history is kept, in days (null: as long as the user keeps it). */
  historyDays: number | null;
  features: { voiceAssistants: boolean; mqttBridge: boolean; api: boolean; businessAnalytics: boolean };
  support: SupportLevel;
}

export const TIERS: Record<Tier, TierDef> = {
  free: {
    tier: 'free',
    label: 'Free',
    price: { monthly: 0, annual: 0 },
    limits: { devices: 5, automations: 5, homes: 1, apiTokens: 0 },
    historyDays: 7,
    features: { voiceAssistants: false, mqttBridge: false, api: false, businessAnalytics: false },
    support: 'community',
  },
  premium: {
    tier: 'premium',
    label: 'Premium',
    price: { monthly: 9.99, annual: 99.9 },
    limits: { devices: 150, automations: null, homes: 1, apiTokens: 3 },
    historyDays: 365,
    features: { voiceAssistants: true, mqttBridge: false, api: true, businessAnalytics: false },
    support: 'email',
  },
  professional: {
    tier: 'professional',
    label: 'Professional',
    price: { monthly: 24.99, annual: 249.9 },
    limits: { devices: null, automations: null, homes: 3, apiTokens: 25 },
    historyDays: 730,
    features: { voiceAssistants: true, mqttBridge: true, api: true, businessAnalytics: false },
    support: 'priority',
  },
  enterprise: {
    tier: 'enterprise',
    label: 'Enterprise',
    price: { monthly: 99.99, annual: 999.9 },
    limits: { devices: null, automations: null, homes: null, apiTokens: null },
    historyDays: null,
    features: { voiceAssistants: true, mqttBridge: true, api: true, businessAnalytics: true },
    support: 'dedicated',
  },
};

export const TIER_ORDER: readonly Tier[] = ['free', 'premium', 'professional', 'enterprise'];

/** What the annual plan saves against twelve monthly payments, as a whole percentage. */
export function annualDiscountPercent(tier: Tier): number {
  const p = TIERS[tier].price;
  return p.monthly === 0 ? 0 : Math.round((1 - p.annual / (12 * p.monthly)) * 100);
}
