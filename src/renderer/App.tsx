import { lazy, Suspense, useEffect } from 'react';
import { Brand } from './components/Brand';
import { CommandBar } from './components/CommandBar';
import { Notices } from './components/Notices';
import { PlanDialog } from './components/plan/PlanDialog';
import { StatusPill } from './components/StatusPill';
import { useRoute } from './nav/router';
import { screensFor } from './nav/screens';
import { Sidebar } from './nav/Sidebar';
import { useHome } from './store/context';

// First-run setup is its own chunk (with each stack's setup parts): a set-up home does not load it at start.
const Wizard = lazy(() => import('./screens/onboarding/Wizard').then((m) => ({ default: m.Wizard })));

export function App() {
  const info = useHome((s) => s.info);
  const onboarding = useHome((s) => s.onboarding);
  const homeName = useHome((s) => s.preferences?.name);
  const lowPower = useHome((s) => s.lowPower);
  const connection = useHome((s) => s.connection);
  // On battery the core says so; styles/power.css turns animations and transitions off under this class.
  useEffect(() => {
    document.documentElement.classList.toggle('low-power', lowPower);
  }, [lowPower]);
  const route = useRoute();
  const session = useHome((s) => s.session);
  // A screen this person may not use (an old link, a typed address) opens Home instead.
  const allowed = screensFor(session);
  const screen = allowed.find((s) => s.path === route) ?? allowed[0]!;
  const Screen = screen.component;
  const inSetup = onboarding?.status === 'new' || onboarding?.status === 'inProgress';
  // Signed out (everywhere, from Settings or `npx hearth token rotate`) or a sign-in that no longer holds.
  if (connection === 'unauthorized') return <MissingToken problem="You are signed out of this Hearth." />;
  return (
    <div className="app">
      <header className="topbar">
        <Brand />
        {homeName && <span className="home-name">{homeName}</span>}
        {info?.demo && <span className="badge">Demo home</span>}
        {session.role !== 'owner' && (
          <span className="badge" title={session.role === 'guest' ? 'You can use the rooms you were given.' : 'You can use the home; its owner runs it.'}>
            {session.name ? `${session.name} · ` : ''}
            {session.role}
          </span>
        )}
        <CommandBar />
        <StatusPill />
      </header>
      {inSetup ? (
        <Suspense fallback={<div className="center-page" role="status">Opening setup…</div>}>
          <Wizard state={onboarding} />
        </Suspense>
      ) : (
        <div className="body">
          <Sidebar />
          <main aria-label={screen.label}>
            <Suspense fallback={<div className="center-page" role="status">Opening {screen.label}…</div>}>
              <Screen />
            </Suspense>
          </main>
        </div>
      )}
      <PlanDialog />
      <Notices />
    </div>
  );
}

export function MissingToken({ problem }: { problem?: string | undefined } = {}) {
  return (
    <div className="center-page">
      <div>
        <h1>Open Hearth from the address it printed</h1>
        {problem ? <p role="alert">{problem}</p> : null}
        <p>
          When Hearth starts it prints an address ending in <code>?code=…</code>. Open that address to sign in: the code works
          once, for ten minutes, and keeps other programs and web pages from controlling your home.
        </p>
        <p>
          For a new address, run <code>npx hearth signin-code --data-dir &lt;your data folder&gt;</code> on the computer Hearth
          runs on.
        </p>
      </div>
    </div>
  );
}
