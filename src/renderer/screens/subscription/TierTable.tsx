// The tiers side by side, from the one tier table (shared/tiers.ts): prices, limits and features.
import { Check, Minus } from 'lucide-react';
import type { ReactNode } from 'react';
import { TIERS, TIER_ORDER, type Tier, type TierDef } from '../../../shared/tiers';

const money = (n: number) => (n === 0 ? 'Free' : `$${n.toFixed(2)}`);
const limit = (n: number | null) => (n === null ? 'Unlimited' : String(n));
const yes = (on: boolean) => (on ? <Check size={16} aria-label="Included" /> : <Minus size={16} aria-label="Not included" />);
const SUPPORT = { community: 'Community forum', email: 'E-mail', priority: 'Priority', dedicated: 'Dedicated contact' } as const;

const ROWS: { label: string; cell: (t: TierDef) => ReactNode }[] = [
  { label: 'Monthly', cell: (t) => (t.price.monthly ? `${money(t.price.monthly)} / month` : 'Free') },
  { label: 'Annual', cell: (t) => (t.price.annual ? `${money(t.price.annual)} / year` : '—') },
  { label: 'Devices', cell: (t) => limit(t.limits.devices) },
  { label: 'Automations', cell: (t) => limit(t.limits.automations) },
  { label: 'Homes', cell: (t) => limit(t.limits.homes) },
  { label: 'API tokens', cell: (t) => limit(t.limits.apiTokens) },
  { label: 'Device history', cell: (t) => (t.historyDays === null ? 'As long as you keep it' : t.historyDays >= 365 ? `${t.historyDays / 365} year${t.historyDays > 365 ? 's' : ''}` : `${t.historyDays} days`) },
  { label: 'Voice assistants', cell: (t) => yes(t.features.voiceAssistants) },
  { label: 'MQTT bridge', cell: (t) => yes(t.features.mqttBridge) },
  { label: 'Local API', cell: (t) => yes(t.features.api) },
  { label: 'Business analytics', cell: (t) => yes(t.features.businessAnalytics) },
  { label: 'Support', cell: (t) => SUPPORT[t.support] },
];

export function TierTable({ current }: { current: Tier }) {
  return (
    <div className="table-scroll">
      <table className="table tiers" aria-label="Tiers compared">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">What</span>
            </th>
            {TIER_ORDER.map((t) => (
              <th scope="col" key={t} className={t === current ? 'current' : undefined} aria-current={t === current ? 'true' : undefined}>
                {TIERS[t].label}
                {t === current && <span className="badge">Yours</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {TIER_ORDER.map((t) => (
                <td key={t} className={t === current ? 'current' : undefined}>
                  {r.cell(TIERS[t])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
