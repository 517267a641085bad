// System health for the Diagnostics screen and the status pill: read when the connection opens (and when a
// screen asks), then kept current by the samples 'system.health' carries every few seconds.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SystemHealth } from '../../shared/contract';
import { caller } from '../api/call';
import type { Client } from '../api/client';
import { systemHealth } from '../api/health';
import type { NoticesState } from './notices';

export interface HealthState {
  system: SystemHealth | null;
  load(): Promise<void>;
}

/** What needs attention, in words (none when all is well). */
export const selectProblems = (s: HealthState) => s.system?.problems;

export function createHealthStore({ client, notices }: { client: Client; notices: StoreApi<NoticesState> }): StoreApi<HealthState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  const store = createStore<HealthState>()((set) => ({
    system: null,
    async load() {
      const system = await call(systemHealth);
      if (system) set({ system });
    },
  }));
  client.transport.onConnection((c) => c === 'open' && void store.getState().load());
  client.on('system.health', ({ system }) => {
    if (system) store.setState({ system });
  });
  return store;
}
