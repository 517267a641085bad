// The Matter part of Device details, as the radio declares them: why the device is offline when it is (the
// controller's reason and what to check for its network), how it is connected (network diagnostics), sharing it
// with another app, and the apps it is in (multi-admin). In the demo home, a switch pulls a virtual device's plug.
import { PlugZap, Unplug } from 'lucide-react';
import { useCallback, useState } from 'react';
import { demoMatterPower } from '../../../api/matter';
import { useCall } from '../../../api/useCall';
import { ArticleLink } from '../../../components/ArticleLink';
import { hasFeature } from '../../../store/radios';
import type { DevicePanelProps } from '../../types';
import { ConnectedApps } from './ConnectedApps';
import { MatterNetwork } from './MatterNetwork';
import { ShareWithApp } from './ShareWithApp';
import { useMatterConnection, whatToCheck } from './useConnection';

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

export function MatterPanel({ deviceId, name, radio }: DevicePanelProps) {
  const [refresh, setRefresh] = useState(0);
  const changed = useCallback(() => setRefresh((n) => n + 1), []);
  const { connection, health } = useMatterConnection(deviceId);
  const power = useCall(demoMatterPower);
  const [unplugged, setUnplugged] = useState(false);
  const network = hasFeature(radio, 'networkInfo');
  const sharing = hasFeature(radio, 'multiAdmin');
  const demo = (radio?.matter?.demoPairingCode ?? null) !== null;
  const offline = health === 'offline';
  const why = offline && connection?.reachability && !connection.reachability.online ? connection.reachability : null;
  const switchPower = async (on: boolean) => {
    if (await power.run(deviceId, on)) setUnplugged(!on);
  };
  return (
    <section className="matter-panel" aria-label="Matter">
      {offline && (
        <div className="matter-offline" role="group" aria-label="Why it is offline">
          <p>
            <strong className="bad-text">Offline{why ? ` since ${time(why.at)}` : ''}.</strong> {why?.reason ?? 'Hearth cannot reach it.'}
          </p>
          {connection && <p className="muted small">{whatToCheck(connection)}</p>}
          <ArticleLink id="matter-offline" />
        </div>
      )}
      {network && !offline && (
        <>
          <h3>Network</h3>
          <MatterNetwork deviceId={deviceId} />
        </>
      )}
      {sharing && !offline && (
        <>
          <h3>Share with another app</h3>
          <ShareWithApp deviceId={deviceId} name={name} onChanged={changed} />
          <ConnectedApps deviceId={deviceId} refresh={refresh} />
        </>
      )}
      {demo && (
        <p className="demo-label task-row">
          <span className="eyebrow">Demo home</span>
          {unplugged || offline ? (
            <button type="button" className="button small" disabled={power.busy} onClick={() => void switchPower(true)}>
              <PlugZap size={12} aria-hidden="true" /> Plug it back in
            </button>
          ) : (
            <button type="button" className="button small" disabled={power.busy} onClick={() => void switchPower(false)}>
              <Unplug size={12} aria-hidden="true" /> Simulate a power cut
            </button>
          )}
        </p>
      )}
    </section>
  );
}
