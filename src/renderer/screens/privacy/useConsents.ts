// The consents as the core reports them, kept fresh by the consent.changed event.
import { useEffect, useState } from 'react';
import type { ConsentEvent, ConsentState } from '../../../shared/contract';
import { listConsents, setConsent } from '../../api/privacy';
import { useCall } from '../../api/useCall';
import { useEvent } from '../../api/useEvent';

export function useConsents() {
  const list = useCall(listConsents);
  const save = useCall(setConsent);
  const load = list.run;
  const [purposes, setPurposes] = useState<ConsentState[] | null>(null);
  const [history, setHistory] = useState<ConsentEvent[]>([]);
  const [version, setVersion] = useState(0);
  useEvent('consent.changed', () => setVersion((v) => v + 1));
  useEffect(() => {
    let live = true;
    void load().then((r) => {
      if (!r || !live) return;
      setPurposes(r.purposes);
      setHistory(r.history);
    });
    return () => {
      live = false;
    };
  }, [load, version]);
  const set = async (c: ConsentState, granted: boolean) => {
    await save.run(c, granted);
  };
  return { purposes, history, set };
}
