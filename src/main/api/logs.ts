// Diagnostics for support staff: the log, the support bundle, the support links (diagnostics/support/).
import type { Diagnostics } from '../diagnostics/support/service';
import type { HandlersFor } from '../transport/dispatch';

type LogRequestName = 'logs.query' | 'diagnostics.bundle' | 'support.link.create' | 'support.link.list' | 'support.link.revoke';

export function logHandlers({ diagnostics }: { diagnostics: Diagnostics }): HandlersFor<LogRequestName> {
  return {
    'logs.query': (i, ctx) => diagnostics.queryLogs(i, { redacted: ctx.scope === 'support' }),
    'diagnostics.bundle': () => diagnostics.bundle(),
    'support.link.create': (i) => diagnostics.links.create({ hours: i.hours }),
    'support.link.list': () => diagnostics.links.list(),
    'support.link.revoke': (i) => diagnostics.links.revoke(i.id),
  };
}
