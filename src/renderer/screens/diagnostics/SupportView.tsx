// What a browser opened with a read-only support link sees: this home's Diagnostics (health, device health,
// alerts, logs) and nothing else — no sidebar, no command bar, no control, no privacy screens. The core refuses
// anything else a support session asks (diagnostics/support/links.ts); this view does not offer it.
import { SUPPORT_REFUSAL } from '../../../shared/contract';
import { Brand } from '../../components/Brand';
import { Notices } from '../../components/Notices';
import { useHome } from '../../store/context';
import { DiagnosticsScreen } from './DiagnosticsScreen';
import { SupportModeContext } from './support-mode';

export const SUPPORT_TABS = ['health', 'devices', 'alerts', 'logs'];

export function SupportView() {
  const connection = useHome((s) => s.connection);
  const ended = connection === 'unauthorized';
  return (
    <SupportModeContext.Provider value={true}>
      <div className="app support-view">
        <header className="topbar">
          <Brand />
          <span className="badge">Support view · read-only</span>
        </header>
        <main aria-label="Diagnostics" className="support-main">
          {ended ? (
            <div className="card" role="alert">
              <h1>This support link has ended</h1>
              <p>It expired, was revoked, or was already used in another window. Ask the person who sent it for a new one.</p>
            </div>
          ) : (
            <>
              <p className="muted support-note">You are looking at someone’s Hearth through a read-only support link: Diagnostics only. Nothing here can change their home.</p>
              <DiagnosticsScreen tabs={SUPPORT_TABS} />
            </>
          )}
        </main>
        <Notices hide={supportRefusal} plain />
      </div>
    </SupportModeContext.Provider>
  );
}

/** A support link the hub would not open (already opened elsewhere, expired, revoked): why, and what to do. */
export function SupportLinkRefused({ problem }: { problem?: string | undefined }) {
  return (
    <div className="app support-view">
      <header className="topbar">
        <Brand />
        <span className="badge">Support view · read-only</span>
      </header>
      <main aria-label="Diagnostics" className="support-main">
        <div className="card" role="alert">
          <h1>This support link cannot be opened</h1>
          <p>{problem ?? 'Hearth did not accept it.'}</p>
          <p className="muted">A support link opens one support session, in one browser window, until it expires. Ask the person who sent it for a new one.</p>
        </div>
      </main>
    </div>
  );
}

/**
 * Notices, without the refusals of what the window's stores read in the background when it connects (the device
 * list, the radios, the subscription): this view does not use them and the core refuses them to a support session.
 */
const supportRefusal = (n: { message: string }) => n.message.startsWith(SUPPORT_REFUSAL);
