// The plan preview: what will happen, when, to which device (timeline + steps), conflicts in amber, and
// one tap to Approve, Edit or Cancel; after it runs: its progress, how it ended, and Undo.
import { CalendarClock, Check, Pencil, RotateCcw, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { triggerText } from '../../../shared/describe-rules';
import { clockTime } from '../../../shared/describe-values';
import type { Plan } from '../../../shared/plan';
import { useHome, usePlans } from '../../store/context';
import { selectOpenPlan } from '../../store/plans';
import { ConflictList } from './ConflictList';
import { OutsideNow } from './OutsideNow';
import { StepsTable } from './StepsTable';
import { Timeline } from './Timeline';
import { UndoChoice } from './UndoChoice';

const STATUS_TEXT: Record<Plan['status'], string> = {
  preview: 'Preview — nothing has changed yet', running: 'Running…', done: 'Done', failed: 'Stopped and put back', cancelled: 'Cancelled', undone: 'Undone', saved: 'Saved',
};
/** Plans some of whose steps ran and may still be in place: Undo is offered for them (within 24 hours). */
const UNDOABLE: readonly Plan['status'][] = ['done', 'running', 'cancelled', 'failed'];

export function PlanDialog() {
  const plan = usePlans(selectOpenPlan);
  if (!plan) return null;
  return <Dialog plan={plan} key={plan.id} />;
}

function Dialog({ plan }: { plan: Plan }) {
  const approve = usePlans((s) => s.approve);
  const cancel = usePlans((s) => s.cancel);
  const edit = usePlans((s) => s.edit);
  const undo = usePlans((s) => s.undo);
  const close = usePlans((s) => s.close);
  const busy = usePlans((s) => s.busy);
  const undoChoice = usePlans((s) => s.undoChoice);
  const dismissUndoChoice = usePlans((s) => s.dismissUndoChoice);
  const devices = useHome((s) => s.devices);
  const [editing, setEditing] = useState(false);
  const approveRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const preview = plan.status === 'preview';
  const blocking = plan.conflicts.some((c) => c.severity === 'blocking');
  const canUndo =
    UNDOABLE.includes(plan.status) && plan.steps.some((s) => s.status === 'done') && plan.undoUntil !== null && plan.undoUntil > Date.now() && plan.source.kind !== 'undo';
  const choice = undoChoice?.planId === plan.id ? undoChoice : null;

  useEffect(() => {
    (preview && !blocking ? approveRef.current : closeRef.current)?.focus();
  }, [preview, blocking]);

  const dismiss = () => (preview ? void cancel(plan.id) : close());
  const lookup = (id: string) => devices[id];
  const schedule = plan.automation ? plan.automation.triggers.map((t) => triggerText(t, lookup)).join(' or ') : null;

  return (
    <div className="overlay" onKeyDown={(e) => e.key === 'Escape' && dismiss()}>
      <div className="dialog plan-dialog" role="dialog" aria-modal="true" aria-labelledby="plan-title" aria-describedby="plan-status">
        <header className="dialog-head">
          <div>
            <p className="eyebrow">{plan.automation ? 'New automation' : plan.source.kind === 'automation' ? 'Automation run' : preview ? 'Plan preview' : 'Plan'}</p>
            <h2 id="plan-title">{plan.title}</h2>
          </div>
          <button type="button" className="icon-button" aria-label="Close" ref={closeRef} onClick={dismiss}>
            <X size={18} aria-hidden="true" />
          </button>
        </header>
        <p id="plan-status" className={`plan-status ${plan.status}`} role="status">
          {plan.outcome ?? STATUS_TEXT[plan.status]}
        </p>
        {plan.summary && (
          <p className="plan-summary" aria-label="What Hearth understood">
            {plan.summary}
          </p>
        )}
        {schedule && (
          <p className="schedule">
            <CalendarClock size={16} aria-hidden="true" /> Runs {schedule.replace(/^./, (c) => c.toLowerCase())}; next on{' '}
            {new Date(plan.startsAt).toLocaleDateString('en-GB', { weekday: 'long' })} at {clockTime(plan.startsAt)}.
          </p>
        )}
        {plan.automation && preview && <OutsideNow triggers={plan.automation.triggers} conditions={plan.automation.conditions} />}
        {preview && plan.previewReasons.length > 0 && <p className="muted small">Shown before it runs because: {plan.previewReasons.join(' ')}</p>}
        <ConflictList conflicts={plan.conflicts} />
        <Timeline steps={plan.steps} conflicts={plan.conflicts} startsAt={plan.startsAt} immediate={!plan.automation && plan.status === 'preview'} />
        <StepsTable steps={plan.steps} editing={editing && preview} showStatus={!preview} scheduled={plan.automation !== null} onEdit={(e) => void edit(plan.id, [e])} />
        {plan.notes.length > 0 && (
          <ul className="notes">
            {plan.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
        {choice && <UndoChoice choice={choice} busy={busy} onChoose={(c) => void undo(plan.id, c)} onDismiss={dismissUndoChoice} />}
        <footer className="dialog-actions">
          {preview ? (
            <>
              <button type="button" className="button" onClick={() => void cancel(plan.id)}>
                <X size={16} aria-hidden="true" /> Cancel
              </button>
              <button type="button" className="button" aria-pressed={editing} onClick={() => setEditing(!editing)}>
                <Pencil size={16} aria-hidden="true" /> {editing ? 'Done editing' : 'Edit'}
              </button>
              <button type="button" className="button primary" ref={approveRef} disabled={busy || blocking} onClick={() => void approve(plan.id)}>
                <Check size={16} aria-hidden="true" /> {plan.automation ? 'Save automation' : 'Approve'}
              </button>
            </>
          ) : (
            <>
              {plan.status === 'running' && (
                <button type="button" className="button" onClick={() => void cancel(plan.id)}>
                  Stop remaining steps
                </button>
              )}
              {canUndo && !choice && (
                <button type="button" className="button" disabled={busy} onClick={() => void undo(plan.id)}>
                  <RotateCcw size={16} aria-hidden="true" /> Undo
                </button>
              )}
              <button type="button" className="button primary" onClick={close}>
                Close
              </button>
            </>
          )}
        </footer>
      </div>
    </div>
  );
}
