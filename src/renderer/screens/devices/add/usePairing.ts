// Live pairing state of one protocol: the network's open window and each joining device's steps.
import { useEffect, useState } from 'react';
import type { PairingDevice, PairingStatus } from '../../../../shared/contract';
import type { Protocol } from '../../../../shared/model';
import { useAction, useEvent } from '../../../hooks/useRequest';
import { useHome } from '../../../store/context';

export function usePairing(protocol: Protocol) {
  const client = useHome((s) => s.client);
  const { run, busy } = useAction();
  const [status, setStatus] = useState<PairingStatus>({ protocol, open: false, endsAt: null, devices: [] });

  useEffect(() => {
    let live = true;
    client
      .call('pairing.status', { protocol })
      .then((s) => live && setStatus({ ...s, devices: [] })) // earlier sessions are not this flow's business
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client, protocol]);

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
    busy,
    async start(seconds: number) {
      const s = await run('pairing.start', { protocol, seconds });
      if (s) setStatus(s);
    },
    async stop() {
      const s = await run('pairing.stop', { protocol });
      if (s) setStatus((cur) => ({ ...cur, open: s.open, endsAt: s.endsAt }));
    },
    async retry(deviceId: string) {
      await run('pairing.retry', { deviceId });
    },
  };
}
