// Download my data (a zip of JSON) and erase my data (typed confirmation; returns Hearth to first run).
import { Download, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { eraseMyData, exportMyData } from '../../api/privacy';
import { useCall } from '../../api/useCall';
import { saveFile } from '../../components/save-file';

export function DownloadData() {
  const download = useCall(exportMyData);
  const [state, setState] = useState<'idle' | 'working' | string>('idle');
  return (
    <div className="action-row">
      <div>
        <p>All your data in one zip file of JSON: devices and their names, rooms, history, commands, consents and the audit log.</p>
        {state !== 'idle' && state !== 'working' && (
          <p className="muted small" role="status">
            {state}
          </p>
        )}
      </div>
      <button
        type="button"
        className="button"
        disabled={state === 'working'}
        onClick={async () => {
          setState('working');
          const r = await download.run();
          if (!r) return setState('idle');
          saveFile(r.fileName, r.base64, r.mimeType);
          setState(`Saved ${r.fileName} (${Math.max(1, Math.round(r.bytes / 1024))} KB).`);
        }}
      >
        <Download size={16} aria-hidden="true" /> {state === 'working' ? 'Preparing…' : 'Download my data'}
      </button>
    </div>
  );
}

export function EraseData() {
  const erase = useCall(eraseMyData);
  const busy = erase.busy;
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  if (!open) {
    return (
      <div className="action-row">
        <p>
          Delete everything Hearth stores about you and start again from setup. Your devices stay paired; the names and rooms they carry
          themselves come back.
        </p>
        <button type="button" className="button danger" onClick={() => setOpen(true)}>
          <Trash2 size={16} aria-hidden="true" /> Erase my data…
        </button>
      </div>
    );
  }
  return (
    <form
      className="erase-confirm"
      aria-label="Confirm erasing all your data"
      onSubmit={async (e) => {
        e.preventDefault();
        if (typed !== 'ERASE') return;
        await erase.run();
      }}
    >
      <p>
        <strong>This cannot be undone.</strong> Names, rooms, history, commands, consents, preferences and the audit log are deleted. Download
        your data first if you want a copy.
      </p>
      <label className="field">
        <span>
          Type <strong>ERASE</strong> to confirm
        </span>
        <input value={typed} onChange={(e) => setTyped(e.target.value)} autoFocus autoComplete="off" />
      </label>
      <div className="wizard-actions">
        <button type="button" className="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
        <button type="submit" className="button danger" disabled={typed !== 'ERASE' || busy}>
          {busy ? 'Erasing…' : 'Erase everything'}
        </button>
      </div>
    </form>
  );
}
