// Minimal structured logger for the core: one JSON line per entry to a sink (stderr by default).
import type { Logger } from '../shared/logger';

export type LogSink = (line: string) => void;

export function createLogger(scope: string, sink: LogSink = (l) => process.stderr.write(l + '\n'), quiet = false): Logger {
  const write = (level: string, msg: string, extra?: unknown) => {
    if (quiet && level === 'info') return;
    const entry: Record<string, unknown> = { t: new Date().toISOString(), level, scope, msg };
    if (extra instanceof Error) entry.error = extra.stack ?? extra.message;
    else if (extra !== undefined) entry.extra = extra;
    sink(JSON.stringify(entry));
  };
  return {
    info: (m, e) => write('info', m, e),
    warn: (m, e) => write('warn', m, e),
    error: (m, e) => write('error', m, e),
  };
}
