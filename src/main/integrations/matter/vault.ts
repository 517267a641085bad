// Where Hearth's Matter controller keeps its fabric (root keys, operational certificates, ACLs, the device cache):
// the data folder, each file sealed with a key from the secret store.
import { directoryVault, type MatterVault } from '../../../protocols/matter/plain';
import { matterVaultCipher } from '../../radio-keys';
import type { SecretStore } from '../../secrets';

/** The controller's storage: `<dir>/*.matter`, each sealed with the secret store's `matter.vaultKey`. */
export function matterControllerVault(dir: string, secrets: SecretStore): MatterVault {
  return directoryVault(dir, matterVaultCipher(secrets));
}
