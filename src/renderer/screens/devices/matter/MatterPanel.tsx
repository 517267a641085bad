// The Matter part of Device details: how it is connected, sharing it with another app, and the apps it is in.
import { useCallback, useState } from 'react';
import { ConnectedApps } from './ConnectedApps';
import { MatterNetwork } from './MatterNetwork';
import { ShareWithApp } from './ShareWithApp';

export function MatterPanel({ deviceId, name }: { deviceId: string; name: string }) {
  const [refresh, setRefresh] = useState(0);
  const changed = useCallback(() => setRefresh((n) => n + 1), []);
  return (
    <section className="matter-panel" aria-label="Matter">
      <h3>Network</h3>
      <MatterNetwork deviceId={deviceId} />
      <h3>Share with another app</h3>
      <ShareWithApp deviceId={deviceId} name={name} onChanged={changed} />
      <ConnectedApps deviceId={deviceId} refresh={refresh} />
    </section>
  );
}
