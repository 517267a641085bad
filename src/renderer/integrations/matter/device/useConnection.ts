// What Hearth knows of a Matter device's connection without asking it (transport, the apps it is in, why it last
// went offline or came back), read when the device's health changes and kept current by matter.device.reachability.
import { useEffect, useState } from 'react';
import type { MatterConnection } from '../../../../shared/contract';
import { matterConnection } from '../../../api/matter';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { useHome } from '../../../store/context';
import { selectDevice } from '../../../store/home';

export function useMatterConnection(deviceId: string): { connection: MatterConnection | null; health: string | undefined } {
  const health = useHome(selectDevice(deviceId))?.health;
  // A convenience read: a device just removed, or a controller that is restarting, shows nothing rather than an error.
  const { run } = useCall(matterConnection, { quiet: true });
  const [connection, setConnection] = useState<MatterConnection | null>(null);
  useEffect(() => {
    let live = true;
    void run(deviceId).then((c) => live && c && setConnection(c));
    return () => {
      live = false;
    };
  }, [run, deviceId, health]);
  useEvent('matter.device.reachability', (r) => {
    if (r.deviceId !== deviceId) return;
    setConnection((c) => (c ? { ...c, reachability: { online: r.online, reason: r.reason, at: r.at } } : c));
  });
  return { connection, health };
}

/** What to check for an offline device, by how it is connected and whether another app has it too. */
export function whatToCheck(c: MatterConnection): string {
  const network = {
    thread: 'Check that it has power, and that your Thread border router (a HomePod mini, Apple TV, Nest Hub or Thread router) is on: Thread devices reach Hearth only through it.',
    wifi: 'Check that it has power, and that your Wi-Fi router is on and within its reach.',
    ethernet: 'Check that it has power and that its network cable is plugged in.',
    unknown: 'Check that it has power and is on the same home network as Hearth.',
  }[c.transport];
  const others = c.fabrics !== null && c.fabrics > 1 ? c.fabrics - 1 : 0;
  return others ? `${network} It is also in ${others === 1 ? 'another app' : `${others} other apps`}: check that it is still there — a reset there removes it from Hearth too.` : network;
}
