// Exclusion: the controller listens for a device to leave (press its button), with a countdown and Stop.
import { Check, CircleAlert, RotateCcw, Square, Trash2 } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { ExclusionState } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { startExclusion, stopExclusion } from '../../../api/zwave';
import { mmss, useTicker } from '../../../hooks/useTicker';

export function ZWaveExclude({ onBack }: { onBack(): void }) {
  const starting = useCall(startExclusion);
  const stopping = useCall(stopExclusion);
  const leaving = useCall(stopExclusion, { quiet: true }).run;
  const busy = starting.busy || stopping.busy;
  const [state, setState] = useState<ExclusionState>({ stage: 'idle', at: 0 });
  const now = useTicker(state.stage === 'waiting');
  useEvent('zwave.exclusion', setState);
  const start = async () => {
    const s = await starting.run();
    if (s) setState(s);
  };
  const stop = async () => {
    const s = await stopping.run();
    if (s) setState(s);
  };
  const waiting = useRef(false);
  waiting.current = state.stage === 'waiting';
  useEffect(() => {
    void start();
    // Leaving the flow while listening stops the controller listening.
    return () => void (waiting.current && leaving());
  }, []); // start listening when the flow opens

  const left = state.stage === 'waiting' && state.endsAt ? state.endsAt - now : null;
  return (
    <div className="flow zwave-flow" aria-label="Remove a Z-Wave device" role="group">
      {state.stage === 'waiting' && (
        <div className="join-window" role="group" aria-label="Listening for the device to remove">
          <span className="pulse" aria-hidden="true" />
          <div className="join-text">
            <strong>Press the button on the device to remove it</strong>
            {left !== null && (
              <span role="timer" aria-live="off">
                {mmss(left)} left
              </span>
            )}
          </div>
          {state.endsAt !== null && left !== null && <progress max={Math.max(1, state.endsAt - state.at)} value={Math.max(0, left)} aria-label="Time left" />}
          <button type="button" className="button" onClick={() => void stop()} disabled={stopping.busy}>
            <Square size={14} aria-hidden="true" /> Stop
          </button>
        </div>
      )}
      {state.stage === 'done' && (
        <p className="saved" role="status">
          <Check size={16} aria-hidden="true" /> {state.message}
        </p>
      )}
      {state.stage === 'failed' && (
        <div className="failure" role="alert">
          <CircleAlert size={18} aria-hidden="true" />
          <p>{state.reason}</p>
          <button type="button" className="button" onClick={() => void start()} disabled={busy}>
            <RotateCcw size={14} aria-hidden="true" /> Retry
          </button>
        </div>
      )}
      {(state.stage === 'idle' || state.stage === 'done') && !busy && (
        <div className="actions">
          <button type="button" className="button" onClick={() => void start()}>
            <Trash2 size={14} aria-hidden="true" /> {state.stage === 'done' ? 'Remove another device' : 'Listen again'}
          </button>
          <button type="button" className="link-button" onClick={onBack}>
            ← Other ways to add
          </button>
        </div>
      )}
    </div>
  );
}
