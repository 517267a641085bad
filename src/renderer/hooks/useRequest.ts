// Small hooks over the typed client: subscribe to an event while mounted, and run a request with
// busy/error state (errors become notices with the next step).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventName, EventPayload, RequestInput, RequestName, RequestOutput } from '../../shared/contract';
import { ApiError } from '../api/client';
import { useHome } from '../store/context';

export function useEvent<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): void {
  const client = useHome((s) => s.client);
  const ref = useRef(cb);
  ref.current = cb;
  useEffect(() => client.on(event, (p) => ref.current(p)), [client, event]);
}

export function useAction() {
  const client = useHome((s) => s.client);
  const notify = useHome((s) => s.notify);
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async <N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestOutput<N> | undefined> => {
      setBusy(name);
      try {
        return await client.call(name, input);
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) });
        notify('error', e.message, e.next);
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [client, notify],
  );
  return { run, busy };
}

/** Re-renders every `ms` while `active` (countdowns). */
export function useTicker(active: boolean, ms = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now()); // not the time of the first render: a countdown starting later would show too much
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [active, ms]);
  return now;
}
