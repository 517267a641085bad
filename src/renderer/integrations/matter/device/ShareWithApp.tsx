// Multi-admin: opens a pairing window on the device so another Matter app or hub can add it too; shows the new
// code and its QR code with a countdown, and can close the window early.
import { Share2, Square } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { MatterCommissioningWindow } from '../../../../shared/contract';
import { QrCode } from '../../../components/QrCode';
import { closeSharingWindow, openSharingWindow } from '../../../api/matter';
import { useCall } from '../../../api/useCall';
import { mmss, useTicker } from '../../../hooks/useTicker';
import { prettyCode } from '../add/MatterCommission';

const MINUTES = 15;

export function ShareWithApp({ deviceId, name, onChanged }: { deviceId: string; name: string; onChanged(): void }) {
  const opening = useCall(openSharingWindow);
  const closing = useCall(closeSharingWindow);
  const [win, setWin] = useState<MatterCommissioningWindow | null>(null);
  const now = useTicker(win !== null);
  const left = win ? win.expiresAt - now : 0;
  const open = win !== null && left > 0;
  useEffect(() => setWin(null), [deviceId]);
  useEffect(() => {
    if (win && left <= 0) onChanged(); // the window closed by itself: another app may have joined meanwhile
  }, [win, left, onChanged]);
  const share = async () => {
    const w = await opening.run(deviceId, MINUTES);
    if (w) setWin(w);
  };
  const stop = async () => {
    if (await closing.run(deviceId)) setWin(null);
    onChanged();
  };
  if (!open) {
    return (
      <div className="share">
        <p className="muted">
          Lets another Matter app or hub (from your phone, speaker or TV) control {name} too. Hearth keeps control.
          {win ? ' The last pairing window has closed.' : ''}
        </p>
        <button type="button" className="button" onClick={() => void share()} disabled={opening.busy || closing.busy}>
          <Share2 size={14} aria-hidden="true" /> {opening.busy ? 'Opening…' : 'Share with another app'}
        </button>
      </div>
    );
  }
  return (
    <div className="share-window" role="group" aria-label="Pairing window for another app">
      <QrCode text={win.qrPairingCode} label={`QR code to add ${name} to another app`} size={136} />
      <div className="share-text">
        <span className="muted">Pairing code</span>
        <strong className="pairing-code mono">{prettyCode(win.manualPairingCode)}</strong>
        <span role="timer" aria-live="off" aria-label={`Open for ${mmss(left)}`}>
          Open for {mmss(left)}
        </span>
        <progress max={MINUTES * 60_000} value={left} aria-label="Time left to pair" />
      </div>
      <p className="share-help">In the other app, choose to add a Matter device, then scan the QR code or type the code.</p>
      <button type="button" className="button share-stop" onClick={() => void stop()} disabled={closing.busy}>
        <Square size={14} aria-hidden="true" /> Stop sharing
      </button>
    </div>
  );
}
