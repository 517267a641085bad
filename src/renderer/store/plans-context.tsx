// Makes the plans/automations store available to components.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { PlansState } from './plans';

export const PlansStoreContext = createContext<StoreApi<PlansState> | null>(null);

export function usePlans<T>(selector: (s: PlansState) => T): T {
  const store = useContext(PlansStoreContext);
  if (!store) throw new Error('PlansStoreContext missing');
  return useStore(store, selector);
}
