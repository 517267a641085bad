// The SmartStart provisioning list: devices Hearth lets join by themselves, waiting or joined, with Remove.
import { Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { ProvisioningEntry } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { listProvisioning, unprovision } from '../../../api/zwave';
import { SecurityBadge } from '../device/SecurityBadge';

export function ProvisioningList() {
  const load = useCall(listProvisioning).run;
  const removing = useCall(unprovision);
  const [entries, setEntries] = useState<ProvisioningEntry[]>([]);
  useEffect(() => {
    void load().then((e) => e && setEntries(e));
  }, [load]);
  useEvent('zwave.smartStart.changed', (e) => setEntries(e.entries));
  const remove = async (dsk: string) => {
    if (await removing.run(dsk)) setEntries((l) => l.filter((x) => x.dsk !== dsk));
  };
  return (
    <section aria-labelledby="provisioning-title">
      <h3 id="provisioning-title">SmartStart list</h3>
      {entries.length === 0 ? (
        <p className="muted">No device is on the list.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Device</th>
              <th scope="col">PIN</th>
              <th scope="col">Security</th>
              <th scope="col">State</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => {
              const name = e.name ?? ([e.manufacturer, e.product].filter(Boolean).join(' ') || 'Unnamed device');
              return (
                <tr key={e.dsk}>
                  <td>{name}</td>
                  <td className="mono" title={e.dsk}>
                    {e.dsk.slice(0, 5)}
                  </td>
                  <td>
                    <SecurityBadge granted={e.grantedClasses} />
                  </td>
                  <td>{e.nodeId ? `Joined (node ${e.nodeId})` : e.status === 'active' ? 'Waiting to join' : 'Paused'}</td>
                  <td>
                    <button type="button" className="button small" aria-label={`Remove ${name} from the list`} disabled={removing.busy} onClick={() => void remove(e.dsk)}>
                      <Trash2 size={14} aria-hidden="true" /> Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
