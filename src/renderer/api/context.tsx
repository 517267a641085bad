// Makes the typed client available to screens that call the core directly (setup, privacy, settings).
import { createContext, useCallback, useContext } from 'react';
import type { RequestInput, RequestName, RequestOutput } from '../../shared/contract';
import { useHome } from '../store/context';
import type { Client } from './client';

export const ClientContext = createContext<Client | null>(null);

export function useClient(): Client {
  const client = useContext(ClientContext);
  if (!client) throw new Error('ClientContext missing');
  return client;
}

/** Calls a request; a failure is shown as a notice (what happened, what to do) and resolves to null. */
export function useCall() {
  const client = useClient();
  const report = useHome((s) => s.report);
  return useCallback(
    async <N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestOutput<N> | null> => {
      try {
        return await client.call(name, input);
      } catch (err) {
        report(err);
        return null;
      }
    },
    [client, report],
  );
}
