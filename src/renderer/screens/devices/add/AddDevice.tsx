// "Add device": pick the protocol, then that protocol's own flow.
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { RadioInfo } from '../../../../shared/contract';
import type { Protocol } from '../../../../shared/model';
import { listRadios } from '../../../api/radios';
import { useCall } from '../../../api/useCall';
import { PROTOCOL_NAMES, addFlows } from './flows';

export function AddDevice({ onClose }: { onClose(): void }) {
  const { run } = useCall(listRadios);
  const [radios, setRadios] = useState<RadioInfo[] | null>(null);
  const [protocol, setProtocol] = useState<Protocol | null>(null);
  useEffect(() => {
    void run().then((r) => r && setRadios(r));
  }, [run]);
  const flow = addFlows.find((f) => f.protocol === protocol);
  const Flow = flow?.component;
  const all: Protocol[] = ['zigbee', 'zwave', 'matter'];
  return (
    <section className="panel add-device" aria-labelledby="add-device-title">
      <div className="panel-head">
        <h2 id="add-device-title">{flow ? `Add a ${flow.label} device` : 'Add a device'}</h2>
        <button type="button" className="icon-button" aria-label="Close adding a device" onClick={onClose}>
          <X size={18} aria-hidden="true" />
        </button>
      </div>
      {!Flow ? (
        <div className="protocol-pick" role="group" aria-label="What kind of device?">
          {all.map((p) => {
            const f = addFlows.find((x) => x.protocol === p);
            const radio = radios?.find((r) => r.protocol === p);
            const ready = radio?.state === 'ready' && (radio.features.includes('pairing') || radio.features.includes('commissioning'));
            const why = !f ? 'Coming soon' : !radio ? 'No stick for it' : !ready ? 'Radio not ready' : f.hint;
            return (
              <button key={p} type="button" className="protocol-option" disabled={!f || !ready} onClick={() => setProtocol(p)}>
                <strong>{PROTOCOL_NAMES[p]}</strong>
                <span className="muted">{why}</span>
              </button>
            );
          })}
        </div>
      ) : (
        <>
          <button type="button" className="link-button" onClick={() => setProtocol(null)}>
            ← Other kind of device
          </button>
          <Flow />
        </>
      )}
    </section>
  );
}
