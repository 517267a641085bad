// After a spoken command, Hearth says its reply: once the preview it started has finished, the plan's one-sentence
// summary (or the question, answer or problem shown) is said with the core's offline voice and played here.
import { useCallback, useEffect, useRef } from 'react';
import { useCall } from '../api/useCall';
import { speakText } from '../api/voice';
import { usePlans } from '../store/context';
import { selectOpenPlan, type Current } from '../store/plans';
import { playWav } from './recorder';
import { replySentence } from './reply';

export function useSpokenReply(): () => void {
  const busy = usePlans((s) => s.busy);
  const current = usePlans((s) => s.current);
  const plan = usePlans(selectOpenPlan);
  // A reply that cannot be said changes nothing the person sees: the command bar shows it already.
  const speak = useCall(speakText, { quiet: true });
  /** The reply shown when the spoken command was sent: a different one, once not busy, is the answer to it. */
  const waiting = useRef<{ before: Current } | null>(null);

  useEffect(() => {
    const w = waiting.current;
    if (!w || busy || current === w.before) return;
    waiting.current = null;
    const sentence = replySentence(current, plan);
    if (!sentence) return;
    void speak.run(sentence).then((spoken) => (spoken ? playWav(spoken.audio).catch(() => undefined) : undefined));
  }, [busy, current, plan, speak]);

  return useCallback(() => {
    waiting.current = { before: current };
  }, [current]);
}
