// Follows one of the core's events while the component is mounted (the payload is validated by the client).
import { useEffect, useRef } from 'react';
import type { EventName, EventPayload } from '../../shared/contract';
import { useClient } from './context';

export function useEvent<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): void {
  const client = useClient();
  const ref = useRef(cb);
  ref.current = cb;
  useEffect(() => client.on(event, (p) => ref.current(p)), [client, event]);
}
