// What Hearth's log is made of, shared by the writer (logging.ts), the reader (query.ts) and the settings:
// subsystems (who wrote a line, declared in the contract) and levels.
import type { LogLevel } from '../../../shared/contract/logs';

export { LogLevel, LogSubsystem } from '../../../shared/contract/logs';

/** pino's numbers for our levels (lines in the file carry the number). */
export const LEVEL_NUMBER: Record<LogLevel, number> = { debug: 20, info: 30, warn: 40, error: 50 };

export function levelName(n: number): LogLevel {
  if (n >= 50) return 'error';
  if (n >= 40) return 'warn';
  if (n >= 30) return 'info';
  return 'debug';
}
