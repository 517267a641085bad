import { X } from 'lucide-react';
import { navigate } from '../nav/router';
import type { Notice } from '../store/notices';
import { useNotices } from '../store/context';
import { ArticleLink } from './ArticleLink';

/**
 * The one place notices show: errors and warnings (what happened, what to do next), and automations' messages.
 * `hide` leaves some out; `plain` shows no links to other screens (the support view has none).
 */
export function Notices({ hide, plain = false }: { hide?: (n: Notice) => boolean; plain?: boolean } = {}) {
  const all = useNotices((s) => s.notices);
  const notices = hide ? all.filter((n) => !hide(n)) : all;
  const dismiss = useNotices((s) => s.dismiss);
  return (
    <div className="notices" role="region" aria-label="Notifications">
      {notices.map((n) => (
        <div className={`notice ${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'} key={n.id}>
          <div>
            <p>{n.message}</p>
            {n.next && <p className="next">{n.next}</p>}
            {!plain && n.article && <ArticleLink id={n.article} />}
            {!plain && n.code === 'PLAN_LIMIT' && (
              <button
                type="button"
                className="button small notice-action"
                onClick={() => {
                  dismiss(n.id);
                  navigate('subscription');
                }}
              >
                Open Subscription
              </button>
            )}
          </div>
          <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>
            <X size={16} aria-hidden="true" />
          </button>
        </div>
      ))}
    </div>
  );
}
