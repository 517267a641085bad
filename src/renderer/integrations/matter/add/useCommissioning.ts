// One Matter commissioning attempt as the Add-device flow follows it: started with a client-chosen id, so every
// matter.commissioning.progress event of it is recognised (even one that arrives before the request's reply).
import { useRef, useState } from 'react';
import type { MatterCommissioningProgress } from '../../../../shared/contract';
import { cancelCommissioning, commissionMatter } from '../../../api/matter';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';

export interface CommissioningInput {
  code: string;
  address?: { ip: string; port?: number };
}

export interface Attempt {
  id: string;
  input: CommissioningInput;
  progress: MatterCommissioningProgress[];
}

const newAttemptId = () => `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function useCommissioning() {
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const current = useRef<string | null>(null);
  const addProgress = (p: MatterCommissioningProgress) => setAttempt((a) => (a && a.id === p.attemptId ? { ...a, progress: [...a.progress, p] } : a));
  // A refusal (a typo in the code, no radio) is the attempt's failed step, shown in the flow with what to do.
  const commission = useCall(commissionMatter, {
    handle(e) {
      const id = current.current;
      if (id) addProgress({ attemptId: id, step: 'failed', message: e.message, at: Date.now(), error: { code: e.code, message: e.message, ...(e.next ? { next: e.next } : {}) } });
      return true;
    },
  });
  const cancelling = useCall(cancelCommissioning, { quiet: true });

  useEvent('matter.commissioning.progress', (p) => {
    if (p.attemptId === current.current) addProgress(p);
  });

  const last = attempt?.progress.at(-1);
  const status = !attempt ? 'idle' : last?.step === 'done' ? 'done' : last?.step === 'failed' ? 'failed' : 'running';

  return {
    attempt,
    status,
    async start(input: CommissioningInput) {
      const id = newAttemptId();
      current.current = id;
      setAttempt({ id, input, progress: [] });
      await commission.run({ ...input, attemptId: id });
    },
    async cancel() {
      if (attempt) await cancelling.run(attempt.id);
    },
    reset() {
      current.current = null;
      setAttempt(null);
    },
  };
}
