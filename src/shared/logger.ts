// The logging interface every layer may accept; the core supplies the implementation.
export interface Logger {
  info(msg: string, extra?: unknown): void;
  warn(msg: string, extra?: unknown): void;
  error(msg: string, extra?: unknown): void;
  /** The same log with its lines marked as written by `name` (and kept or dropped by that part's level).
   * Optional: a plain sink (a test's) need not have it; use `subsystemLog`. */
  subsystem?(name: string): Logger;
}

/** `log` for one part of Hearth ('zwave', 'automation', …): its own subsystem logger when the log has them. */
export function subsystemLog(log: Logger, name: string): Logger {
  return log.subsystem?.(name) ?? log;
}
