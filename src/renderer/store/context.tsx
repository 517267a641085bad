// Makes the stores available to components, one hook per store. Select narrowly: `useHome((s) => s.areas)`,
// never the whole state, and never a new array or object (compute those in the component).
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { AutomationsState } from './automations';
import type { HealthState } from './health';
import type { LogsState } from './logs';
import type { HomeState } from './home';
import type { Stores } from './index';
import type { NoticesState } from './notices';
import type { PlansState } from './plans';
import type { RadiosState } from './radios';
import type { ScenesState } from './scenes';
import type { SubscriptionState } from './subscription';
import type { ValueState } from './value';

export const StoresContext = createContext<Stores | null>(null);

function useStores(): Stores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('StoresContext missing');
  return stores;
}

const hook =
  <S,>(pick: (s: Stores) => StoreApi<S>) =>
  <T,>(selector: (s: S) => T): T =>
    useStore(pick(useStores()), selector);

export const useHome = hook<HomeState>((s) => s.home);
export const useNotices = hook<NoticesState>((s) => s.notices);
export const useRadios = hook<RadiosState>((s) => s.radios);
export const usePlans = hook<PlansState>((s) => s.plans);
export const useAutomations = hook<AutomationsState>((s) => s.automations);
export const useScenes = hook<ScenesState>((s) => s.scenes);
export const useHealth = hook<HealthState>((s) => s.health);
export const useLogs = hook<LogsState>((s) => s.logs);
export const useSubscription = hook<SubscriptionState>((s) => s.subscription);
export const useValue = hook<ValueState>((s) => s.value);
