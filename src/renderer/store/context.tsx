// Makes the home store available to components.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { HomeState } from './home';

export const HomeStoreContext = createContext<StoreApi<HomeState> | null>(null);

export function useHome<T>(selector: (s: HomeState) => T): T {
  const store = useContext(HomeStoreContext);
  if (!store) throw new Error('HomeStoreContext missing');
  return useStore(store, selector);
}
