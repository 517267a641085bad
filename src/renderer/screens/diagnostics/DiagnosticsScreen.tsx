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
import { SupportLinkTab } from './SupportLinkTab';

export interface DiagnosticsTab {
  id: string;
  label: string;
  component: ComponentType;
  /** Only where a browser reaches Hearth over the network (hub mode), not in the desktop window. */
  hubOnly?: boolean;
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
  { id: 'support', label: 'Support link', component: SupportLinkTab, hubOnly: true },
];

function tabFromHash(): string | null {
  return new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('tab');
}

/** `tabs`: only these (a support session's read-only view); otherwise every tab this host offers. */
export function DiagnosticsScreen({ tabs: only }: { tabs?: string[] } = {}) {
  const [tabs] = useState(() => TABS.filter((t) => (only ? only.includes(t.id) : !t.hubOnly || !window.hearth)));
  const [tab, setTab] = useState(() => tabs.find((t) => t.id === tabFromHash())?.id ?? tabs[0]!.id);
  useEffect(() => {
    const follow = () => {
      const t = tabFromHash();
      if (t && tabs.some((x) => x.id === t)) setTab(t);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [tabs]);
  const current = tabs.find((t) => t.id === tab) ?? tabs[0]!;
  const Tab = current.component;
  return (
    <div className="diagnostics">
      <h1 className="screen-title">Diagnostics</h1>
      <div className="tabs" role="tablist" aria-label="Diagnostics">
        {tabs.map((t) => (
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
