// The core's long operations (contract/operation.ts): each runs in the core, not in a request. `start` answers at once
// with the operation; every change goes on the bus as 'operation.progress' (at most one event per whole percent or
// phase change), and its end — done, failed or cancelled — is kept for a while, so a window that lost its connection
// (or a new one) can still ask how it went. Nothing belongs to the connection that started it.
import { randomBytes } from 'node:crypto';
import type { Operation, OperationKind, OperationOf } from '../../shared/contract';
import { HearthError, toErrorPayload, type HearthErrorPayload } from '../../shared/errors';
import type { Logger } from '../../shared/logger';
import type { EventBus } from '../bus';

type ResultOf<K extends OperationKind> = NonNullable<OperationOf<K>['result']>;

/** What the work sees of its operation. */
export interface OperationControl {
  /** Moves the bar on and says what it is doing (percent 0–100, or null while it cannot say). */
  progress(p: { percent?: number | null; phase?: string }): void;
  /** Someone asked to cancel. */
  readonly cancelRequested: boolean;
}

export type Outcome = { state: 'done' } | { state: 'cancelled' } | { state: 'failed'; error: HearthErrorPayload };

export interface OperationSpec<K extends OperationKind> {
  kind: K;
  /** What it is about (a device id), if one thing. */
  subject?: string | null;
  /** At most one running operation per key (e.g. one update per device): another start is refused with `busy`. */
  key: string;
  busy: string;
  phase: string;
  /** Stops the work (it then ends by itself, and the operation is 'cancelled'). Absent: it cannot be cancelled. */
  cancel?: () => void | Promise<void>;
  run(ctl: OperationControl): Promise<ResultOf<K>>;
  /** How an answer ends it; default: done, or cancelled when a cancel was asked for. */
  outcome?(result: ResultOf<K>, cancelRequested: boolean): Outcome;
}

export interface OperationRegistryDeps {
  bus: Pick<EventBus, 'emit'>;
  log: Logger;
  now?: () => number;
  /** How long an ended operation stays listed (default 30 minutes), and how many at most (default 100). */
  keepMs?: number;
  keep?: number;
}

/** How long a cancel (or Hearth stopping) waits for the work to hear it before answering. */
const CANCEL_WAIT_MS = 2_000;

/** Waits for `p`, at most `ms`; a failure within that time is passed on. */
function within(p: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p.then(() => undefined), new Promise<void>((r) => (timer = setTimeout(r, ms)))]).finally(() => clearTimeout(timer));
}

interface Entry {
  op: Operation;
  key: string;
  cancel: (() => void | Promise<void>) | undefined;
  cancelRequested: boolean;
  /** The last percent and phase sent, to send only changes a person would see. */
  sent: { percent: number | null; phase: string };
}

export class OperationRegistry {
  readonly #d: OperationRegistryDeps;
  readonly #ops = new Map<string, Entry>();
  #stopped = false;

  constructor(deps: OperationRegistryDeps) {
    this.#d = deps;
  }

  #now(): number {
    return (this.#d.now ?? Date.now)();
  }

  /** Refuses (CONFLICT, with `busy`) while an operation with this key runs: checked before anything is used up. */
  assertFree(key: string, busy: string): void {
    if (this.#stopped) throw new HearthError('RADIO_UNAVAILABLE', 'Hearth is stopping.', 'Start it again, then try once more.');
    for (const e of this.#ops.values()) if (e.key === key && e.op.state === 'running') throw new HearthError('CONFLICT', busy, 'Wait for it to finish, or cancel it.', { operationId: e.op.id });
  }

  start<K extends OperationKind>(spec: OperationSpec<K>): OperationOf<K> {
    this.assertFree(spec.key, spec.busy);
    this.#prune();
    const at = this.#now();
    const op = {
      id: `op-${randomBytes(8).toString('hex')}`,
      kind: spec.kind,
      state: 'running',
      percent: null,
      phase: spec.phase,
      subject: spec.subject ?? null,
      startedAt: at,
      updatedAt: at,
      endedAt: null,
      cancellable: spec.cancel !== undefined,
    } as OperationOf<K>;
    const entry: Entry = { op, key: spec.key, cancel: spec.cancel, cancelRequested: false, sent: { percent: null, phase: spec.phase } };
    this.#ops.set(op.id, entry);
    const ctl: OperationControl = {
      progress: (p) => this.#progress(entry, p),
      get cancelRequested() {
        return entry.cancelRequested;
      },
    };
    // The work starts after this answer is on its way: the window hears of the operation before its first event.
    const work = new Promise<void>((r) => setImmediate(r)).then(() => spec.run(ctl));
    work.then(
      (result) => {
        const outcome = spec.outcome ? spec.outcome(result, entry.cancelRequested) : entry.cancelRequested ? { state: 'cancelled' as const } : { state: 'done' as const };
        this.#end(entry, outcome, result);
      },
      (err: unknown) => {
        if (!(err instanceof HearthError)) this.#d.log.error(`${spec.kind} failed`, err);
        this.#end(entry, entry.cancelRequested ? { state: 'cancelled' } : { state: 'failed', error: toErrorPayload(err) });
      },
    );
    this.#emit(entry);
    return { ...op };
  }

  get(id: string): Operation {
    const e = this.#ops.get(id);
    if (!e) throw new HearthError('NOT_FOUND', 'Hearth does not know this operation: it ended over 30 minutes ago, or Hearth has restarted since it began.', 'Check the device (or the map) to see where things stand, and start again if needed.');
    return { ...e.op };
  }

  /** Running ones and those that ended lately, newest first. */
  list(): Operation[] {
    this.#prune();
    return [...this.#ops.values()].map((e) => ({ ...e.op })).sort((a, b) => b.startedAt - a.startedAt);
  }

  async cancel(id: string): Promise<Operation> {
    const e = this.#ops.get(id);
    if (!e) return this.get(id);
    if (e.op.state !== 'running') return { ...e.op };
    if (!e.cancel) throw new HearthError('UNSUPPORTED', 'This operation cannot be cancelled.', 'Wait for it to finish.');
    if (!e.cancelRequested) {
      e.cancelRequested = true;
      this.#progress(e, { phase: 'Cancelling…' });
      // A slow device may take a while to hear it: the answer does not wait for that (the end comes as an event).
      await within(Promise.resolve(e.cancel()), CANCEL_WAIT_MS);
    }
    return { ...e.op };
  }

  /** Hearth is stopping: every running operation is asked to stop and ends as failed, so none is left without a state. */
  async stop(): Promise<void> {
    this.#stopped = true;
    const running = [...this.#ops.values()].filter((e) => e.op.state === 'running');
    // Ended first: whatever the work answers while it stops no longer changes how it ended.
    for (const e of running) {
      e.cancelRequested = true;
      this.#end(e, { state: 'failed', error: { code: 'CANCELLED', message: 'Hearth stopped before this finished.', next: 'Start it again once Hearth runs.' } });
    }
    await Promise.all(running.map((e) => within(Promise.resolve(e.cancel?.()), CANCEL_WAIT_MS).catch(() => undefined)));
  }

  #progress(e: Entry, p: { percent?: number | null; phase?: string }): void {
    if (e.op.state !== 'running') return;
    const percent = p.percent === undefined ? e.op.percent : p.percent === null ? null : Math.max(0, Math.min(100, p.percent));
    // A cancel under way keeps saying so.
    const phase = e.cancelRequested ? 'Cancelling…' : (p.phase ?? e.op.phase);
    e.op = { ...e.op, percent, phase, updatedAt: this.#now() };
    const whole = (v: number | null) => (v === null ? null : Math.floor(v));
    if (whole(percent) !== whole(e.sent.percent) || phase !== e.sent.phase) this.#emit(e);
  }

  #end(e: Entry, outcome: Outcome, result?: unknown): void {
    if (e.op.state !== 'running') return;
    const at = this.#now();
    const phase = outcome.state === 'done' ? 'Done' : outcome.state === 'cancelled' ? 'Cancelled' : 'Failed';
    e.op = {
      ...e.op,
      state: outcome.state,
      phase,
      percent: outcome.state === 'done' ? 100 : e.op.percent,
      updatedAt: at,
      endedAt: at,
      cancellable: false,
      ...(result !== undefined ? { result } : {}),
      ...(outcome.state === 'failed' ? { error: outcome.error } : {}),
    } as Operation;
    this.#emit(e);
  }

  #emit(e: Entry): void {
    e.sent = { percent: e.op.percent, phase: e.op.phase };
    this.#d.bus.emit('operation.progress', { ...e.op });
  }

  #prune(): void {
    const keepMs = this.#d.keepMs ?? 30 * 60_000;
    const keep = this.#d.keep ?? 100;
    const now = this.#now();
    const ended = [...this.#ops.values()].filter((e) => e.op.endedAt !== null).sort((a, b) => b.op.endedAt! - a.op.endedAt!);
    ended.forEach((e, i) => {
      if (i >= keep || now - e.op.endedAt! > keepMs) this.#ops.delete(e.op.id);
    });
  }
}
