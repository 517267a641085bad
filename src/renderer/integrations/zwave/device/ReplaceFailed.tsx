// Only for a node the controller considers failed: replace it with a new device (same node id, so
// automations keep working) or remove it from the controller for good.
import { Replace, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useCall } from '../../../api/useCall';
import { removeFailedNode } from '../../../api/zwave';
import { InclusionStages } from '../add/InclusionStages';
import { useInclusion } from '../add/useInclusion';

export function ReplaceFailed(props: { deviceId: string; name: string; resume: boolean; onRemoved(): void; onActive(active: boolean): void }) {
  const { deviceId, name, onRemoved, onActive } = props;
  const inc = useInclusion(['replace'], { resume: props.resume, stopOnLeave: false }); // the core re-creates the device mid-way: no stop on remount
  const { run, busy } = useCall(removeFailedNode);
  const [confirmRemove, setConfirmRemove] = useState(false);
  // zwave-js cannot see whether the new device knows S2 before it joins in the old one's place: the user says so.
  const [security, setSecurity] = useState<'s2' | 'insecure'>('s2');
  const replace = () => {
    onActive(true);
    void inc.replace(deviceId, security);
  };
  const close = () => {
    inc.reset();
    onActive(false);
  };
  return (
    <div className="task" role="group" aria-label="Failed device">
      <h3>Failed device</h3>
      {inc.state.stage === 'idle' && (
        <p className="warning-box">
          The stick has given up on {name}: it stopped answering. If it is broken, replace it with a new device — it takes over this one’s place in
          the network — or remove it.
        </p>
      )}
      {inc.state.stage === 'idle' && (
        <fieldset className="choice-row">
          <legend>The new device</legend>
          <label>
            <input type="radio" name={`replace-security-${deviceId}`} checked={security === 's2'} onChange={() => setSecurity('s2')} /> has S2 security (a PIN or DSK
            on its label)
          </label>
          <label>
            <input type="radio" name={`replace-security-${deviceId}`} checked={security === 'insecure'} onChange={() => setSecurity('insecure')} /> has no S2
            security
          </label>
        </fieldset>
      )}
      {inc.state.stage === 'idle' ? (
        <div className="task-row">
          <button type="button" className="button" disabled={busy || inc.busy.any} onClick={replace}>
            <Replace size={14} aria-hidden="true" /> Replace with a new device
          </button>
          {!confirmRemove ? (
            <button type="button" className="button danger-quiet" onClick={() => setConfirmRemove(true)}>
              <Trash2 size={14} aria-hidden="true" /> Remove failed device
            </button>
          ) : (
            <span className="confirm" role="alertdialog" aria-label="Remove the failed device?">
              <span>Remove {name} from the stick for good?</span>
              <button
                type="button"
                className="button danger"
                disabled={busy}
                onClick={() => void run(deviceId).then((r) => r && onRemoved())}
              >
                Remove
              </button>
              <button type="button" className="button" onClick={() => setConfirmRemove(false)}>
                Cancel
              </button>
            </span>
          )}
        </div>
      ) : (
        <InclusionStages inc={inc} onRetry={replace} onReset={close} />
      )}
    </div>
  );
}
