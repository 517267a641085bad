// Node health check: a few rounds of pings through its routes; progress per round, a 0–10 rating with its
// meaning, and Cancel.
import { Activity, Square } from 'lucide-react';
import { useState } from 'react';
import type { EventPayload, HealthCheckResult } from '../../../../shared/contract';
import { useCall } from '../../../api/useCall';
import { useEvent } from '../../../api/useEvent';
import { cancelHealthCheck, checkNodeHealth } from '../../../api/zwave';

export function ratingMeaning(r: number): { tone: 'good' | 'fair' | 'poor'; text: string } {
  if (r >= 10) return { tone: 'good', text: 'Excellent: every message arrived, directly and fast.' };
  if (r >= 7) return { tone: 'good', text: 'Good: reliable, with a little delay or a detour through a neighbour.' };
  if (r >= 4) return { tone: 'fair', text: 'Fair: works, but messages are slow or sometimes retried. Moving it closer or adding a mains-powered device between helps.' };
  if (r >= 1) return { tone: 'poor', text: 'Poor: many messages are lost. Move it closer to the stick or to a mains-powered Z-Wave device, then rebuild its routes.' };
  return { tone: 'poor', text: 'Unreachable: no message arrived. Check its power or batteries.' };
}

export function HealthCheck({ deviceId }: { deviceId: string }) {
  const checking = useCall(checkNodeHealth);
  const cancelling = useCall(cancelHealthCheck);
  const [rounds, setRounds] = useState(3);
  const [progress, setProgress] = useState<EventPayload<'zwave.healthCheck.progress'> | null>(null);
  const [result, setResult] = useState<HealthCheckResult | null>(null);
  useEvent('zwave.healthCheck.progress', (p) => p.deviceId === deviceId && setProgress(p));
  const running = checking.busy;
  const start = async () => {
    setResult(null);
    setProgress(null);
    const r = await checking.run(deviceId, rounds);
    if (r) setResult(r);
  };
  const meaning = result ? ratingMeaning(result.rating) : null;
  return (
    <div className="task" role="group" aria-label="Health check">
      <h3>Health check</h3>
      {!running ? (
        <div className="task-row">
          <label className="task-row">
            Rounds
            <select value={rounds} onChange={(e) => setRounds(Number(e.target.value))}>
              {[1, 2, 3, 5, 10].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" onClick={() => void start()}>
            <Activity size={14} aria-hidden="true" /> Check health
          </button>
        </div>
      ) : (
        <>
          <div className="task-row" role="status">
            {progress ? `Round ${progress.round} of ${progress.rounds}: ${progress.rating}/10, ${Math.round(progress.latencyMs)} ms` : 'Sending test messages…'}
            <button type="button" className="button small" onClick={() => void cancelling.run(deviceId)}>
              <Square size={12} aria-hidden="true" /> Cancel
            </button>
          </div>
          <progress max={progress?.rounds ?? rounds} value={progress?.round ?? 0} aria-label="Health check progress" />
        </>
      )}
      {result && meaning && (
        <div className={`rating ${meaning.tone}`} role="status" aria-label="Health rating">
          <strong>{result.rating}/10</strong>
          <span>
            {result.cancelled ? 'Cancelled early. ' : ''}
            {result.summary || meaning.text}
          </span>
        </div>
      )}
    </div>
  );
}
