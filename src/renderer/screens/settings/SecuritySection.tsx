// Encryption at rest: how secrets are protected, and the database's own encryption (on/off, rotate key).
import * as Switch from '@radix-ui/react-switch';
import { useEffect, useState } from 'react';
import type { SecurityStatus } from '../../../shared/contract';
import { rotateDatabaseKey, securityStatus, setDatabaseEncryption, signOutEverywhere } from '../../api/security';
import { useCall } from '../../api/useCall';

const SECRETS: Record<SecurityStatus['secrets'], string> = {
  'electron-safe-storage': 'your system keychain',
  'key-file': 'a key file only your user account can read',
  passphrase: 'your passphrase',
  plain: 'nothing (stored in clear)',
};

export function SecuritySection() {
  const load = useCall(securityStatus).run;
  const encryption = useCall(setDatabaseEncryption);
  const rotate = useCall(rotateDatabaseKey);
  const signOut = useCall(signOutEverywhere);
  const [confirmSignOut, setConfirmSignOut] = useState(false);
  const busy = encryption.busy || rotate.busy;
  const [status, setStatus] = useState<SecurityStatus | null>(null);
  useEffect(() => {
    void load().then((s) => s && setStatus(s));
  }, [load]);
  if (!status) return <p className="muted">Loading…</p>;
  const run = async (p: Promise<SecurityStatus | undefined>) => {
    const s = await p;
    if (s) setStatus(s);
  };
  return (
    <>
      <p>Radio network keys, access tokens and your licence are encrypted with {SECRETS[status.secrets]}.</p>
      {status.secretsNote ? (
        <p className="muted" role="note">
          {status.secretsNote}
        </p>
      ) : null}
      <div className="consent">
        <div className="consent-text">
          <label htmlFor="db-encryption">
            <strong>Encrypt the database</strong>
          </label>
          <p id="db-encryption-text">
            Device names, rooms, history and commands are encrypted on disk (AES-256, SQLCipher format). The key is kept with your other
            secrets.
          </p>
          <p className="muted small" role="status">
            {busy
              ? 'Working…'
              : status.database.encrypted
                ? `Encrypted${status.database.keyChangedAt ? ` · key set ${new Date(status.database.keyChangedAt).toLocaleString()}` : ''}`
                : 'Not encrypted'}
          </p>
        </div>
        <Switch.Root
          id="db-encryption"
          className="switch"
          checked={status.database.encrypted}
          disabled={busy}
          aria-describedby="db-encryption-text"
          onCheckedChange={(on) => void run(encryption.run(on))}
        >
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
      </div>
      {status.database.encrypted && (
        <button type="button" className="button small" disabled={busy} onClick={() => void run(rotate.run())}>
          Change the database key
        </button>
      )}
      {status.hubSessions !== null && (
        <div className="consent">
          <div className="consent-text">
            <strong>Browsers signed in</strong>
            <p id="hub-sessions-text">
              {status.hubSessions === 1 ? '1 browser is' : `${status.hubSessions} browsers are`} signed in to this Hearth. Signing out
              everywhere ends every session, this one too, and every sign-in address not used yet. Sign in again with a new address
              from <code>npx hearth signin-code</code>.
            </p>
          </div>
          {confirmSignOut ? (
            <span className="row">
              <button type="button" className="button small danger" disabled={signOut.busy} onClick={() => void signOut.run()}>
                Sign out everywhere now
              </button>
              <button type="button" className="button small" onClick={() => setConfirmSignOut(false)}>
                Cancel
              </button>
            </span>
          ) : (
            <button type="button" className="button small" aria-describedby="hub-sessions-text" onClick={() => setConfirmSignOut(true)}>
              Sign out everywhere…
            </button>
          )}
        </div>
      )}
    </>
  );
}
