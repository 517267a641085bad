// "Why did — or didn't — my automation run?": each run with what triggered it, each condition's result,
// each step's outcome and timing.
import { CheckCircle2, CircleSlash, XCircle } from 'lucide-react';
import type { Trace } from '../../../shared/plan';
import { useAutomations } from '../../store/context';

const RESULT: Record<Trace['result'], string> = { ran: 'Ran', failed: 'Failed', conditionsFailed: 'Didn’t run', suppressed: 'Stopped', running: 'Running' };

export function TraceList({ ruleId }: { ruleId: string | null }) {
  const traces = useAutomations((s) => s.traces).filter((t) => (ruleId ? t.ruleId === ruleId : t.ruleId !== null));
  if (traces.length === 0) return <p className="muted">No runs yet. Runs appear here with the reason they did or didn’t happen.</p>;
  return (
    <ul className="traces" aria-label="Runs">
      {traces.map((t) => (
        <li key={t.id}>
          <details>
            <summary>
              <span className={`result ${t.result}`}>{RESULT[t.result]}</span>
              <span className="when">{new Date(t.at).toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit' })}</span>
              <strong>{t.ruleName}</strong>
              <span className="summary-text">{t.summary}</span>
            </summary>
            <dl className="trace-detail">
              <dt>Trigger</dt>
              <dd>{t.trigger}</dd>
              <dt>Conditions</dt>
              <dd>
                {t.conditions.length === 0 ? (
                  'none'
                ) : (
                  <ul>
                    {t.conditions.map((c, i) => (
                      <li key={i}>
                        {c.passed ? <CheckCircle2 size={14} aria-label="held" /> : <XCircle size={14} aria-label="did not hold" />} {c.label}
                        {c.detail ? <span className="muted"> — {c.detail}</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>Steps</dt>
              <dd>
                {t.steps.length === 0 ? (
                  'none ran'
                ) : (
                  <ul>
                    {t.steps.map((s, i) => (
                      <li key={i}>
                        {s.status === 'done' ? <CheckCircle2 size={14} aria-hidden="true" /> : <CircleSlash size={14} aria-hidden="true" />} {s.label} — {s.status}
                        {s.durationMs !== undefined ? ` in ${s.durationMs} ms` : ''}
                        {s.error ? <span className="muted"> ({s.error})</span> : null}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </dl>
          </details>
        </li>
      ))}
    </ul>
  );
}
