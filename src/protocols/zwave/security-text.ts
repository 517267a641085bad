// Z-Wave security in plain words: security class names as the contract spells them, and every reason
// zwave-js gives for a device that ended up less secure than asked (SecurityBootstrapFailure).
import { SecurityClass, SecurityBootstrapFailure } from './zwavejs';
import type { ZWaveSecurityClass } from '../../shared/contract';

export const CLASS_OF: Record<ZWaveSecurityClass, SecurityClass> = {
  S2_AccessControl: SecurityClass.S2_AccessControl,
  S2_Authenticated: SecurityClass.S2_Authenticated,
  S2_Unauthenticated: SecurityClass.S2_Unauthenticated,
  S0_Legacy: SecurityClass.S0_Legacy,
};

const ORDER: ZWaveSecurityClass[] = ['S2_AccessControl', 'S2_Authenticated', 'S2_Unauthenticated', 'S0_Legacy'];

export function classNames(classes: Iterable<SecurityClass>): ZWaveSecurityClass[] {
  const set = new Set(classes);
  return ORDER.filter((n) => set.has(CLASS_OF[n]));
}

/** The security classes a node holds (those zwave-js knows it was granted). */
export function nodeSecurityClasses(node: { hasSecurityClass(c: SecurityClass): boolean | undefined }): SecurityClass[] {
  return ORDER.map((n) => CLASS_OF[n]).filter((c) => node.hasSecurityClass(c) === true);
}

export const toClasses = (names: ZWaveSecurityClass[]): SecurityClass[] => names.map((n) => CLASS_OF[n]);

const AGAIN = 'Remove the device (Exclude) and add it again to fix this.';

/** Why a device was added with less security than it asked for, with what to do. */
export function lowSecurityText(reason: SecurityBootstrapFailure | undefined): string {
  switch (reason) {
    case SecurityBootstrapFailure.UserCanceled:
      return 'You declined (or cancelled) the security request, so the device was added WITHOUT encryption. ' + AGAIN;
    case SecurityBootstrapFailure.NoKeysConfigured:
      return 'Hearth has no network key for the security level the device asked for, so it was added without encryption. Restart Hearth (it creates missing keys), then add the device again.';
    case SecurityBootstrapFailure.S2NoUserCallbacks:
      return 'Nobody was asked to confirm the device\'s security (no PIN prompt was possible), so it was added without encryption. Add it again from Devices → Add device → Z-Wave.';
    case SecurityBootstrapFailure.Timeout:
      return 'The secure key exchange took too long (the PIN or your choice came too late, or the device went out of range), so the device was added WITHOUT encryption. Move it closer to the stick and ' + AGAIN.charAt(0).toLowerCase() + AGAIN.slice(1);
    case SecurityBootstrapFailure.ParameterMismatch:
      return 'The device and the stick could not agree on a security scheme, so the device was added without encryption. Check for a firmware update for the device.';
    case SecurityBootstrapFailure.NodeCanceled:
      return 'The device itself cancelled the secure key exchange, so it was added without encryption. Reset the device to factory settings, then add it again.';
    case SecurityBootstrapFailure.S2IncorrectPIN:
      return 'The PIN was wrong, so the device could not receive the network keys and was added WITHOUT encryption. ' + AGAIN + ' Enter the 5 digits printed first (underlined) on its label.';
    case SecurityBootstrapFailure.S2WrongSecurityLevel:
      return 'The device asked for a different security level than it was granted, so the key exchange failed and it was added without encryption. ' + AGAIN;
    case SecurityBootstrapFailure.S0Downgrade:
      return 'The device supports S2 but ended up with the older S0 security. This can mean someone interfered with the inclusion. ' + AGAIN;
    default:
      return 'The secure key exchange failed for an unknown reason, so the device was added without encryption. ' + AGAIN;
  }
}

/** A health check rating (0–10) in words. */
export function ratingText(rating: number): string {
  if (rating >= 10) return `Excellent (${rating}/10): every ping arrived, quickly.`;
  if (rating >= 8) return `Good (${rating}/10): the connection is reliable.`;
  if (rating >= 5) return `Fair (${rating}/10): it works, but slowly or over detours. Try rebuilding its routes.`;
  if (rating >= 1) return `Poor (${rating}/10): pings get lost. Move the device or the stick closer, or add a mains-powered device in between.`;
  return 'Unusable (0/10): the device does not answer. Check its power, then consider "Replace failed device".';
}
