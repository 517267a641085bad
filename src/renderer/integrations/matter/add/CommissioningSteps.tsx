// A Matter commissioning attempt as it happens: the main steps, the device-level setup steps under them, a readable
// failure with what to do, or the new device ready to be named.
import { Check, CircleAlert, Loader } from 'lucide-react';
import type { MatterCommissioningProgress, MatterCommissioningStep } from '../../../../shared/contract';

const STEPS: Array<{ step: MatterCommissioningStep; label: string }> = [
  { step: 'discover', label: 'Finding the device' },
  { step: 'connect', label: 'Checking the pairing code' },
  { step: 'configure', label: 'Setting it up' },
  { step: 'interview', label: 'Reading what it can do' },
  { step: 'done', label: 'Ready' },
];
const ORDER = Object.fromEntries(STEPS.map((s, i) => [s.step, i])) as Record<MatterCommissioningStep, number>;

export function CommissioningSteps({ progress }: { progress: MatterCommissioningProgress[] }) {
  const last = progress.at(-1);
  const failed = last?.step === 'failed';
  const reachedSteps = progress.filter((p) => p.step !== 'failed');
  const reached = reachedSteps.length ? Math.max(...reachedSteps.map((p) => ORDER[p.step])) : 0;
  const setup = progress.filter((p) => p.step === 'configure');
  // Refused before anything was sent (a typo in the code): there are no steps to show.
  if (reachedSteps.length === 0 && failed) return null;
  return (
    <>
      <ol className="steps" aria-label="Commissioning steps">
        {STEPS.map((s, i) => {
          const isFailed = failed && i === reached;
          const done = last?.step === 'done' || i < reached;
          const current = !done && !isFailed && !failed && i === reached;
          const state = isFailed ? 'failed' : done ? 'done' : current ? 'current' : 'todo';
          return (
            <li key={s.step} className={`step ${state}`} aria-current={current ? 'step' : undefined}>
              <span className="step-icon" aria-hidden="true">
                {isFailed ? <CircleAlert size={16} /> : done ? <Check size={16} /> : current ? <Loader size={16} className="spin" /> : null}
              </span>
              {s.label}
              <span className="visually-hidden">{isFailed ? ' (failed)' : done ? ' (done)' : current ? ' (in progress)' : ''}</span>
            </li>
          );
        })}
      </ol>
      {setup.length > 0 && (
        <ol className="setup-log" aria-label="Setup on the device">
          {setup.map((p, i) => {
            const running = i === setup.length - 1 && last?.step === 'configure';
            const broke = i === setup.length - 1 && failed && reached === ORDER.configure;
            return (
              <li key={`${p.matterStep ?? p.message}-${i}`} className={broke ? 'failed' : running ? 'current' : 'done'}>
                {broke ? <CircleAlert size={13} aria-hidden="true" /> : running ? <Loader size={13} className="spin" aria-hidden="true" /> : <Check size={13} aria-hidden="true" />}
                {p.message}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
