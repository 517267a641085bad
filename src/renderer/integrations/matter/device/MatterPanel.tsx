// The Matter part of Device details, as the radio declares them: how it is connected (network diagnostics),
// sharing it with another app, and the apps it is in (multi-admin).
import { useCallback, useState } from 'react';
import { hasFeature } from '../../../store/radios';
import type { DevicePanelProps } from '../../types';
import { ConnectedApps } from './ConnectedApps';
import { MatterNetwork } from './MatterNetwork';
import { ShareWithApp } from './ShareWithApp';

export function MatterPanel({ deviceId, name, radio }: DevicePanelProps) {
  const [refresh, setRefresh] = useState(0);
  const changed = useCallback(() => setRefresh((n) => n + 1), []);
  const network = hasFeature(radio, 'networkInfo');
  const sharing = hasFeature(radio, 'multiAdmin');
  if (!network && !sharing) return null;
  return (
    <section className="matter-panel" aria-label="Matter">
      {network && (
        <>
          <h3>Network</h3>
          <MatterNetwork deviceId={deviceId} />
        </>
      )}
      {sharing && (
        <>
          <h3>Share with another app</h3>
          <ShareWithApp deviceId={deviceId} name={name} onChanged={changed} />
          <ConnectedApps deviceId={deviceId} refresh={refresh} />
        </>
      )}
    </section>
  );
}
