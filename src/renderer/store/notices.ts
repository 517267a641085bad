// The one place things become notices: a call that failed (what happened, what to do next), a warning
// (a device did not confirm), and the messages automations send. Shown by components/Notices.tsx.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { toApiError } from '../api/client';

export interface Notice {
  id: number;
  kind: 'error' | 'warning' | 'message';
  message: string;
  /** What to do next (errors, warnings), or where a message comes from. */
  next?: string | undefined;
  /** The core's error code, e.g. PLAN_LIMIT (then the notice offers the Subscription screen). */
  code?: string | undefined;
  /** The help article the core named for this trouble; the notice links to it ("Read: <title>"). */
  article?: string | undefined;
}

export interface NoticesState {
  notices: Notice[];
  notify(kind: Notice['kind'], message: string, next?: string, code?: string, article?: string): void;
  /** A failed call, as an error notice with the core's words and next step. */
  report(err: unknown): void;
  dismiss(id: number): void;
}

/** How many notices stay on screen; older ones make way. */
export const MAX_NOTICES = 5;

export function createNoticesStore(): StoreApi<NoticesState> {
  let nextId = 1;
  return createStore<NoticesState>()((set, get) => ({
    notices: [],
    notify(kind, message, next, code, article) {
      set((s) => ({ notices: [...s.notices, { id: nextId++, kind, message, next, ...(code ? { code } : {}), ...(article ? { article } : {}) }].slice(-MAX_NOTICES) }));
    },
    report(err) {
      const e = toApiError(err);
      get().notify('error', e.message, e.next, e.code, e.article);
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
  }));
}
