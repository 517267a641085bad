// The consents as the core reports them, kept fresh by the consent.changed event.
import { useEffect, useState } from 'react';
import type { ConsentEvent, ConsentState } from '../../../shared/contract';
import { useCall, useClient } from '../../api/context';

export function useConsents() {
  const client = useClient();
  const call = useCall();
  const [purposes, setPurposes] = useState<ConsentState[] | null>(null);
  const [history, setHistory] = useState<ConsentEvent[]>([]);
  useEffect(() => {
    let live = true;
    const load = async () => {
      const r = await call('consent.list', {});
      if (r && live) {
        setPurposes(r.purposes);
        setHistory(r.history);
      }
    };
    void load();
    const off = client.on('consent.changed', () => void load());
    return () => {
      live = false;
      off();
    };
  }, [client, call]);
  const set = async (c: ConsentState, granted: boolean) => {
    await call('consent.set', { purpose: c.purpose, granted, textVersion: c.version });
  };
  return { purposes, history, set };
}
