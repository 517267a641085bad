// A tiny hash router: the screen is the part after '#/', so reloads and Back keep working, and no server
// routes are needed in hub mode or under Electron's app:// scheme.
import { useSyncExternalStore } from 'react';

function current(): string {
  const h = window.location.hash.replace(/^#\/?/, '');
  return h.split('?')[0] ?? '';
}

function subscribe(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

export function useRoute(): string {
  return useSyncExternalStore(subscribe, current);
}

export function navigate(path: string): void {
  window.location.hash = `#/${path}`;
}
