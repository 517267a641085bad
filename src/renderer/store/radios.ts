// The radios and what each declares it can do (RadioInfo.features): read when the connection opens (and when a
// screen asks), then kept as the core sends them (radios.changed: a radio's state, features or devices changed).
// Screens decide what to offer from this, never from a radio's name.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RadioFeature, RadioInfo } from '../../shared/contract';
import type { Protocol } from '../../shared/model';
import { caller } from '../api/call';
import type { RequestName } from '../../shared/contract';
import type { Client } from '../api/client';
import { listRadios } from '../api/radios';
import type { NoticesState } from './notices';

export interface RadiosState {
  radios: RadioInfo[];
  loaded: boolean;
  load(): Promise<void>;
}

export const selectRadio = (protocol: Protocol) => (s: RadiosState) => s.radios.find((r) => r.protocol === protocol);
/** Whether the radio declares it can do `feature` (what its integration says). */
export const hasFeature = (radio: RadioInfo | undefined, feature: RadioFeature): boolean => radio?.features.includes(feature) ?? false;

export function createRadiosStore({ client, notices, may = () => true }: { client: Client; notices: StoreApi<NoticesState>; may?: (name: RequestName) => boolean }): StoreApi<RadiosState> {
  const call = caller({ client, report: (err) => notices.getState().report(err) });
  let loading: Promise<void> | null = null;
  let again = false;
  const store = createStore<RadiosState>()((set) => ({
    radios: [],
    loaded: false,
    // One read at a time; a request meanwhile reads once more after it (the list must not lag behind).
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
  client.transport.onConnection((c) => c === 'open' && may('radios.list') && void store.getState().load());
  client.on('radios.changed', ({ radios }) => store.setState({ radios, loaded: true }));
  return store;
}
