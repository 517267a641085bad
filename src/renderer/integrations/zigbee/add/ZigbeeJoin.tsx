// Zigbee: open the network (permit join) with a countdown and Stop, then follow each joining device.
import { Radio, Square } from 'lucide-react';
import { mmss, useTicker } from '../../../hooks/useTicker';
import { JoiningDevice } from '../../../screens/devices/add/JoiningDevice';
import { usePairing } from '../../../screens/devices/add/usePairing';

const WINDOW_S = 180;

export function ZigbeeJoin() {
  const { status, busy, start, stop, retry } = usePairing('zigbee');
  const now = useTicker(status.open);
  const left = status.open && status.endsAt ? status.endsAt - now : 0;
  const open = status.open && left > 0;
  return (
    <div className="flow">
      {!open ? (
        <div className="flow-intro">
          <p>
            Reset the device so it looks for a network: most bulbs need to be switched off and on five times; sensors and
            plugs have a button to hold for about five seconds. Then open the network.
          </p>
          <button type="button" className="button primary" onClick={() => void start(WINDOW_S)} disabled={busy.starting || busy.stopping}>
            <Radio size={16} aria-hidden="true" /> {busy.starting ? 'Opening…' : 'Open the network for 3 minutes'}
          </button>
        </div>
      ) : (
        <div className="join-window" role="group" aria-label="Network open for joining">
          <span className="pulse" aria-hidden="true" />
          <div className="join-text">
            <strong>Looking for devices…</strong>
            <span role="timer" aria-live="off" aria-label={`${mmss(left)} left`}>
              {mmss(left)} left
            </span>
          </div>
          <progress max={WINDOW_S * 1000} value={left} aria-label="Time left to join" />
          <button type="button" className="button" onClick={() => void stop()} disabled={busy.stopping}>
            <Square size={14} aria-hidden="true" /> Stop
          </button>
        </div>
      )}
      <ul className="joining-list" aria-label="Joining devices" aria-live="polite">
        {status.devices.map((d) => (
          <JoiningDevice key={d.nativeId} device={d} onRetry={() => void retry(d.deviceId)} retrying={busy.retrying} />
        ))}
      </ul>
      {open && status.devices.length === 0 && <p className="muted">No device has joined yet. Keep it close to the computer while it pairs.</p>}
    </div>
  );
}
