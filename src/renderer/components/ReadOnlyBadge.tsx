// Marks a device or automation that is over the subscription's limit: kept and shown, but read-only, with the
// reason (hover or screen reader) and, where there is room, a link to the Subscription screen.
import { navigate } from '../nav/router';
import { useSubscription } from '../store/context';
import { readOnlyReason, selectReadOnly } from '../store/subscription';

export function ReadOnlyBadge({ kind, id, explain = false }: { kind: 'devices' | 'automations'; id: string; explain?: boolean }) {
  const readOnly = useSubscription(selectReadOnly(kind, id));
  const status = useSubscription((s) => s.status);
  if (!readOnly || !status) return null;
  const reason = readOnlyReason(status, kind);
  if (!explain) {
    return (
      <span className="badge warn readonly-badge" title={`Read-only: ${reason}`} aria-label={`Read-only: ${reason}`} data-testid="readonly-badge">
        Read-only
      </span>
    );
  }
  return (
    <p className="readonly-note" role="note" data-testid="readonly-note">
      <span className="badge warn">Read-only</span> {reason}{' '}
      <button type="button" className="button link small" onClick={() => navigate('subscription')}>
        Open Subscription
      </button>
    </p>
  );
}
