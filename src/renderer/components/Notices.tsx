import { X } from 'lucide-react';
import { useHome } from '../store/context';
import { usePlans } from '../store/plans-context';

/** Errors and warnings (what happened and what to do next), and automations' messages. */
export function Notices() {
  const notices = useHome((s) => s.notices);
  const dismiss = useHome((s) => s.dismiss);
  const messages = usePlans((s) => s.messages);
  const dismissMessage = usePlans((s) => s.dismissMessage);
  return (
    <div className="notices" role="region" aria-label="Notifications">
      {messages.map((m) => (
        <div className="notice message" role="status" key={m.id}>
          <div>
            <p>{m.text}</p>
            <p className="next">From “{m.rule}”</p>
          </div>
          <button type="button" aria-label="Dismiss" onClick={() => dismissMessage(m.id)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
      {notices.map((n) => (
        <div className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} key={n.id}>
          <div>
            <p>{n.message}</p>
            {n.next && <p className="next">{n.next}</p>}
          </div>
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
