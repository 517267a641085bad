// Read-only support link (hub mode): with the person's explicit consent, a one-time address that lets support
// staff read this home's Diagnostics until it expires (default 24 h) or is revoked. The address is shown once
// (only its hash is kept); the list shows each link's state with Revoke. Creating and revoking are audit-logged.
import { useCallback, useEffect, useState } from 'react';
import type { SupportLink } from '../../../shared/contract';
import { createSupportLink, listSupportLinks, revokeSupportLink, supportAddress } from '../../api/support';
import { useCall } from '../../api/useCall';

const EXPIRY = [
  { hours: 1, label: '1 hour' },
  { hours: 4, label: '4 hours' },
  { hours: 24, label: '24 hours' },
  { hours: 72, label: '3 days' },
  { hours: 168, label: '7 days' },
];

function stateOf(l: SupportLink, now: number): string {
  if (l.revoked) return 'Revoked';
  if (now >= l.expiresAt) return 'Expired';
  return l.used ? 'In use (opened)' : 'Not opened yet';
}

export function SupportLinkTab() {
  const create = useCall(createSupportLink);
  const list = useCall(listSupportLinks).run;
  const revoke = useCall(revokeSupportLink).run;
  const [consent, setConsent] = useState(false);
  const [hours, setHours] = useState(24);
  const [made, setMade] = useState<{ address: string; expiresAt: number } | null>(null);
  const [links, setLinks] = useState<SupportLink[]>([]);
  const [copied, setCopied] = useState(false);
  const refresh = useCallback(() => void list().then((l) => l && setLinks(l)), [list]);
  useEffect(refresh, [refresh]);
  const now = Date.now();

  return (
    <div className="support-link">
      <p className="lead">Let support staff look at this Hearth without being here: a link that opens Diagnostics only, read-only.</p>
      <form
        className="card support-link-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!consent) return;
          void create.run(hours).then((l) => {
            if (!l) return;
            setMade({ address: supportAddress(window.location.origin, l.token), expiresAt: l.expiresAt });
            setConsent(false);
            setCopied(false);
            refresh();
          });
        }}
      >
        <p>Whoever opens the link can see this computer’s health, each device’s health (with its name), the alerts and the logs (in the logs, names and secrets are replaced by codes). They cannot switch or change anything, see your privacy data, or open any other screen. The link opens one session, and ends when it expires or you revoke it.</p>
        <label className="check">
          <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />I agree to let support staff read this home’s Diagnostics through this link.
        </label>
        <label>
          Expires after{' '}
          <select value={hours} onChange={(e) => setHours(Number(e.target.value))}>
            {EXPIRY.map((x) => (
              <option key={x.hours} value={x.hours}>
                {x.label}
              </option>
            ))}
          </select>
        </label>
        <div>
          <button type="submit" className="button primary" disabled={!consent || create.busy}>
            Create read-only support link
          </button>
        </div>
      </form>

      {made && (
        <div className="card support-link-made" role="status">
          <p>
            <strong>Send this link to support staff.</strong> It is shown only now; it works until {new Date(made.expiresAt).toLocaleString()}.
          </p>
          <div className="support-link-address">
            <input readOnly aria-label="Support link" value={made.address} onFocus={(e) => e.currentTarget.select()} />
            <button
              type="button"
              className="button small"
              onClick={() => {
                void navigator.clipboard?.writeText(made.address).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              {copied ? 'Copied' : 'Copy'}
            </button>
          </div>
        </div>
      )}

      <h2 className="section-title">Support links</h2>
      {links.length === 0 ? (
        <p className="muted">No support links yet. Links last only while this Hearth runs.</p>
      ) : (
        <table className="table compact" aria-label="Support links">
          <thead>
            <tr>
              <th>Created</th>
              <th>Expires</th>
              <th>State</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {links.map((l) => {
              const live = !l.revoked && now < l.expiresAt;
              return (
                <tr key={l.id} data-testid="support-link-row">
                  <td>{new Date(l.createdAt).toLocaleString()}</td>
                  <td>{new Date(l.expiresAt).toLocaleString()}</td>
                  <td>{stateOf(l, now)}</td>
                  <td>
                    {live && (
                      <button type="button" className="button small" onClick={() => void revoke(l.id).then(refresh)}>
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
