// Push-to-talk beside the command bar: hold the button (or Space/Enter on it) while speaking and let go; or press
// once to start and again to stop. The recording goes to the core (voice.recognize); the words heard go into the
// command bar and are previewed as typed text would be. A missing or refused microphone is said plainly.
import { LoaderCircle, Mic, Square } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useCall } from '../api/useCall';
import { recognizeSpeech } from '../api/voice';
import { microphoneProblem, MicrophoneError, startRecording, type Recording } from '../voice/recorder';
import './push-to-talk.css';

/** A press held at least this long is hold-to-talk: letting go stops. A shorter one is a click: it toggles. */
const HOLD_MS = 400;

type Phase = 'idle' | 'starting' | 'listening' | 'hearing';

export function PushToTalk({ onHeard, disabled }: { onHeard(text: string): void; disabled?: boolean }) {
  const [phase, setPhase] = useState<Phase>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const recording = useRef<Recording | null>(null);
  const pressedAt = useRef<number | null>(null);
  /** Let go (after holding) while the microphone was still starting: stop as soon as it is on. */
  const stopWhenReady = useRef(false);
  const recognize = useCall(recognizeSpeech, {
    handle: (e) => {
      setMessage(e.next ? `${e.message} ${e.next}` : e.message);
      return true;
    },
  });

  useEffect(() => () => recording.current?.cancel(), []);

  const begin = async () => {
    const problem = microphoneProblem();
    if (problem) {
      setMessage(problem);
      return;
    }
    setMessage(null);
    setPhase('starting');
    try {
      recording.current = await startRecording(() => {
        setMessage('Stopped at 15 seconds: one command at a time.');
        void finish();
      });
      setPhase('listening');
      if (stopWhenReady.current) void finish();
    } catch (err) {
      setMessage(err instanceof MicrophoneError ? err.message : 'The microphone could not be started. Type the command instead.');
      setPhase('idle');
    }
  };

  const finish = async () => {
    const r = recording.current;
    if (!r) return;
    recording.current = null;
    pressedAt.current = null;
    setPhase('hearing');
    try {
      const audio = await r.stop();
      const heard = await recognize.run(audio);
      if (heard) onHeard(heard.text);
    } catch (err) {
      setMessage(err instanceof MicrophoneError ? err.message : 'The recording could not be read. Try again.');
    } finally {
      setPhase('idle');
    }
  };

  const press = () => {
    if (disabled) return;
    if (phase === 'listening') void finish();
    else if (phase === 'idle') {
      pressedAt.current = performance.now();
      stopWhenReady.current = false;
      void begin();
    }
  };
  /** Letting go after a long press stops (hold-to-talk); after a short one the microphone stays on (toggle). */
  const release = () => {
    const at = pressedAt.current;
    pressedAt.current = null;
    if (at === null || performance.now() - at < HOLD_MS) return;
    if (recording.current) void finish();
    else stopWhenReady.current = true;
  };

  const listening = phase === 'listening';
  const label = listening ? 'Stop listening' : 'Speak a command (hold to talk, or press to start and again to stop)';
  return (
    <>
      <button
        type="button"
        className={`icon-button push-to-talk${listening ? ' listening' : ''}`}
        aria-label={label}
        title={label}
        aria-pressed={listening}
        aria-describedby={message ? 'push-to-talk-message' : undefined}
        // Not disabled while the microphone starts: letting go then must still reach the button (hold-to-talk).
        disabled={disabled || phase === 'hearing'}
        aria-busy={phase === 'starting' || phase === 'hearing'}
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.preventDefault();
          e.currentTarget.setPointerCapture(e.pointerId);
          press();
        }}
        onPointerUp={release}
        onKeyDown={(e) => {
          if ((e.key === ' ' || e.key === 'Enter') && !e.repeat) {
            e.preventDefault();
            press();
          } else if (e.key === 'Escape' && recording.current) {
            recording.current.cancel();
            recording.current = null;
            setPhase('idle');
          }
        }}
        onKeyUp={(e) => {
          if (e.key === ' ' || e.key === 'Enter') release();
        }}
        onClick={(e) => e.preventDefault()}
      >
        {phase === 'hearing' || phase === 'starting' ? <LoaderCircle size={16} className="spin" aria-hidden="true" /> : listening ? <Square size={14} aria-hidden="true" /> : <Mic size={16} aria-hidden="true" />}
      </button>
      <span className="push-to-talk-state" role="status" aria-live="polite">
        {listening ? 'Listening…' : phase === 'hearing' ? 'Hearing…' : ''}
      </span>
      {message && (
        <p id="push-to-talk-message" className="push-to-talk-message" role="alert">
          {message}
        </p>
      )}
    </>
  );
}
