// Hearth's Matter controller as the core runs it: its fabric (root keys, operational certificates, ACLs, the
// device cache) lives in the data folder, encrypted with a key from the secret store; matter.js's own logging
// goes to the core's logger.
import type { Logger } from '../../shared/logger';
import { configureMatterLogging, directoryVault, MatterAdapter } from '../../protocols/matter';
import type { MatterVault } from '../../protocols/matter';
import { matterVaultCipher } from '../radio-keys';
import type { SecretStore } from '../secrets';

/** The controller's storage: `<dir>/*.matter`, each sealed with the secret store's `matter.vaultKey`. */
export function matterControllerVault(dir: string, secrets: SecretStore): MatterVault {
  return directoryVault(dir, matterVaultCipher(secrets));
}

export function matterController(dir: string, secrets: SecretStore): MatterAdapter {
  return new MatterAdapter({ vault: matterControllerVault(dir, secrets) });
}

/** matter.js's own prefix ("2026-01-01 10:00:00.000 WARN Facility "), which the core's log entry already carries. */
const PREFIX = /^\S+ \S+ +[A-Z]+ +\S+ +/;

/**
 * matter.js logs through a process-wide logger: its errors go to the core's log as warnings or errors, its warnings
 * (expected ones among them, such as test devices' attestation notes) as info; the rest is dropped.
 */
export function routeMatterLogging(log: Logger): void {
  configureMatterLogging({
    level: 'warn',
    sink: (line) => {
      const text = `matter ${line.facility}: ${line.text.replace(PREFIX, '')}`;
      if (line.level === 'fatal') log.error(text);
      else if (line.level === 'error') log.warn(text);
      else log.info(text);
    },
  });
}
