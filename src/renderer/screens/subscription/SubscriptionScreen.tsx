// Subscription: the tier in force and its licence, usage against the limits, the tiers side by side, a licence
// entered or imported, what a downgrade does. Buying happens on the vendor's checkout page in the system browser.
import { useEffect, useMemo, useState } from 'react';
import type { SubscriptionStatus } from '../../../shared/contract';
import { TIERS, annualDiscountPercent } from '../../../shared/tiers';
import { useAutomations, useHome, useSubscription } from '../../store/context';
import { readOnlyReason } from '../../store/subscription';
import { TierTable } from './TierTable';
import './subscription.css';

const day = (ms: number) => new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Opens the vendor's page in the system browser from the page (hub mode); never inside Hearth. */
const openInBrowser = (url: string) => void window.open(url, '_blank', 'noopener,noreferrer');

function UsageBar({ label, used, limit, demo }: { label: string; used: number; limit: number | null; demo: boolean }) {
  const share = limit === null ? 0 : Math.min(1, used / Math.max(1, limit));
  const state = limit === null ? 'unlimited' : used > limit ? 'over' : used === limit ? 'full' : '';
  return (
    <div className={`usage ${state}`} data-testid={`usage-${label.toLowerCase()}`}>
      <div className="usage-head">
        <span>{label}</span>
        <strong>{limit === null ? `${used} · ${demo ? 'no limit in the demo home' : 'no limit'}` : `${used} of ${limit}`}</strong>
      </div>
      <div className="usage-track" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={limit ?? used} aria-valuenow={used}>
        <div className="usage-fill" style={{ width: `${share * 100}%` }} />
      </div>
    </div>
  );
}

function CurrentPlan({ status }: { status: SubscriptionStatus }) {
  const remove = useSubscription((s) => s.remove);
  const buy = useSubscription((s) => s.buy);
  const [confirm, setConfirm] = useState(false);
  const l = status.licence;
  const top = status.tier === 'enterprise';
  return (
    <section className="panel plan-current" aria-labelledby="plan-title">
      <div className="plan-head">
        <div>
          <p className="muted small">Your plan</p>
          <h2 id="plan-title">
            {TIERS[status.tier].label}
            {l?.trial && <span className="badge">Trial</span>}
            {l?.test && <span className="badge warn">Test licence</span>}
            {status.demoExempt && <span className="badge">Demo home</span>}
          </h2>
        </div>
        {!top && (
          <button type="button" className="button primary" onClick={() => void buy(openInBrowser)}>
            {status.tier === 'free' ? 'Buy a subscription' : 'Upgrade'}
          </button>
        )}
      </div>
      {l ? (
        <dl className="summary">
          <dt>Licensed to</dt>
          <dd>{l.customer}</dd>
          <dt>Licence</dt>
          <dd>
            <code>{l.id}</code> · {TIERS[l.tier].label}, {plural(l.homes, 'home', 'homes')}
          </dd>
          {l.state === 'active' && (
            <>
              <dt>{l.trial ? 'Trial ends' : 'Renewal date'}</dt>
              <dd>
                {day(l.expiresAt)} ({plural(l.daysLeft, 'day', 'days')} left)
              </dd>
            </>
          )}
          {l.state === 'grace' && (
            <>
              <dt>Expired</dt>
              <dd className="warn-text" role="status">
                On {day(l.expiresAt)}. It keeps working for {plural(l.daysLeft, 'more day', 'more days')} (grace period, until {day(l.endsAt)}); renew it to keep {TIERS[l.tier].label}.
              </dd>
            </>
          )}
          {l.state === 'expired' && (
            <>
              <dt>Ended</dt>
              <dd className="warn-text" role="status">
                On {day(l.endsAt)}: Hearth is back on Free. Renew it or enter a newer licence.
              </dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted">No licence on this computer: Hearth runs on Free. A licence key unlocks a paid tier at once, without an account or a connection.</p>
      )}
      {status.clockMovedBack && (
        <p className="warn-text" role="alert">
          This computer’s clock is behind a time Hearth has already seen. Licence dates are counted from the later time; set the clock right.
        </p>
      )}
      {l &&
        (confirm ? (
          <div className="confirm-row">
            <span>Remove the licence? Hearth goes back to Free; nothing is deleted.</span>
            <button type="button" className="button danger small" onClick={() => void remove().then(() => setConfirm(false))}>
              Remove licence
            </button>
            <button type="button" className="button small" onClick={() => setConfirm(false)}>
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="button small" onClick={() => setConfirm(true)}>
            Remove licence…
          </button>
        ))}
      <p className="muted small">Payment happens on the vendor’s checkout page in your browser; Hearth never sees card details.</p>
    </section>
  );
}

function LicenceEntry() {
  const activate = useSubscription((s) => s.activate);
  const error = useSubscription((s) => s.licenceError);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (licence: string) => {
    setBusy(true);
    if (await activate(licence)) setText('');
    setBusy(false);
  };
  return (
    <section className="panel" aria-labelledby="licence-title">
      <h2 id="licence-title">Enter a licence</h2>
      <form
        className="licence-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) void run(text);
        }}
      >
        <label htmlFor="licence-key">Licence key (as in the e-mail, starting HEARTH1.)</label>
        <textarea id="licence-key" rows={3} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} aria-invalid={error ? true : undefined} aria-describedby={error ? 'licence-error' : undefined} />
        {error && (
          <p id="licence-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="button primary" disabled={busy || !text.trim()}>
            Activate
          </button>
          <label className="button">
            Import licence file…
            <input
              type="file"
              accept=".lic,.txt,.json,text/plain,application/json"
              hidden
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void run(file.size > 16_384 ? 'x'.repeat(4097) : await file.text());
              }}
            />
          </label>
        </div>
      </form>
    </section>
  );
}

function Downgrade({ status }: { status: SubscriptionStatus }) {
  const devices = useHome((s) => s.devices);
  const rules = useAutomations((s) => s.rules);
  const names = useMemo(() => {
    const ruleName = new Map(rules.map((r) => [r.id, r.name]));
    return {
      devices: status.readOnly.devices.map((id) => ({ id, name: devices[id]?.name ?? id })),
      automations: status.readOnly.automations.map((id) => ({ id, name: ruleName.get(id) ?? id })),
    };
  }, [status, devices, rules]);
  const free = TIERS.free.limits;
  const over = {
    devices: Math.max(0, status.usage.devices - (free.devices ?? Infinity)),
    automations: Math.max(0, status.usage.automations - (free.automations ?? Infinity)),
  };
  const anyReadOnly = names.devices.length + names.automations.length > 0;
  return (
    <section className="panel" aria-labelledby="downgrade-title">
      <h2 id="downgrade-title">What happens on a downgrade</h2>
      <p>
        Nothing is deleted. When a licence ends or is removed, the oldest devices and automations up to the new tier’s limits keep working; the newest beyond them become
        read-only: kept and shown, not commanded, not run and not edited, until the tier allows them again. You can still remove them.
        Device history older than the new tier shows (Free: {TIERS.free.historyDays} days) is hidden, not deleted: it stays until your privacy settings remove it, and shows again after an upgrade.
      </p>
      {status.demoExempt && <p className="muted">The demo home is exempt from limits, so nothing in it becomes read-only.</p>}
      {anyReadOnly ? (
        <div className="readonly-list" data-testid="readonly-now">
          <h3>Read-only now</h3>
          {(['devices', 'automations'] as const).map(
            (kind) =>
              names[kind].length > 0 && (
                <div key={kind}>
                  <p className="muted small">{readOnlyReason(status, kind)}</p>
                  <ul className="plain-list">
                    {names[kind].map((x) => (
                      <li key={x.id}>
                        <span className="badge warn">Read-only</span> {x.name}
                      </li>
                    ))}
                  </ul>
                </div>
              ),
          )}
        </div>
      ) : status.tier !== 'free' && !status.demoExempt ? (
        <p className="muted">
          On Free ({free.devices} devices, {free.automations} automations) today,{' '}
          {over.devices + over.automations === 0
            ? 'nothing would become read-only.'
            : `the newest ${[over.devices > 0 && plural(over.devices, 'device', 'devices'), over.automations > 0 && plural(over.automations, 'automation', 'automations')].filter(Boolean).join(' and ')} would become read-only.`}
        </p>
      ) : (
        <p className="muted">Nothing is read-only now.</p>
      )}
    </section>
  );
}

export function SubscriptionScreen() {
  const status = useSubscription((s) => s.status);
  const load = useSubscription((s) => s.load);
  useEffect(() => void load(), [load]);
  if (!status) return <p className="muted">Loading…</p>;
  const demo = status.demoExempt;
  return (
    <div className="subscription">
      <h1 className="screen-title">Subscription</h1>
      <div className="subscription-grid">
        <CurrentPlan status={status} />
        <section className="panel" aria-labelledby="usage-title">
          <h2 id="usage-title">Usage</h2>
          <UsageBar label="Devices" used={status.usage.devices} limit={status.limits.devices} demo={demo} />
          <UsageBar label="Automations" used={status.usage.automations} limit={status.limits.automations} demo={demo} />
          {demo && (
            <p className="note" data-testid="demo-exempt">
              This is the demo home with simulated devices: it is exempt from the limits of every tier. With your own radio stick, {TIERS[status.tier].label} allows{' '}
              {TIERS[status.tier].limits.devices ?? 'any number of'} devices and {TIERS[status.tier].limits.automations ?? 'any number of'} automations.
            </p>
          )}
        </section>
      </div>
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">Compare tiers</h2>
        <p className="muted small">
          Prices in US dollars. Annual billing costs ten months: two months free ({annualDiscountPercent('premium')} % off).
        </p>
        <TierTable current={status.tier} />
      </section>
      <div className="subscription-grid">
        <LicenceEntry />
        <Downgrade status={status} />
      </div>
    </div>
  );
}
