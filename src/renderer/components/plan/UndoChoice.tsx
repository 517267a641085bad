// Undo found devices someone changed since the plan ran: says what changed, and the person chooses whether to
// put those back too, keep them (and put back only the rest), or leave everything as it is.
import { AlertTriangle, RotateCcw } from 'lucide-react';
import { formatValue } from '../../../shared/describe-values';
import type { UndoChoice as Choice } from '../../store/plans';

const joinAnd = (items: readonly string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`);

export function UndoChoice({ choice, busy, onChoose, onDismiss }: {
  choice: Choice;
  busy: boolean;
  onChoose(changedSince: 'putBack' | 'keep'): void;
  onDismiss(): void;
}) {
  const names = [...new Set(choice.changed.map((c) => c.deviceName))];
  const them = names.length === 1 ? names[0]! : 'them';
  return (
    <section className="undo-choice" role="group" aria-labelledby="undo-choice-title" aria-describedby="undo-choice-message">
      <h3 id="undo-choice-title">
        <AlertTriangle size={16} aria-hidden="true" /> Changed since this plan ran
      </h3>
      <p id="undo-choice-message">{choice.message}</p>
      <ul aria-label="Changed since">
        {choice.changed.map((c) => (
          <li key={`${c.deviceId}/${c.capabilityId}`}>
            <strong>{c.deviceName}</strong>: now {formatValue(c.capabilityKind, c.now)}
            <span className="muted"> · the plan set {formatValue(c.capabilityKind, c.set)} · before it: {formatValue(c.capabilityKind, c.before)}</span>
          </li>
        ))}
      </ul>
      {choice.unchanged.length > 0 && <p className="muted small">Undo puts back {joinAnd(choice.unchanged)} either way.</p>}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={busy} onClick={onDismiss}>
          Leave everything as it is
        </button>
        {choice.unchanged.length > 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => onChoose('keep')}>
            Keep {them}, put back only {joinAnd(choice.unchanged)}
          </button>
        )}
        <button type="button" className="button primary" disabled={busy} onClick={() => onChoose('putBack')}>
          <RotateCcw size={16} aria-hidden="true" /> Put {them} back {choice.unchanged.length > 0 ? 'too' : 'anyway'}
        </button>
      </div>
    </section>
  );
}
