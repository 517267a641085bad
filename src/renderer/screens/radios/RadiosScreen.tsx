// Radios: each stick's status; for Zigbee its network, backups and the network map.
import { useEffect } from 'react';
import type { RadioInfo } from '../../../shared/contract';
import { useRadios } from '../../store/context';
import { NetworkMap } from './NetworkMap';
import { RebuildRoutes } from './RebuildRoutes';
import { StickSetup } from './StickSetup';
import { ZigbeeBackups } from './ZigbeeBackups';
import { ZWaveBackups } from './ZWaveBackups';

const NAMES: Record<RadioInfo['protocol'], string> = { zigbee: 'Zigbee', zwave: 'Z-Wave', matter: 'Matter' };
const STATE: Record<RadioInfo['state'], [string, string]> = { ready: ['ok', 'Ready'], starting: ['warn', 'Starting'], failed: ['bad', 'Problem'], stopped: ['', 'Stopped'] };

export function RadiosScreen() {
  const radios = useRadios((s) => s.radios);
  const load = useRadios((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  const zigbee = radios.find((r) => r.protocol === 'zigbee');
  const zwave = radios.find((r) => r.protocol === 'zwave');
  return (
    <>
      <h1 className="screen-title">Radios</h1>
      <ul className="radio-list">
        {radios.map((r) => (
          <li key={r.protocol} className="panel radio">
            <div className="panel-head">
              <h2>{NAMES[r.protocol]}</h2>
              <span className="status">
                <span className={`dot ${STATE[r.state][0]}`} aria-hidden="true" /> {STATE[r.state][1]}
              </span>
            </div>
            <p>{r.label}</p>
            {r.message && <p className="muted">{r.message}</p>}
            {r.next && <p>{r.next}</p>}
            {r.zigbee && (
              <dl className="facts">
                <dt>Port</dt>
                <dd className="mono">{r.zigbee.port}</dd>
                <dt>Stick type</dt>
                <dd>{r.zigbee.adapter}</dd>
                <dt>Channel</dt>
                <dd>{r.zigbee.channel}</dd>
                <dt>PAN id</dt>
                <dd className="mono">0x{r.zigbee.panId.toString(16).padStart(4, '0')}</dd>
                <dt>Extended PAN id</dt>
                <dd className="mono">{r.zigbee.extendedPanId}</dd>
              </dl>
            )}
            {(r.protocol === 'zigbee' || r.protocol === 'zwave') && <StickSetup protocol={r.protocol} />}
          </li>
        ))}
      </ul>
      {zigbee?.features.includes('backups') && <ZigbeeBackups />}
      {zigbee?.features.includes('networkMap') && zigbee.state === 'ready' && <NetworkMap />}
      {/* Stays mounted while the stick restarts (a restore restarts it) so the restore's result is shown. */}
      {zwave && <ZWaveBackups />}
      {zwave?.state === 'ready' && <RebuildRoutes />}
    </>
  );
}
