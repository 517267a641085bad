// All the renderer's stores, built over one client. Each is small and fed by the core's events; they share
// the one notice sink. main.tsx provides them (store/context.tsx); tests build them over a fake transport.
import type { StoreApi } from 'zustand/vanilla';
import type { Whoami } from '../../shared/contract';
import type { Client } from '../api/client';
import { mayCall, OWNER_SESSION } from '../api/household';
import { createAutomationsStore, type AutomationsState } from './automations';
import { createHealthStore, type HealthState } from './health';
import { createHomeStore, type HomeState } from './home';
import { createLogsStore, type LogsState } from './logs';
import { createNoticesStore, type NoticesState } from './notices';
import { createPlansStore, type PlansState } from './plans';
import { createRadiosStore, type RadiosState } from './radios';
import { createScenesStore, type ScenesState } from './scenes';
import { createSubscriptionStore, type SubscriptionState } from './subscription';
import { createValueStore, type ValueState } from './value';

export interface Stores {
  notices: StoreApi<NoticesState>;
  home: StoreApi<HomeState>;
  radios: StoreApi<RadiosState>;
  plans: StoreApi<PlansState>;
  automations: StoreApi<AutomationsState>;
  scenes: StoreApi<ScenesState>;
  health: StoreApi<HealthState>;
  logs: StoreApi<LogsState>;
  subscription: StoreApi<SubscriptionState>;
  value: StoreApi<ValueState>;
}

/** `session`: who this window is (the desktop window and tests: the owner); a store does not ask for what it may not see. */
export function createStores(client: Client, session: Whoami = OWNER_SESSION): Stores {
  const notices = createNoticesStore();
  const may = (name: Parameters<typeof mayCall>[1]) => mayCall(session, name);
  const plans = createPlansStore({ client, notices });
  return {
    notices,
    home: createHomeStore({ client, notices, session }),
    radios: createRadiosStore({ client, notices, may }),
    plans,
    automations: createAutomationsStore({ client, notices }),
    scenes: createScenesStore({ client, notices, plans }),
    health: createHealthStore({ client, notices, may }),
    logs: createLogsStore({ client, notices }),
    subscription: createSubscriptionStore({ client, notices, may }),
    value: createValueStore({ client, notices }),
  };
}
