// Settings → Household (the owner only): invite a person to sign in to the hub from their own browser, as a member
// (uses the home) or a guest (only the rooms chosen), with a one-time address shown once; see who is in the household,
// when each was last seen, and remove them (their open pages are signed out at once). The desktop app's window is its
// owner's alone: there the section says how to serve others (hub mode).
import { useCallback, useEffect, useState } from 'react';
import type { HouseholdList, HouseholdMember, MemberRole } from '../../../shared/contract';
import { inviteToHousehold, listHousehold, reinvite, removeFromHousehold } from '../../api/household';
import { useCall } from '../../api/useCall';
import { useHome } from '../../store/context';
import { GuestRooms } from './GuestRooms';

type Invitation = { member: HouseholdMember; code: string; expiresAt: number };

const ROLE_TEXT: Record<MemberRole, string> = {
  member: 'uses every room and device, plans and automations; cannot change settings, privacy, tokens or the household',
  guest: 'only the rooms chosen below; no history, privacy, diagnostics or settings',
};

/** The address to open: this hub's own, with the one-time code. */
const addressOf = (code: string) => `${window.location.origin}/?code=${encodeURIComponent(code)}`;

function seen(at: number | null): string {
  if (at === null) return 'Not yet';
  const mins = Math.round((Date.now() - at) / 60_000);
  if (mins < 2) return 'Just now';
  if (mins < 120) return `${mins} minutes ago`;
  return new Date(at).toLocaleString();
}

function NewPerson({ onInvited }: { onInvited: (i: Invitation) => void }) {
  const invite = useCall(inviteToHousehold);
  const [name, setName] = useState('');
  const [role, setRole] = useState<MemberRole>('member');
  const [rooms, setRooms] = useState<string[]>([]);
  return (
    <form
      className="api-new-token"
      aria-labelledby="household-new-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const made = await invite.run(name.trim(), role, role === 'guest' ? rooms : []);
        if (made) {
          setName('');
          setRooms([]);
          onInvited(made);
        }
      }}
    >
      <h3 id="household-new-title">Invite someone</h3>
      <div className="row">
        <label className="field">
          <span>Name</span>
          <input value={name} maxLength={60} required placeholder="e.g. Robin" onChange={(e) => setName(e.target.value)} />
        </label>
        <label className="field">
          <span>Role</span>
          <select value={role} onChange={(e) => setRole(e.target.value as MemberRole)}>
            <option value="member">Member</option>
            <option value="guest">Guest</option>
          </select>
        </label>
      </div>
      <p className="muted small">
        {role === 'member' ? 'Member' : 'Guest'}: {ROLE_TEXT[role]}.
      </p>
      {role === 'guest' && <GuestRooms rooms={rooms} setRooms={setRooms} />}
      <div className="wizard-actions">
        <span className="spacer" />
        <button type="submit" className="button primary" disabled={invite.busy || name.trim() === '' || (role === 'guest' && rooms.length === 0)}>
          Make a sign-in address
        </button>
      </div>
    </form>
  );
}

function Shown({ invitation, onDone }: { invitation: Invitation; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const address = addressOf(invitation.code);
  return (
    <div className="api-secret" role="alert">
      <p>
        <strong>Send this address to {invitation.member.name} now.</strong> It is shown this once, works once, until{' '}
        {new Date(invitation.expiresAt).toLocaleTimeString()} (ten minutes), and signs them in as a {invitation.member.role}.
      </p>
      <code className="api-secret-value" aria-label="Sign-in address">
        {address}
      </code>
      <div className="row">
        <button type="button" className="button small" onClick={() => void navigator.clipboard?.writeText(address).then(() => setCopied(true), () => setCopied(false))}>
          {copied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button small" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}

export function HouseholdSection() {
  const load = useCall(listHousehold).run;
  const again = useCall(reinvite);
  const remove = useCall(removeFromHousehold);
  const areas = useHome((s) => s.areas);
  const [list, setList] = useState<HouseholdList | null>(null);
  const [shown, setShown] = useState<Invitation | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    const l = await load();
    if (l) setList(l);
  }, [load]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (!list) return <p className="muted">Loading…</p>;
  if (!list.available) {
    return (
      <p>
        This window is the home’s owner’s. To let other people in your household use Hearth from their own browsers, run Hearth as a hub
        (<code>npm start -- --hub</code>); then invite them here.
      </p>
    );
  }
  const roomNames = (ids: string[]) => ids.map((id) => areas.find((a) => a.id === id)?.name ?? id).join(', ');
  const invited = (i: Invitation) => {
    setShown(i);
    void refresh();
  };
  return (
    <>
      <p>People you invite sign in from their own browser with a one-time address. A member uses the home; a guest only the rooms you give it.</p>
      {shown ? <Shown invitation={shown} onDone={() => setShown(null)} /> : <NewPerson onInvited={invited} />}
      {list.members.length === 0 ? (
        <p className="muted">Nobody else yet.</p>
      ) : (
        <table className="table compact" aria-label="Household">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Last seen</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {list.members.map((m) => (
              <tr key={m.id}>
                <td>{m.name}</td>
                <td>
                  {m.role === 'guest' ? `Guest: ${roomNames(m.rooms)}` : 'Member'}
                  {m.signedIn && <span className="muted small"> · signed in</span>}
                </td>
                <td>{seen(m.lastSeenAt)}</td>
                <td className="actions">
                  <button type="button" className="button small" disabled={again.busy} onClick={() => void again.run(m.id).then((i) => i && invited(i))}>
                    New address
                  </button>{' '}
                  {confirm === m.id ? (
                    <>
                      <span className="small">Their open pages are signed out at once.</span>{' '}
                      <button
                        type="button"
                        className="button small danger"
                        disabled={remove.busy}
                        onClick={() =>
                          void remove.run(m.id).then(() => {
                            setConfirm(null);
                            void refresh();
                          })
                        }
                      >
                        Remove now
                      </button>{' '}
                      <button type="button" className="button small" onClick={() => setConfirm(null)}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <button type="button" className="button small" aria-label={`Remove ${m.name}`} onClick={() => setConfirm(m.id)}>
                      Remove…
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
