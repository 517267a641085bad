// Small pieces around herdsman's Controller that the adapter needs but that are not its job:
// listener fan-out, closing a half-started controller, file permissions, pending read-backs.
import { chmodSync } from 'node:fs';
import type { Controller } from './herdsman';
import { dataPaths } from './options';

/** Calls every listener; one failing listener must not break the others. */
export function fanOut<T>(listeners: Set<(e: T) => void>, event: T): void {
  for (const l of [...listeners]) {
    try {
      l(event);
    } catch {
      // ignored on purpose
    }
  }
}

/** Stops herdsman; if start-up failed half-way, closes the serial/TCP link it left open. */
export async function teardownController(c: Controller): Promise<void> {
  try {
    await c.stop();
  } catch {
    // Controller.stop() assumes a fully started adapter.
  }
  c.removeAllListeners();
  if (c.isAdapterDisconnected()) {
    // herdsman keeps the link open when start() fails after connecting; its adapter is private.
    const adapter = (c as unknown as { adapter?: { stop(): Promise<void> } }).adapter;
    await adapter?.stop().catch(() => undefined);
  }
}

/** herdsman writes coordinator_backup.json (which contains the network key) with default permissions. */
export function protectBackupFile(dataDir: string): void {
  try {
    chmodSync(dataPaths(dataDir).coordinatorBackup, 0o600);
  } catch {
    // not written yet
  }
}

/** Timers that read a value back when the device did not report it in time, one per device+capability. */
export class ReadBacks {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  schedule(key: string, ms: number, fn: () => void): void {
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        fn();
      }, ms),
    );
  }

  cancel(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
  }

  clear(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
