// Node firmware update: pick the file from the manufacturer, send it to Hearth in pieces, then the update itself with
// a progress bar (Abort), then the result with the new version or the reason it failed. The update is a long
// operation (api/operations.ts): it may take many minutes and outlives any one request.
import { Square, Upload } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { tooLargeText, UPLOAD_LIMITS, type EventPayload, type FirmwareUpdateResult } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { followNodeFirmware, runningNodeFirmware, updateNodeFirmware } from '../../../api/zwave';

const MAX_BYTES = UPLOAD_LIMITS.firmware;

export function FirmwareUpdate({ deviceId, onUpdated }: { deviceId: string; onUpdated(waitSeconds: number): void }) {
  // A cancelled send is what the person asked for: no notice.
  const updating = useCall(updateNodeFirmware, { handle: (e) => e.code === 'CANCELLED' });
  const following = useCall(followNodeFirmware);
  const finding = useCall(runningNodeFirmware, { quiet: true });
  const abort = useRef<AbortController | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ bytes: number; size: number } | null>(null);
  const [progress, setProgress] = useState<EventPayload<'zwave.firmware.progress'> | null>(null);
  const [result, setResult] = useState<FirmwareUpdateResult | null>(null);
  useEvent('zwave.firmware.progress', (p) => p.deviceId === deviceId && setProgress(p));
  const running = updating.busy || following.busy;
  const finish = (r: FirmwareUpdateResult | undefined) => {
    abort.current = null;
    if (r) {
      setResult(r);
      if (r.success) onUpdated(r.waitTimeSeconds ?? 5);
    }
  };
  const finished = useRef(finish);
  finished.current = finish;
  // An update already under way (started before a reload, or in another window) is shown and followed to its end.
  const { run: find } = finding;
  const { run: follow } = following;
  useEffect(() => {
    let live = true;
    void find(deviceId).then(async (op) => {
      if (!live || !op) return;
      abort.current = new AbortController();
      const r = await follow(op, { signal: abort.current.signal });
      if (live) finished.current(r);
    });
    return () => {
      live = false;
    };
  }, [deviceId, find, follow]);
  const start = async () => {
    if (!file) return;
    setResult(null);
    setProgress(null);
    setSent(null);
    abort.current = new AbortController();
    const r = await updating.run(deviceId, file, file.name, { sent: (bytes, size) => setSent({ bytes, size }), signal: abort.current.signal });
    setFile(null); // the picker is shown afresh
    finish(r);
  };
  return (
    <div className="task" role="group" aria-label="Firmware update">
      <h3>Firmware update</h3>
      {!running && (
        <div className="task-row">
          <label className="file-pick">
            Firmware file from the manufacturer (.otz, .ota, .hex, .gbl, .bin, .exe, .zip)
            <input
              type="file"
              accept=".otz,.ota,.hex,.exe,.ex_,.hec,.gbl,.bin,.zip"
              onChange={(e) => {
                const f = e.target.files?.[0] ?? null;
                setResult(null);
                setError(f && f.size > MAX_BYTES ? `${tooLargeText('firmware', f.size)} It is not a Z-Wave device firmware.` : null);
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
            {progress
              ? `${Math.round(progress.percent)}% · fragment ${progress.sentFragments} of ${progress.totalFragments}`
              : sent && sent.bytes < sent.size
                ? `Sending the file to Hearth… ${Math.round((100 * sent.bytes) / sent.size)}%`
                : 'Asking the device to accept the update…'}
            <button type="button" className="button small" onClick={() => abort.current?.abort()}>
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
