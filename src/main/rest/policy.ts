// What the subscription's tier allows of the local API (shared/tiers.ts: features.api, limits.apiTokens). The demo
// home is exempt, as it is from every other limit.
import { TIER_ORDER, TIERS, type Tier } from '../../shared/tiers';
import type { TokenPolicy } from './tokens';

export function apiPolicy(tier: Tier, demo: boolean): TokenPolicy {
  if (demo) return { allowed: true, limit: null, why: '' };
  const t = TIERS[tier];
  if (!t.features.api) {
    const with_ = TIER_ORDER.filter((x) => TIERS[x].features.api).map((x) => TIERS[x].label);
    return { allowed: false, limit: 0, why: `The local API is part of ${with_.slice(0, -1).join(', ')} and ${with_.at(-1)}; this home is on ${t.label}.` };
  }
  const limit = t.limits.apiTokens;
  return { allowed: true, limit, why: limit === null ? '' : `${t.label} allows ${limit} API token${limit === 1 ? '' : 's'}.` };
}
