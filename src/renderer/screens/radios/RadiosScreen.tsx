// Radios: each radio's card (state, what it says, how many devices it has now, its own facts and stick), then the
// panels its integration offers for what the radio declares it can do (backups, network map, routes…).
import { Fragment, useEffect } from 'react';
import type { RadioInfo } from '../../../shared/contract';
import { integrationFor, protocolLabel } from '../../integrations';
import { useHome, useRadios } from '../../store/context';
import { selectDeviceCount } from '../../store/home';
import { hasFeature } from '../../store/radios';

const STATE: Record<RadioInfo['state'], [string, string]> = { ready: ['ok', 'Ready'], starting: ['warn', 'Starting'], failed: ['bad', 'Problem'], stopped: ['', 'Stopped'] };

function DeviceCount({ radio }: { radio: RadioInfo }) {
  const n = useHome(selectDeviceCount(radio.protocol));
  const loaded = useHome((s) => s.loaded);
  if (!loaded) return null;
  return <p className="muted">{n === 0 ? 'No devices yet' : n === 1 ? '1 device' : `${n} devices`}</p>;
}

function RadioCard({ radio }: { radio: RadioInfo }) {
  const ui = integrationFor(radio.protocol)?.radio;
  const Facts = ui?.facts;
  const Stick = ui?.stick;
  return (
    <li className="panel radio">
      <div className="panel-head">
        <h2>{protocolLabel(radio.protocol)}</h2>
        <span className="status">
          <span className={`dot ${STATE[radio.state][0]}`} aria-hidden="true" /> {STATE[radio.state][1]}
        </span>
      </div>
      <p>{radio.label}</p>
      {radio.message && <p className="muted">{radio.message}</p>}
      {radio.next && <p>{radio.next}</p>}
      <DeviceCount radio={radio} />
      {Facts && <Facts radio={radio} />}
      {Stick && (
        <div className="radio-foot">
          <Stick radio={radio} />
        </div>
      )}
    </li>
  );
}

export function RadiosScreen() {
  const radios = useRadios((s) => s.radios);
  const load = useRadios((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <h1 className="screen-title">Radios</h1>
      <ul className="radio-list">
        {radios.map((r) => (
          <RadioCard key={r.protocol} radio={r} />
        ))}
      </ul>
      {radios.map((r) => (
        <Fragment key={r.protocol}>
          {integrationFor(r.protocol)
            ?.radio?.panels?.filter((p) => hasFeature(r, p.feature) && (!p.whileReady || r.state === 'ready'))
            .map((p) => <p.component key={p.feature} radio={r} />)}
        </Fragment>
      ))}
    </>
  );
}
