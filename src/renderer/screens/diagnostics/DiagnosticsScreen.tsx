// Diagnostics, for the person at home and for support staff: one tab per part. A new part adds its component
// as screens/diagnostics/<Tab>.tsx and ONE entry in TABS. A tab can be linked to as '#/diagnostics?tab=<id>'.
import { useEffect, useState, type ComponentType } from 'react';
import { AlertsTab } from './AlertsTab';
import { HistoryTab } from './HistoryTab';
import { DeviceHealthTab } from './DeviceHealthTab';
import { HealthTab } from './HealthTab';
import { LogsTab } from './LogsTab';
import { HelpTab } from './HelpTab';
import { TroubleshootTab } from './TroubleshootTab';
import { TicketsTab } from './TicketsTab';

export interface DiagnosticsTab {
  id: string;
  label: string;
  component: ComponentType;
}

export const TABS: DiagnosticsTab[] = [
  { id: 'health', label: 'Health', component: HealthTab },
  { id: 'devices', label: 'Device health', component: DeviceHealthTab },
  { id: 'alerts', label: 'Alerts', component: AlertsTab },
  { id: 'history', label: 'History', component: HistoryTab },
  { id: 'logs', label: 'Logs', component: LogsTab },
  { id: 'troubleshoot', label: 'Troubleshoot', component: TroubleshootTab },
  { id: 'help', label: 'Help', component: HelpTab },
  { id: 'tickets', label: 'Tickets', component: TicketsTab },
];

function tabFromHash(): string | null {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('tab');
}

export function DiagnosticsScreen() {
  const [tab, setTab] = useState(() => TABS.find((t) => t.id === tabFromHash())?.id ?? TABS[0]!.id);
  useEffect(() => {
    const follow = () => {
      const t = tabFromHash();
      if (t && TABS.some((x) => x.id === t)) setTab(t);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const current = TABS.find((t) => t.id === tab) ?? TABS[0]!;
  const Tab = current.component;
  return (
    <div className="diagnostics">
      <h1 className="screen-title">Diagnostics</h1>
      <div className="tabs" role="tablist" aria-label="Diagnostics">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`diag-tab-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`diag-panel-${t.id}`}
            className={t.id === current.id ? 'tab active' : 'tab'}
            onClick={() => {
              setTab(t.id);
              window.history.replaceState(null, '', `#/diagnostics?tab=${t.id}`);
            }}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`diag-panel-${current.id}`} aria-labelledby={`diag-tab-${current.id}`}>
        <Tab />
      </div>
    </div>
  );
}
