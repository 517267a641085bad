// Multi-admin: the Matter fabrics (apps and hubs) the device belongs to, read from the device.
import { RefreshCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { MatterFabrics } from '../../../../shared/contract';
import { matterFabrics } from '../../../api/matter';
import { useCall } from '../../../api/useCall';

export function ConnectedApps({ deviceId, refresh }: { deviceId: string; refresh: number }) {
  const { run, busy } = useCall(matterFabrics);
  const [fabrics, setFabrics] = useState<MatterFabrics | null>(null);
  const [again, setAgain] = useState(0);
  useEffect(() => {
    void run(deviceId).then((f) => f && setFabrics(f));
  }, [run, deviceId, refresh, again]);
  return (
    <div className="connected-apps">
      <div className="subhead">
        <h3>Connected apps</h3>
        <button type="button" className="icon-button" aria-label="Read the list of connected apps again" onClick={() => setAgain((n) => n + 1)} disabled={busy}>
          <RefreshCw size={14} aria-hidden="true" className={busy ? 'spin' : undefined} />
        </button>
      </div>
      {!fabrics ? (
        <p className="muted">{busy ? 'Asking the device…' : 'The device did not answer.'}</p>
      ) : (
        <>
          <ul className="fabric-list" aria-label="Connected apps">
            {fabrics.fabrics.map((f) => (
              <li key={f.fabricIndex}>
                <strong>{f.label || 'Unnamed app'}</strong>
                <span className="muted">
                  {' '}
                  · vendor 0x{f.vendorId.toString(16).toUpperCase().padStart(4, '0')}
                  {f.isHearth ? ' · this is Hearth' : ''}
                </span>
              </li>
            ))}
          </ul>
          <p className="muted">
            {fabrics.commissionedFabrics} of {fabrics.supportedFabrics} places for apps used.
          </p>
        </>
      )}
    </div>
  );
}
