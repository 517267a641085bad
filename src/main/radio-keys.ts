// Radio network credentials, kept in the SecretStore (encrypted at rest) and never in the database or logs.
// These are Z-Wave's S0/S2 keys, the Zigbee network key and the cipher for Matter's
// storage vault (fabric credentials), for the adapters that other parts of Hearth wire up.
import { secretBlobCipher, type BlobCipher } from './secret-codecs';
import type { SecretStore } from './secrets';

export const ZIGBEE_NETWORK_KEY = 'zigbee.networkKey';

/** The Zigbee network key (16 bytes), created once per data folder. */
export function zigbeeNetworkKey(secrets: SecretStore): Uint8Array {
  return new Uint8Array(secrets.getOrCreate(ZIGBEE_NETWORK_KEY, 16));
}

export type ZWaveKeys = Record<'S0_Legacy' | 'S2_Unauthenticated' | 'S2_Authenticated' | 'S2_AccessControl', Uint8Array<ArrayBuffer>>;

/** Z-Wave's S0 key and three S2 keys (16 bytes each), created on first start; `prefix` separates the demo's from a real stick's. */
export function zwaveKeys(secrets: SecretStore, prefix = 'zwave'): ZWaveKeys {
  const key = (name: string) => new Uint8Array(secrets.getOrCreate(`${prefix}.${name}`, 16));
  return {
    S0_Legacy: key('S0_Legacy'),
    S2_Unauthenticated: key('S2_Unauthenticated'),
    S2_Authenticated: key('S2_Authenticated'),
    S2_AccessControl: key('S2_AccessControl'),
  };
}

/** Matter's storage (fabric keys, operational certificates) sealed with a key from the SecretStore; fits matter's VaultCipher. */
export function matterVaultCipher(secrets: SecretStore): BlobCipher {
  return secretBlobCipher(secrets, 'matter.vaultKey');
}
