// Where a command spends its time in Hearth's own code: a probe marks the moment a request arrives at the
// transport, the moment Hearth calls into a radio stack, the moment the stack reports the device's answer, and
// the moment the resulting event leaves the transport. Off unless a benchmark or a diagnostic installs one: each
// point then costs one property read (`probe.current?.mark(…)` evaluates nothing else while it is null).
export type ProbePoint = 'request.received' | 'stack.call' | 'stack.report' | 'event.sent';

export interface TimingProbe {
  /** `at`: performance.now() when the moment was earlier than the call (the probe reads the clock otherwise). */
  mark(point: ProbePoint, detail: string, at?: number): void;
}

export const probe: { current: TimingProbe | null } = { current: null };
