// Z-Wave security classes in plain English, strongest first.
export type SecurityClassName = 'S2_AccessControl' | 'S2_Authenticated' | 'S2_Unauthenticated' | 'S0_Legacy';

export const SECURITY: Record<SecurityClassName, { label: string; meaning: string; tone: 'ok' | 'warn' }> = {
  S2_AccessControl: { label: 'S2 Access Control', meaning: 'For locks and garage doors: the strongest key, only usable after checking the PIN.', tone: 'ok' },
  S2_Authenticated: { label: 'S2 Authenticated', meaning: 'Encrypted, and the PIN on the label proves it is the device in your hand.', tone: 'ok' },
  S2_Unauthenticated: { label: 'S2 Unauthenticated', meaning: 'Encrypted, but without checking the PIN — a nearby attacker could pose as the device.', tone: 'ok' },
  S0_Legacy: { label: 'S0 (older security)', meaning: 'Older encryption: slower, more radio traffic, and weaker against attacks.', tone: 'warn' },
};

export const ORDER: SecurityClassName[] = ['S2_AccessControl', 'S2_Authenticated', 'S2_Unauthenticated', 'S0_Legacy'];

export function securityLabel(c: string | null | undefined): string {
  if (!c) return 'No security';
  return SECURITY[c as SecurityClassName]?.label ?? c;
}

/** The strongest of the granted classes (what the badge shows). */
export function strongest(classes: readonly string[]): string | null {
  return ORDER.find((c) => classes.includes(c)) ?? null;
}
