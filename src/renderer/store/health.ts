// System health for the Diagnostics screen and the status pill: read when the connection opens (and when a
// screen asks), then kept current by the samples 'system.health' carries every few seconds.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Alert, SystemHealth } from '../../shared/contract';
import { caller } from '../api/call';
import type { RequestName } from '../../shared/contract';
import type { Client } from '../api/client';
import { dismissAlert, listAlerts, snoozeAlert, systemHealth } from '../api/health';
import type { NoticesState } from './notices';

export interface HealthState {
  system: SystemHealth | null;
  /** Alerts to show (not dismissed, not snoozed), kept by 'health.alerts'. */
  alerts: Alert[];
  load(): Promise<void>;
  dismiss(alertId: string): Promise<void>;
  snooze(alertId: string, hours: number): Promise<void>;
}

/** What needs attention, in words (none when all is well). */
export const selectProblems = (s: HealthState) => s.system?.problems;

export function createHealthStore({ client, notices, may = () => true }: { client: Client; notices: StoreApi<NoticesState>; may?: (name: RequestName) => boolean }): StoreApi<HealthState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  const store = createStore<HealthState>()((set) => ({
    system: null,
    alerts: [],
    async load() {
      const [system, alerts] = await Promise.all([call(systemHealth), call(listAlerts)]);
      if (system) set({ system });
      if (alerts) set({ alerts });
    },
    async dismiss(alertId) {
      const alerts = await call(dismissAlert, alertId);
      if (alerts) set({ alerts });
    },
    async snooze(alertId, hours) {
      const alerts = await call(snoozeAlert, alertId, hours);
      if (alerts) set({ alerts });
    },
  }));
  client.transport.onConnection((c) => c === 'open' && may('health.system') && void store.getState().load());
  client.on('system.health', ({ system }) => {
    if (system) store.setState({ system });
  });
  client.on('health.alerts', ({ alerts }) => store.setState({ alerts }));
  return store;
}
