// Radio network credentials, kept in the SecretStore (encrypted at rest) and never in the database or logs.
// Z-Wave's S0/S2 keys are read in radios.ts; these are the Zigbee network key and the cipher for Matter's
// storage vault (fabric credentials), for the adapters that other parts of Hearth wire up.
import { secretBlobCipher, type BlobCipher } from './secret-codecs';
import type { SecretStore } from './secrets';

export const ZIGBEE_NETWORK_KEY = 'zigbee.networkKey';

/** The Zigbee network key (16 bytes), created once per data folder. */
export function zigbeeNetworkKey(secrets: SecretStore): Uint8Array {
  return new Uint8Array(secrets.getOrCreate(ZIGBEE_NETWORK_KEY, 16));
}

/** Matter's storage (fabric keys, operational certificates) sealed with a key from the SecretStore; fits matter's VaultCipher. */
export function matterVaultCipher(secrets: SecretStore): BlobCipher {
  return secretBlobCipher(secrets, 'matter.vaultKey');
}
