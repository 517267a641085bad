// Settings → Weather & calendars → Calendars: the calendars automations read (name, kind, last read, events, what
// went wrong), each read again or removed (after a confirmation), and a form to test and add one: an ICS address
// or a file on this computer, or a CalDAV account (its password is sent once and never shown again).
import { useState } from 'react';
import { ageText, type CalendarKind, type CalendarSourceStatus } from '../../../shared/outside';
import { EMPTY_FORM, type CalendarForm, type OutsideState } from '../../store/outside';

const KINDS: Record<CalendarKind, string> = { ics: 'ICS address or file', caldav: 'CalDAV account' };
const isWeb = (url: string) => /^https?:\/\//i.test(url.trim());
const kindWords = (c: CalendarSourceStatus) => (c.kind === 'caldav' ? 'CalDAV' : isWeb(c.url) ? 'ICS address' : 'ICS file');

function Row({ c, state, consent, now }: { c: CalendarSourceStatus; state: OutsideState; consent: boolean; now: number }) {
  const [confirm, setConfirm] = useState(false);
  const [busy, setBusy] = useState(false);
  const blocked = !consent && isWeb(c.url);
  const read = c.status.lastFetchAt !== null ? ageText(now - c.status.lastFetchAt).replace(' old', ' ago') : 'not yet';
  return (
    <tr>
      <th scope="row">
        {c.name}
        <div className="muted small wx-url" title={c.url}>
          {c.url}
          {c.username ? ` · ${c.username}` : ''}
          {c.hasPassword ? ' · password saved' : ''}
        </div>
      </th>
      <td>{kindWords(c)}</td>
      <td className="nowrap">{read}</td>
      <td>{c.events}</td>
      <td className="wx-problem">{c.status.error ? <span className="wx-warn small">{c.status.error}</span> : <span className="muted small">none</span>}</td>
      <td className="nowrap">
        {confirm ? (
          <span className="row">
            <button
              type="button"
              className="button small danger"
              onClick={async () => {
                await state.removeCalendar(c.id);
                setConfirm(false);
              }}
            >
              Remove now
            </button>
            <button type="button" className="button small" onClick={() => setConfirm(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <span className="row">
            <button
              type="button"
              className="button small"
              aria-label={`Read ${c.name} now`}
              disabled={blocked || busy}
              title={blocked ? 'Online services are off' : undefined}
              onClick={async () => {
                setBusy(true);
                await state.refreshCalendar(c.id).finally(() => setBusy(false));
              }}
            >
              {busy ? 'Reading…' : 'Refresh'}
            </button>
            <button type="button" className="button small" aria-label={`Remove ${c.name}`} onClick={() => setConfirm(true)}>
              Remove…
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}

function AddCalendar({ state, consent }: { state: OutsideState; consent: boolean }) {
  const [f, setF] = useState<CalendarForm>(EMPTY_FORM);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const blocked = !consent && (f.kind === 'caldav' || isWeb(f.url));
  const change = (c: Partial<CalendarForm>) => {
    setF({ ...f, ...c });
    setResult(null);
  };
  const run = async (what: 'test' | 'add') => {
    setBusy(true);
    try {
      const r = what === 'test' ? await state.testCalendar(f) : await state.addCalendar(f);
      setResult(r.ok ? { ok: true, text: r.message } : { ok: false, text: r.error });
      if (r.ok && what === 'add') setF(EMPTY_FORM);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="wx-add"
      aria-labelledby="wx-add-title"
      onSubmit={(e) => {
        e.preventDefault();
        void run('add');
      }}
    >
      <h4 id="wx-add-title">Add a calendar</h4>
      <div className="row">
        <label className="field">
          <span>Name</span>
          <input value={f.name} maxLength={100} placeholder="e.g. Family" onChange={(e) => change({ name: e.target.value })} />
        </label>
        <label className="field">
          <span>Kind</span>
          <select value={f.kind} onChange={(e) => change({ kind: e.target.value as CalendarKind, username: '', password: '' })}>
            {(Object.keys(KINDS) as CalendarKind[]).map((k) => (
              <option key={k} value={k}>
                {KINDS[k]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span>{f.kind === 'caldav' ? 'CalDAV address' : 'Address or file'}</span>
        <input
          value={f.url}
          maxLength={2000}
          placeholder={f.kind === 'caldav' ? 'https://calendar.example.com/dav/' : 'https://…/calendar.ics, or the full path of an .ics file on this computer'}
          onChange={(e) => change({ url: e.target.value })}
        />
      </label>
      {f.kind === 'caldav' && (
        <div className="row">
          <label className="field">
            <span>User name</span>
            <input value={f.username} maxLength={256} autoComplete="off" onChange={(e) => change({ username: e.target.value })} />
          </label>
          <label className="field">
            <span>Password</span>
            <input type="password" value={f.password} maxLength={1024} autoComplete="new-password" onChange={(e) => change({ password: e.target.value })} />
          </label>
        </div>
      )}
      <p className="muted small">
        {f.kind === 'caldav'
          ? 'The password is kept encrypted with Hearth’s other secrets and is never shown again.'
          : 'An address is read every 30 min (with Online services on); a file on this computer sends nothing.'}
        {blocked ? ' Online services are off, so Hearth cannot read an address now.' : ''}
      </p>
      {result && (
        <p className={result.ok ? 'small' : 'form-error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </p>
      )}
      <div className="wizard-actions">
        <span className="spacer" />
        <button type="button" className="button" disabled={busy || blocked} onClick={() => void run('test')}>
          Test
        </button>
        <button type="submit" className="button primary" disabled={busy || blocked}>
          Add calendar
        </button>
      </div>
    </form>
  );
}

export function CalendarSources({ state, consent, now }: { state: OutsideState; consent: boolean; now: number }) {
  return (
    <>
      {state.calendars.length === 0 ? (
        <p className="muted">No calendars yet.</p>
      ) : (
        <table className="table compact wx-calendars" aria-label="Calendars">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Last read</th>
              <th scope="col">Events</th>
              <th scope="col">Problem</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.calendars.map((c) => (
              <Row key={c.id} c={c} state={state} consent={consent} now={now} />
            ))}
          </tbody>
        </table>
      )}
      <AddCalendar state={state} consent={consent} />
    </>
  );
}
