// What is wrong now, each with a link to its fix (a screen) and the help article that explains it, and
// dismiss or snooze (kept by the core, so they hold after a restart).
import { ArticleLink } from '../../components/ArticleLink';
import { useSupportMode } from './support-mode';
import { useHealth } from '../../store/context';
import { navigate } from '../../nav/router';
import { ago } from './format';

export function AlertsTab() {
  const alerts = useHealth((s) => s.alerts);
  const dismiss = useHealth((s) => s.dismiss);
  const snooze = useHealth((s) => s.snooze);
  // A support session reads alerts; acting on them is for the person at home.
  const readOnly = useSupportMode();
  if (!alerts.length) return <p className="health-ok">No alerts. Hearth checks every minute.</p>;
  return (
    <ul className="alert-list" aria-label="Alerts">
      {alerts.map((a) => (
        <li key={a.id} className={`card alert alert-${a.level}`} data-testid={`alert-${a.kind}`}>
          <div className="alert-head">
            <span className={`dot ${a.level === 'error' ? 'bad' : 'warn'}`} aria-hidden="true" />
            <h3>{a.title}</h3>
            <span className="muted small">since {ago(a.since)}</span>
          </div>
          <p>{a.message}</p>
          <div className="alert-actions">
            {!readOnly && (
              <>
                <button type="button" className="button small primary" onClick={() => navigate(a.fix.screen)}>
                  {a.fix.label}
                </button>
                <button type="button" className="button small" onClick={() => void snooze(a.id, 24)}>
                  Snooze for a day
                </button>
                <button type="button" className="button small" onClick={() => void dismiss(a.id)}>
                  Dismiss
                </button>
              </>
            )}
            {a.fix.article && <ArticleLink id={a.fix.article} />}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** The number of alerts, for the sidebar and the Alerts tab. */
export function AlertsBadge() {
  const n = useHealth((s) => s.alerts.length);
  if (!n) return null;
  return (
    <span className="alerts-badge" aria-label={`${n} alert${n === 1 ? '' : 's'}`}>
      {n}
    </span>
  );
}
