// Renderer entry: picks the transport (Electron bridge or hub WebSocket), builds the stores, mounts the UI.
// The app's stylesheet first: each integration's own stylesheet (integrations/<stack>/) comes after it.
import './styles/app.css';
import './styles/power.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, MissingToken } from './App';
import { createClient } from './api/client';
import { ClientContext } from './api/context';
import { electronTransport, type Transport } from './api/transport';
import { wsTransport } from './api/ws-transport';
import { StoresContext } from './store/context';
import { createStores } from './store';

const TOKEN_KEY = 'hearth.token';

/** The hub prints ?token=…; keep it for this tab and take it out of the address bar and history. */
function hubToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

const root = createRoot(document.getElementById('root')!);
let transport: Transport | null = null;
if (window.hearth) transport = electronTransport(window.hearth);
else {
  const token = hubToken();
  if (token) transport = wsTransport(token);
}

if (!transport) {
  root.render(<MissingToken />);
} else {
  const client = createClient(transport);
  const stores = createStores(client);
  root.render(
    <StrictMode>
      <ClientContext.Provider value={client}>
        <StoresContext.Provider value={stores}>
          <App />
        </StoresContext.Provider>
      </ClientContext.Provider>
    </StrictMode>,
  );
}
