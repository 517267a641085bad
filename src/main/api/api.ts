import type { ApiService } from '../rest/service';
import type { HandlersFor } from '../transport/dispatch';

type ApiRequests = 'api.status' | 'api.configure' | 'api.tokens.list' | 'api.tokens.create' | 'api.tokens.revoke';

export function apiHandlers({ api }: { api: ApiService }): HandlersFor<ApiRequests> {
  return {
    'api.status': () => api.status(),
    'api.configure': (i) => api.configure(i),
    'api.tokens.list': () => api.listTokens(),
    'api.tokens.create': (i) => api.createToken(i),
    'api.tokens.revoke': (i) => {
      api.tokens.revoke(i.id);
      return { ok: true as const };
    },
  };
}
