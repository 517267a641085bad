// "Add device": pick the kind (an integration with an add-device flow), then that integration's own flow. A kind
// is offered when its radio is ready and declares the feature its flow needs (pairing, commissioning…), or, for a
// stack that needs no stick (Matter), while it is not set up yet: its flow starts with setting it up.
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Protocol } from '../../../../shared/model';
import { integrationFor, integrations } from '../../../integrations';
import { useRadios } from '../../../store/context';
import { hasFeature } from '../../../store/radios';

export function AddDevice({ onClose }: { onClose(): void }) {
  const radios = useRadios((s) => s.radios);
  const loaded = useRadios((s) => s.loaded);
  const load = useRadios((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  const [protocol, setProtocol] = useState<Protocol | null>(null);
  const chosen = protocol ? integrationFor(protocol) : undefined;
  const Flow = chosen?.add?.component;
  return (
    <section className="panel add-device" aria-labelledby="add-device-title">
      <div className="panel-head">
        <h2 id="add-device-title">{chosen && Flow ? `Add a ${chosen.label} device` : 'Add a device'}</h2>
        <button type="button" className="icon-button" aria-label="Close adding a device" onClick={onClose}>
          <X size={18} aria-hidden="true" />
        </button>
      </div>
      {!Flow ? (
        <div className="protocol-pick" role="group" aria-label="What kind of device?">
          {integrations.map(({ protocol: p, label, add }) => {
            if (!add) return null;
            const radio = radios.find((r) => r.protocol === p);
            const ready = radio?.state === 'ready' && hasFeature(radio, add.feature);
            const setUp = loaded && !radio && add.setUpFirst !== undefined;
            const why = !loaded ? 'Looking at the radios…' : setUp ? add.setUpFirst : !radio ? 'No stick for it' : !ready ? 'Radio not ready' : add.hint;
            return (
              <button key={p} type="button" className="protocol-option" disabled={!ready && !setUp} onClick={() => setProtocol(p)}>
                <strong>{label}</strong>
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
