// All the renderer's stores, built over one client. Each is small and fed by the core's events; they share
// the one notice sink. main.tsx provides them (store/context.tsx); tests build them over a fake transport.
import type { StoreApi } from 'zustand/vanilla';
import type { Client } from '../api/client';
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

export function createStores(client: Client): Stores {
  const notices = createNoticesStore();
  const plans = createPlansStore({ client, notices });
  return {
    notices,
    home: createHomeStore({ client, notices }),
    radios: createRadiosStore({ client, notices }),
    plans,
    automations: createAutomationsStore({ client, notices }),
    scenes: createScenesStore({ client, notices, plans }),
    health: createHealthStore({ client, notices }),
    logs: createLogsStore({ client, notices }),
    subscription: createSubscriptionStore({ client, notices }),
    value: createValueStore({ client, notices }),
  };
}
