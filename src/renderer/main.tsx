// Renderer entry: picks the transport (Electron bridge or hub WebSocket), builds the stores, mounts the UI.
// The app's stylesheet first: each integration's own stylesheet (integrations/<stack>/) comes after it.
import './styles/app.css';
import './styles/power.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, MissingToken } from './App';
import { createClient } from './api/client';
import { askWhoami, OWNER_SESSION } from './api/household';
import { ClientContext } from './api/context';
import { electronTransport, type Transport } from './api/transport';
import { wsTransport } from './api/ws-transport';
import { StoresContext } from './store/context';
import { createStores } from './store';

const SESSION_KEY = 'hearth.session';
const SUPPORT_KEY = 'hearth.support';

/** Takes a parameter out of the address bar (and this history entry) once read. */
function takeParam(name: string): string | null {
  const url = new URL(window.location.href);
  const value = url.searchParams.get(name);
  if (value !== null) {
    url.searchParams.delete(name);
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return value;
}

/** Exchanges a one-time code or token at the hub (POST `path`) for the session this tab keeps. */
async function exchange(path: '/api/signin' | '/api/support', body: Record<string, string>): Promise<{ session: string } | { problem: string }> {
  const r = await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' });
  const reply = (await r.json().catch(() => null)) as { session?: string; error?: { message?: string; next?: string } } | null;
  if (r.ok && reply?.session) return { session: reply.session };
  return { problem: reply?.error?.message ?? 'Hearth did not accept this address.' };
}

/**
 * Hub mode's credential for this tab. The hub prints an address with a one-time sign-in code (?code=…), which
 * is exchanged here for a session kept in this tab's sessionStorage; a support link's one-time token
 * (?support=…) is exchanged the same way for a read-only support session, so reloading the support view keeps
 * working until the link expires or is revoked. Either way nothing lasting stays in the address the browser
 * remembers.
 */
async function hubCredential(): Promise<{ credential: string | null; problem?: string; support?: boolean }> {
  const support = takeParam('support') ?? takeParam('token');
  if (support) {
    try {
      const got = await exchange('/api/support', { token: support });
      if ('session' in got) {
        sessionStorage.setItem(SESSION_KEY, got.session);
        sessionStorage.setItem(SUPPORT_KEY, '1');
        return { credential: got.session, support: true };
      }
      // The same link opened again in this tab (its token is spent): the tab's support session still holds.
      if (sessionStorage.getItem(SUPPORT_KEY) === '1' && sessionStorage.getItem(SESSION_KEY)) return { credential: sessionStorage.getItem(SESSION_KEY), support: true };
      return { credential: null, problem: got.problem, support: true };
    } catch {
      return { credential: null, problem: 'Hearth could not be reached to open the support link.', support: true };
    }
  }
  // This tab was opened with a support link: it stays the read-only support view.
  if (sessionStorage.getItem(SUPPORT_KEY) === '1') {
    const kept = sessionStorage.getItem(SESSION_KEY);
    return kept ? { credential: kept, support: true } : { credential: null, problem: 'This support link has ended: it expired or was revoked.', support: true };
  }
  const code = takeParam('code');
  const kept = sessionStorage.getItem(SESSION_KEY);
  if (!code) return { credential: kept };
  try {
    const got = await exchange('/api/signin', { code });
    if ('session' in got) {
      sessionStorage.setItem(SESSION_KEY, got.session);
      return { credential: got.session };
    }
    // A reload of an address whose code this tab already used: the tab's session still holds.
    if (kept) return { credential: kept };
    return { credential: null, problem: got.problem };
  } catch {
    return { credential: kept, problem: 'Hearth could not be reached to sign in.' };
  }
}

const root = createRoot(document.getElementById('root')!);
let transport: Transport | null = null;
let problem: string | undefined;
let support = false;
if (window.hearth) transport = electronTransport(window.hearth);
else {
  const got = await hubCredential();
  problem = got.problem;
  support = got.support === true;
  if (got.credential) transport = wsTransport(got.credential);
}

// The support view (Diagnostics, read only) is its own chunk: a usual window does not load it.
const supportView = support ? await import('./screens/diagnostics/SupportView') : null;
if (!transport) {
  root.render(supportView ? <supportView.SupportLinkRefused problem={problem} /> : <MissingToken problem={problem} />);
} else {
  const client = createClient(transport);
  // In the desktop window the person is the owner; in a browser, whoever signed in (a household member or guest
  // sees only what it may use). Not known (signed out meanwhile): a guest's view until the window shows why.
  // A support link's view is its own (diagnostics reads only, decided by the core).
  const session = window.hearth || support ? OWNER_SESSION : ((await askWhoami(client)) ?? { role: 'guest' as const, rooms: [], name: null });
  const stores = createStores(client, session);
  root.render(
    <StrictMode>
      <ClientContext.Provider value={client}>
        <StoresContext.Provider value={stores}>
          {supportView ? <supportView.SupportView /> : <App />}
        </StoresContext.Provider>
      </ClientContext.Provider>
    </StrictMode>,
  );
}
