// What the Z-Wave inclusion flow shows at each stage: listening (countdown, Stop), the security questions,
// the interview, and the result — the granted security as a badge, a clear warning when it fell back, or a
// readable failure with Retry. Used by Add device (inclusion) and by device details (replace failed node).
import { CircleAlert, Loader, RotateCcw, ShieldAlert, Square } from 'lucide-react';
import type { InclusionState } from '../../../../shared/contract';
import { mmss, useTicker } from '../../../hooks/useTicker';
import { SecurityBadge } from '../device/SecurityBadge';
import { NameAndRoom } from '../../../screens/devices/add/JoiningDevice';
import { GrantDialog, PinDialog, S0ConsentDialog } from './SecurityDialogs';
import { labelForDsk, useDemoLabels } from './useDemoLabels';
import type { Inclusion } from './useInclusion';

function Waiting(props: { since: number; endsAt: number | null; replacing: boolean; message?: string | undefined; onStop(): void; stopping: boolean }) {
  const { since, endsAt, replacing, message, onStop, stopping } = props;
  const now = useTicker(true);
  const left = endsAt ? endsAt - now : null;
  return (
    <div className="join-window" role="group" aria-label="Listening for the device">
      <span className="pulse" aria-hidden="true" />
      <div className="join-text">
        <strong>{replacing ? 'Press the button on the replacement device' : 'Press the button on your device'}</strong>
        {message && <span className="join-message">{message}</span>}
        {left !== null && (
          <span role="timer" aria-live="off">
            {mmss(left)} left
          </span>
        )}
      </div>
      {endsAt !== null && left !== null && <progress max={Math.max(1, endsAt - since)} value={Math.max(0, left)} aria-label="Time left" />}
      <button type="button" className="button" onClick={onStop} disabled={stopping}>
        <Square size={14} aria-hidden="true" /> Stop
      </button>
    </div>
  );
}

function Result({ state, onAgain }: { state: Extract<InclusionState, { stage: 'done' }>; onAgain(): void }) {
  return (
    <div className="inclusion-result" role="status" aria-label="Device added">
      <div className="head">
        <strong>{state.message}</strong>
        <SecurityBadge granted={state.granted} />
      </div>
      {state.lowSecurity && (
        <div className="warning-box" role="alert">
          <ShieldAlert size={18} aria-hidden="true" />
          <div>
            <p>
              <strong>Security fell back:</strong> {state.lowSecurityReason ?? 'the device was included with less security than it asked for.'}
            </p>
          </div>
        </div>
      )}
      {state.deviceId && <NameAndRoom deviceId={state.deviceId} />}
      <div>
        <button type="button" className="button" onClick={onAgain}>
          {state.operation === 'replace' ? 'Close' : 'Add another device'}
        </button>
      </div>
    </div>
  );
}

export function InclusionStages({ inc, onRetry, onReset }: { inc: Inclusion; onRetry(): void; onReset(): void }) {
  const { state, busy } = inc;
  const labels = useDemoLabels();
  const decline = () => void inc.stop();
  switch (state.stage) {
    case 'idle':
      return null;
    case 'waiting':
      return <Waiting since={state.at} endsAt={state.endsAt} message={state.message} replacing={state.operation === 'replace'} onStop={decline} stopping={busy.stopping} />;
    case 'grantClasses':
      return (
        <GrantDialog
          key={state.at}
          requested={state.requested}
          clientSideAuth={state.clientSideAuth}
          deadline={state.deadline}
          onGrant={(c, auth) => void inc.grant(c, auth)}
          onCancel={decline}
        />
      );
    case 'enterPin':
      return <PinDialog key={state.at} dsk={state.dsk} deadline={state.deadline} label={labelForDsk(labels, state.dsk)} onPin={(p) => void inc.pin(p)} onCancel={decline} />;
    case 's0Consent':
      return <S0ConsentDialog key={state.at} message={state.message} deadline={state.deadline} onAnswer={(a) => void inc.s0Consent(a)} onCancel={decline} />;
    case 'interviewing':
      return (
        <p className="inclusion-result" role="status">
          <span className="task-row">
            <Loader size={16} className="spin" aria-hidden="true" /> Included as node {state.nodeId}. Asking it what it can do…
          </span>
        </p>
      );
    case 'done':
      return <Result state={state} onAgain={onReset} />;
    case 'failed':
      return (
        <div className="failure" role="alert">
          <CircleAlert size={18} aria-hidden="true" />
          <p>{state.reason}</p>
          <button type="button" className="button" onClick={onRetry} disabled={busy.any}>
            <RotateCcw size={14} aria-hidden="true" /> Retry
          </button>
        </div>
      );
  }
}
