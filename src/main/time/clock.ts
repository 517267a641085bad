// The clock the automation engine and the plan executor use, so tests can drive time (test/fake-clock.ts).
export interface TimerHandle {
  cancel(): void;
}

export interface Clock {
  now(): number;
  /** Calls fn at (or just after) the given time; long waits are re-armed so they stay accurate. */
  at(time: number, fn: () => void): TimerHandle;
}

/** Node timers cannot wait longer than ~24.8 days; we re-arm in steps of at most a day. */
const MAX_WAIT = 86_400_000;

export const systemClock: Clock = {
  now: () => Date.now(),
  at(time, fn) {
    let timer: NodeJS.Timeout | null = null;
    let cancelled = false;
    const arm = () => {
      if (cancelled) return;
      const wait = time - Date.now();
      if (wait <= 0) {
        timer = null;
        fn();
        return;
      }
      timer = setTimeout(arm, Math.min(wait, MAX_WAIT));
      timer.unref?.();
    };
    arm();
    return {
      cancel() {
        cancelled = true;
        if (timer) clearTimeout(timer);
      },
    };
  },
};
