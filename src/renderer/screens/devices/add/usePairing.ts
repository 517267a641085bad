// Live pairing state of one protocol: the network's open window and each joining device's steps.
import { useEffect, useState } from 'react';
import type { PairingDevice, PairingStatus } from '../../../../shared/contract';
import type { Protocol } from '../../../../shared/model';
import { pairingStatus, retryPairing, startPairing, stopPairing } from '../../../api/radios';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';

export function usePairing(protocol: Protocol) {
  const read = useCall(pairingStatus, { quiet: true }).run;
  const starting = useCall(startPairing);
  const stopping = useCall(stopPairing);
  const retrying = useCall(retryPairing);
  const [status, setStatus] = useState<PairingStatus>({ protocol, open: false, endsAt: null, devices: [] });

  useEffect(() => {
    let live = true;
    void read(protocol).then((s) => live && s && setStatus({ ...s, devices: [] })); // earlier sessions are not this flow's business
    return () => {
      live = false;
    };
  }, [read, protocol]);

  useEvent('pairing.window', (w) => {
    if (w.protocol === protocol) setStatus((s) => ({ ...s, open: w.open, endsAt: w.endsAt }));
  });
  useEvent('pairing.progress', (p) => {
    if (p.protocol !== protocol) return;
    setStatus((s) => {
      const known = s.devices.some((d) => d.nativeId === p.nativeId);
      if (!known && !s.open && p.step === 'left') return s;
      const devices: PairingDevice[] = known ? s.devices.map((d) => (d.nativeId === p.nativeId ? p : d)) : [...s.devices, p];
      return { ...s, devices };
    });
  });

  return {
    status,
    busy: { starting: starting.busy, stopping: stopping.busy, retrying: retrying.busy },
    async start(seconds: number) {
      const s = await starting.run(protocol, seconds);
      if (s) setStatus(s);
    },
    async stop() {
      const s = await stopping.run(protocol);
      if (s) setStatus((cur) => ({ ...cur, open: s.open, endsAt: s.endsAt }));
    },
    async retry(deviceId: string) {
      await retrying.run(deviceId);
    },
  };
}
