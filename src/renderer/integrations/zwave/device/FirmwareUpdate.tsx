// Node firmware update: pick the file from the manufacturer, send it with a progress bar (Abort), then the
// result with the new version or the reason it failed.
import { Square, Upload } from 'lucide-react';
import { useState } from 'react';
import type { EventPayload, FirmwareUpdateResult } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { abortNodeFirmware, updateNodeFirmware } from '../../../api/zwave';

const MAX_BYTES = 8 * 1024 * 1024;

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export function FirmwareUpdate({ deviceId, onUpdated }: { deviceId: string; onUpdated(waitSeconds: number): void }) {
  const updating = useCall(updateNodeFirmware);
  const aborting = useCall(abortNodeFirmware);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<EventPayload<'zwave.firmware.progress'> | null>(null);
  const [result, setResult] = useState<FirmwareUpdateResult | null>(null);
  useEvent('zwave.firmware.progress', (p) => p.deviceId === deviceId && setProgress(p));
  const running = updating.busy;
  const start = async () => {
    if (!file) return;
    setResult(null);
    setProgress(null);
    let data: string;
    try {
      data = await readBase64(file);
    } catch {
      setError('Hearth could not read that file. Pick it again.');
      return;
    }
    const r = await updating.run(deviceId, data, file.name);
    setFile(null); // the picker is shown afresh
    if (r) {
      setResult(r);
      if (r.success) onUpdated(r.waitTimeSeconds ?? 5);
    }
  };
  return (
    <div className="task" role="group" aria-label="Firmware update">
      <h3>Firmware update</h3>
      {!running && (
        <div className="task-row">
          <label className="file-pick">
            Firmware file from the manufacturer (.otz, .ota, .hex, .gbl, .bin, .zip)
            <input
              type="file"
              accept=".otz,.ota,.hex,.ex_,.hec,.gbl,.bin,.zip"
              onChange={(e) => {
                const f = e.target.files?.[0] ?? null;
                setResult(null);
                setError(f && f.size > MAX_BYTES ? 'That file is larger than 8 MB: it is not a Z-Wave device firmware.' : null);
                setFile(f && f.size <= MAX_BYTES ? f : null);
              }}
            />
          </label>
          <button type="button" className="button" disabled={!file} onClick={() => void start()}>
            <Upload size={14} aria-hidden="true" /> Update firmware
          </button>
        </div>
      )}
      {error && (
        <p className="result-bad" role="alert">
          {error}
        </p>
      )}
      {running && (
        <>
          <p className="muted small">Keep the device powered and near the stick. Battery devices: wake them up now (press their button).</p>
          <div className="task-row" role="status">
            {progress ? `${Math.round(progress.percent)}% · fragment ${progress.sentFragments} of ${progress.totalFragments}` : 'Asking the device to accept the update…'}
            <button type="button" className="button small" onClick={() => void aborting.run(deviceId)}>
              <Square size={12} aria-hidden="true" /> Abort
            </button>
          </div>
          <progress max={100} value={progress?.percent ?? 0} aria-label="Firmware update progress" />
        </>
      )}
      {result && (
        <p className={result.success ? 'result-ok' : 'result-bad'} role={result.success ? 'status' : 'alert'}>
          {result.reason}
          {result.success && result.firmwareVersion ? ` Now running firmware ${result.firmwareVersion}.` : ''}
          {result.waitTimeSeconds ? ` It needs about ${result.waitTimeSeconds} s before it responds again.` : ''}
        </p>
      )}
    </div>
  );
}
