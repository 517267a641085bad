// The radios and what each declares it can do (RadioInfo.features): loaded when the connection opens and again
// whenever a radio's state changes (system.health). Screens decide what to offer from this, not from names.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RadioInfo } from '../../shared/contract';
import type { IntegrationFeature } from '../../shared/integration';
import type { Protocol } from '../../shared/model';
import { caller } from '../api/call';
import type { Client } from '../api/client';
import { listRadios } from '../api/radios';
import type { NoticesState } from './notices';

export interface RadiosState {
  radios: RadioInfo[];
  loaded: boolean;
  load(): Promise<void>;
}

export const selectRadio = (protocol: Protocol) => (s: RadiosState) => s.radios.find((r) => r.protocol === protocol);
/** Whether the radio declares it can do `feature` (what its integration says, never decided here from its name). */
export const hasFeature = (radio: RadioInfo | undefined, feature: IntegrationFeature): boolean => (radio?.features as readonly string[] | undefined)?.includes(feature) ?? false;

export function createRadiosStore({ client, notices }: { client: Client; notices: StoreApi<NoticesState> }): StoreApi<RadiosState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  let loading: Promise<void> | null = null;
  let again = false;
  const store = createStore<RadiosState>()((set) => ({
    radios: [],
    loaded: false,
    // One load at a time; a change meanwhile loads once more after it (the list must not lag behind).
    load() {
      if (loading) {
        again = true;
        return loading;
      }
      loading = (async () => {
        do {
          again = false;
          const radios = await call(listRadios);
          if (radios) set({ radios, loaded: true });
        } while (again);
      })().finally(() => (loading = null));
      return loading;
    },
  }));
  client.transport.onConnection((c) => c === 'open' && void store.getState().load());
  client.on('system.health', () => void store.getState().load());
  return store;
}
