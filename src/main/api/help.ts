// help.* and tickets.*: the knowledge base, guided troubleshooting and support tickets (diagnostics/help).
import type { Help } from '../diagnostics/help/service';
import type { HandlersFor } from '../transport/dispatch';

export function helpHandlers(d: { help: Help }): HandlersFor<'help.search' | 'help.article' | 'help.articles' | 'help.troubleshoot' | 'tickets.create' | 'tickets.list' | 'tickets.setStatus' | 'tickets.export'> {
  const { help } = d;
  return {
    'help.search': (i) => help.kb.search(i.query, i.limit),
    'help.article': (i) => help.kb.article(i.id),
    'help.articles': () => help.kb.list(),
    'help.troubleshoot': (i) => help.troubleshoot(i),
    'tickets.create': (i) => help.tickets.create(i),
    'tickets.list': () => help.tickets.list(),
    'tickets.setStatus': (i) => help.tickets.setStatus(i.id, i.status),
    'tickets.export': (i) => help.tickets.export(i.id),
  };
}
