// One Matter commissioning attempt as the Add-device flow follows it: started with a client-chosen id, so every
// matter.commissioning.progress event of it is recognised (even one that arrives before the request's reply).
import { useRef, useState } from 'react';
import type { MatterCommissioningProgress } from '../../../../shared/contract';
import { ApiError } from '../../../api/client';
import { useEvent } from '../../../hooks/useRequest';
import { useHome } from '../../../store/context';

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
  const client = useHome((s) => s.client);
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const current = useRef<string | null>(null);

  useEvent('matter.commissioning.progress', (p) => {
    if (p.attemptId !== current.current) return;
    setAttempt((a) => (a && a.id === p.attemptId ? { ...a, progress: [...a.progress, p] } : a));
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
      try {
        await client.call('matter.commission', { ...input, attemptId: id });
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: String(err) });
        const failed: MatterCommissioningProgress = {
          attemptId: id,
          step: 'failed',
          message: e.message,
          at: Date.now(),
          error: { code: e.code, message: e.message, ...(e.next ? { next: e.next } : {}) },
        };
        setAttempt((a) => (a && a.id === id ? { ...a, progress: [...a.progress, failed] } : a));
      }
    },
    async cancel() {
      if (attempt) await client.call('matter.commission.cancel', { attemptId: attempt.id }).catch(() => undefined);
    },
    reset() {
      current.current = null;
      setAttempt(null);
    },
  };
}
