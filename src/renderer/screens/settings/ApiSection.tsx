// Settings → API: turn the local API on, see where it answers, make tokens (the secret shown once) and revoke them.
// Each token has a scope (read, control, admin) and a household role; a guest's token names the rooms it may use.
import * as Switch from '@radix-ui/react-switch';
import { useCallback, useEffect, useState } from 'react';
import type { Role, Scope } from '../../../shared/access';
import type { ApiStatus, ApiToken } from '../../../shared/contract';
import { apiStatus, configureApi, createApiToken, listApiTokens, revokeApiToken } from '../../api/local-api';
import { useCall } from '../../api/useCall';
import { useHome } from '../../store/context';
import { GuestRooms } from './GuestRooms';
import './api.css';

const SCOPES: Record<Scope, [string, string]> = {
  read: ['Read', 'reads devices, plans, automations and health; changes nothing'],
  control: ['Control', 'also switches devices, runs plans and automations'],
  admin: ['Admin', 'also manages the home and its tokens (an owner’s token only)'],
};
const ROLES: Record<Role, [string, string]> = {
  owner: ['Owner', 'everything the scope allows'],
  member: ['Member', 'uses the home, never administers it'],
  guest: ['Guest', 'only the rooms chosen below; no history, privacy or diagnostics'],
};

function NewToken({ onMade }: { onMade: (made: { token: ApiToken; secret: string }) => void }) {
  const create = useCall(createApiToken);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<Scope>('read');
  const [role, setRole] = useState<Role>('owner');
  const [rooms, setRooms] = useState<string[]>([]);
  return (
    <form
      className="api-new-token"
      aria-labelledby="api-new-token-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const made = await create.run({ name, scope, role, rooms: role === 'guest' ? rooms : [] });
        if (made) {
          setName('');
          onMade(made);
        }
      }}
    >
      <h3 id="api-new-token-title">New token</h3>
      <div className="row">
        <label className="field">
          <span>Name</span>
          <input value={name} maxLength={64} required placeholder="e.g. Wall panel" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>Scope</span>
          <select value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
            {(Object.keys(SCOPES) as Scope[]).map((s) => (
              <option key={s} value={s}>
                {SCOPES[s][0]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>Role</span>
          <select value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {(Object.keys(ROLES) as Role[]).map((r) => (
              <option key={r} value={r}>
                {ROLES[r][0]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="muted small">
        {SCOPES[scope][0]}: {SCOPES[scope][1]}. {ROLES[role][0]}: {ROLES[role][1]}.
      </p>
      {role === 'guest' && <GuestRooms rooms={rooms} setRooms={setRooms} />}
      <div className="wizard-actions">
        <span className="spacer" />
        <button type="submit" className="button primary" disabled={create.busy || name.trim() === '' || (role === 'guest' && rooms.length === 0)}>
          Create token
        </button>
      </div>
    </form>
  );
}

function Shown({ made, onDone }: { made: { token: ApiToken; secret: string }; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="api-secret" role="alert">
      <p>
        <strong>Copy the token “{made.token.name}” now.</strong> It is shown this once: Hearth keeps only a fingerprint of it.
      </p>
      <code className="api-secret-value" aria-label="New token">
        {made.secret}
      </code>
      <div className="row">
        <button
          type="button"
          className="button small"
          onClick={() => void navigator.clipboard?.writeText(made.secret).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          I have saved it
        </button>
      </div>
    </div>
  );
}

function whereLine(s: ApiStatus): string {
  if (!s.enabled) return 'Off: nothing answers on /api/v1.';
  if (s.problem) return s.problem;
  if (!s.url) return 'On.';
  return `On at ${s.url}${s.fingerprint ? ` (HTTPS; certificate SHA-256 ${s.fingerprint})` : ''}. The OpenAPI description is at ${s.url}/openapi.json.`;
}

export function ApiSection() {
  const loadStatus = useCall(apiStatus).run;
  const loadTokens = useCall(listApiTokens).run;
  const configure = useCall(configureApi);
  const revoke = useCall(revokeApiToken);
  const host = useHome((s) => s.info?.host);
  const areas = useHome((s) => s.areas);
  const [status, setStatus] = useState<ApiStatus | null>(null);
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [made, setMade] = useState<{ token: ApiToken; secret: string } | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const [s, t] = await Promise.all([loadStatus(), loadTokens()]);
    if (s) setStatus(s);
    if (t) setTokens(t);
  }, [loadStatus, loadTokens]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!status) return <p className="muted">Loading…</p>;
  const change = async (c: { enabled?: boolean; network?: boolean }) => {
    const s = await configure.run(c);
    if (s) setStatus(s);
  };
  const roomNames = (ids: string[]) => ids.map((id) => areas.find((a) => a.id === id)?.name ?? id).join(', ');
  return (
    <>
      <p>
        Let other programs — a wall panel, a script, a home dashboard — use Hearth over HTTP with a token. Every call is recorded in the
        audit log under the token’s name.
      </p>
      <div className="consent">
        <div className="consent-text">
          <label htmlFor="api-enabled">
            <strong>Local API</strong>
          </label>
          <p id="api-enabled-text" className="muted small" role="status">
            {whereLine(status)}
          </p>
        </div>
        <Switch.Root
          id="api-enabled"
          className="switch"
          checked={status.enabled}
          disabled={configure.busy || status.forced}
          aria-describedby="api-enabled-text"
          onCheckedChange={(on) => void change({ enabled: on })}
        >
          <Switch.Thumb className="switch-thumb" />
        </Switch.Root>
      </div>
      {host === 'electron' && (
        <div className="consent">
          <div className="consent-text">
            <label htmlFor="api-network">
              <strong>Answer other computers too</strong>
            </label>
            <p id="api-network-text">Off: only programs on this computer. On: any computer on your network with a token, over HTTPS.</p>
          </div>
          <Switch.Root
            id="api-network"
            className="switch"
            checked={status.network}
            disabled={configure.busy}
            aria-describedby="api-network-text"
            onCheckedChange={(on) => void change({ network: on })}
          >
            <Switch.Thumb className="switch-thumb" />
          </Switch.Root>
        </div>
      )}
      {!status.allowed && (
        <p role="note" className="api-note">
          {status.problem ?? 'Your plan does not include the API.'} Upgrade in Subscription to use it.
        </p>
      )}
      <h3>Tokens</h3>
      {made && (
        <Shown
          made={made}
          onDone={() => {
            setMade(null);
          }}
        />
      )}
      {tokens.length === 0 ? (
        <p className="muted">No tokens yet.</p>
      ) : (
        <table className="table compact" aria-label="API tokens">
          <thead>
            <tr>
              <th>Name</th>
              <th>Scope</th>
              <th>Role</th>
              <th>Made</th>
              <th>Last used</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {tokens.map((t) => (
              <tr key={t.id}>
                <td>
                  {t.name}
                  {!t.usable && <span className="muted small"> · not usable on your plan</span>}
                </td>
                <td>{t.scope}</td>
                <td>
                  {t.role}
                  {t.rooms.length ? <span className="muted small"> · {roomNames(t.rooms)}</span> : null}
                </td>
                <td className="nowrap">{new Date(t.createdAt).toLocaleDateString()}</td>
                <td className="nowrap">{t.lastUsedAt ? new Date(t.lastUsedAt).toLocaleString() : 'never'}</td>
                <td className="nowrap">
                  {confirm === t.id ? (
                    <span className="row">
                      <button
                        type="button"
                        className="button small danger"
                        disabled={revoke.busy}
                        onClick={async () => {
                          if (await revoke.run(t.id)) {
                            setConfirm(null);
                            await refresh();
                          }
                        }}
                      >
                        Revoke now
                      </button>
                      <button type="button" className="button small" onClick={() => setConfirm(null)}>
                        Cancel
                      </button>
                    </span>
                  ) : (
                    <button type="button" className="button small" aria-label={`Revoke ${t.name}`} onClick={() => setConfirm(t.id)}>
                      Revoke…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {status.allowed && (
        <NewToken
          onMade={(m) => {
            setMade(m);
            void refresh();
          }}
        />
      )}
    </>
  );
}
