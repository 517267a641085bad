// The plan's steps as a table: readable by screen readers, and editable (value, minutes from start, remove).
import { Trash2 } from 'lucide-react';
import type { PlanStep } from '../../../shared/plan';
import { formatValue } from '../../../shared/describe-values';
import type { StepEdit } from '../../api/plans';

const STATUS: Record<PlanStep['status'], string> = {
  pending: 'Waiting', running: 'Running…', done: 'Done', failed: 'Failed', skipped: 'Skipped', rolledBack: 'Put back', cancelled: 'Cancelled',
};

function ValueInput({ step, onEdit }: { step: PlanStep; onEdit(e: StepEdit): void }) {
  const label = `New value for “${step.label}”`;
  if (typeof step.value === 'boolean') {
    const [on, off] = step.capabilityKind === 'lock' ? ['Locked', 'Unlocked'] : ['On', 'Off'];
    return (
      <select aria-label={label} value={String(step.value)} onChange={(e) => onEdit({ stepId: step.id, value: e.target.value === 'true' })}>
        <option value="true">{on}</option>
        <option value="false">{off}</option>
      </select>
    );
  }
  if (typeof step.value === 'number') {
    return (
      <input
        aria-label={label}
        type="number"
        step="0.5"
        defaultValue={step.value}
        onBlur={(e) => e.target.value !== '' && Number(e.target.value) !== step.value && onEdit({ stepId: step.id, value: Number(e.target.value) })}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
    );
  }
  return <span>{formatValue(step.capabilityKind, step.value)}</span>;
}

export function StepsTable(props: { steps: PlanStep[]; editing: boolean; showStatus: boolean; scheduled: boolean; onEdit(e: StepEdit): void }) {
  const { steps, editing, showStatus, scheduled, onEdit } = props;
  return (
    <table className="table steps">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Step</th>
          <th scope="col">Before → after</th>
          {showStatus && <th scope="col">Status</th>}
          {editing && <th scope="col">Edit</th>}
        </tr>
      </thead>
      <tbody>
        {steps.map((s) => (
          <tr key={s.id} className={s.status}>
            <td>
              {editing ? (
                <input
                  aria-label={`Minutes from start for “${s.label}”`}
                  type="number"
                  min={0}
                  className="minutes"
                  defaultValue={Math.round(s.atMs / 60_000)}
                  onBlur={(e) => Number(e.target.value) * 60_000 !== s.atMs && onEdit({ stepId: s.id, atMs: Math.max(0, Number(e.target.value)) * 60_000 })}
                />
              ) : s.atMs === 0 ? (
                scheduled ? 'when it runs' : 'at once'
              ) : (
                `${Math.round(s.atMs / 60_000)} min later`
              )}
            </td>
            <td>{s.label}</td>
            <td>
              {s.before === null ? '' : `${formatValue(s.capabilityKind, s.before)} → `}
              {editing ? <ValueInput step={s} onEdit={onEdit} /> : s.by !== undefined && s.after === null ? `${s.by >= 0 ? '+' : '−'}${formatValue(s.capabilityKind, Math.abs(s.by))}` : formatValue(s.capabilityKind, s.after)}
            </td>
            {showStatus && (
              <td>
                {STATUS[s.status]}
                {s.error ? <span className="muted"> — {s.error}</span> : null}
              </td>
            )}
            {editing && (
              <td>
                <button type="button" className="icon-button" aria-label={`Remove “${s.label}”`} onClick={() => onEdit({ stepId: s.id, remove: true })}>
                  <Trash2 size={15} aria-hidden="true" />
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
