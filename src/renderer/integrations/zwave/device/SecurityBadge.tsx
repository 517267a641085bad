// The security a Z-Wave device was included with, as a badge: green for S2, amber for S0, grey for none.
import { Shield, ShieldAlert, ShieldCheck } from 'lucide-react';
import type { ZWaveSecurityClass } from '../../../../shared/contract';
import { SECURITY, securityLabel, strongest } from '../add/security';

export function SecurityBadge({ granted }: { granted: readonly ZWaveSecurityClass[] }) {
  const top = strongest(granted) as ZWaveSecurityClass | null;
  const tone = top ? SECURITY[top].tone : 'none';
  const Icon = tone === 'ok' ? ShieldCheck : tone === 'warn' ? ShieldAlert : Shield;
  return (
    <span className={`sec-badge ${tone}`} title={top ? SECURITY[top].meaning : 'Commands travel unencrypted.'}>
      <Icon size={13} aria-hidden="true" /> {securityLabel(top)}
    </span>
  );
}
