import { Flame } from 'lucide-react';
import { Notices } from './components/Notices';
import { StatusPill } from './components/StatusPill';
import { HomeScreen } from './screens/home/HomeScreen';
import { useHome } from './store/context';

export function App() {
  const info = useHome((s) => s.info);
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <Flame size={22} aria-hidden="true" />
          <span>Hearth</span>
        </div>
        {info?.demo && <span className="badge">Demo home</span>}
        <span className="spacer" />
        <StatusPill />
      </header>
      <HomeScreen />
      <Notices />
    </div>
  );
}

export function MissingToken() {
  return (
    <div className="center-page">
      <div>
        <h1>Open Hearth from the address it printed</h1>
        <p>
          When Hearth starts it prints an address ending in <code>?token=…</code>. Open that address; the token keeps other
          programs and web pages from controlling your home.
        </p>
      </div>
    </div>
  );
}
