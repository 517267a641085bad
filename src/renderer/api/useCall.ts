// The one call hook: `const check = useCall(checkNodeHealth)` … `await check.run(deviceId, 3)`, with
// `check.busy` while it runs. A failure becomes a notice (see api/call.ts) and run resolves to undefined;
// `handle` takes a failure where the person is looking instead, `quiet` drops a convenience read's failure.
import { useCallback, useRef, useState } from 'react';
import { useNotices } from '../store/context';
import { attempt, type ApiCall, type CallOptions } from './call';
import { useClient } from './context';

export function useCall<A extends unknown[], R>(fn: ApiCall<A, R>, options: CallOptions = {}) {
  const client = useClient();
  const report = useNotices((s) => s.report);
  const [running, setRunning] = useState(0);
  const latest = useRef(options);
  latest.current = options;
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setRunning((n) => n + 1);
      try {
        return await attempt({ client, report }, latest.current, fn, ...args);
      } finally {
        setRunning((n) => n - 1);
      }
    },
    [client, report, fn],
  );
  return { run, busy: running > 0 };
}
