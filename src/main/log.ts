// The hosts' log (hub, Electron): pino through diagnostics/logs/logging.ts. Until the data folder is known it
// writes to stderr only; `openLogFiles` then adds the rotated files in <data folder>/logs, and `applyLogLevels`
// the per-subsystem levels saved in the setting 'diagnostics.logLevels'.
import { join } from 'node:path';
import { createLogs, type Logging } from './diagnostics/logs/logging';
import type { AppSettings } from './settings';

export type { Logging };

/** stderr shows warnings and errors (everything with HEARTH_LOG=debug); the files keep every level in force. */
export function createHostLogging(env: Readonly<Record<string, string | undefined>> = process.env): Logging {
  return createLogs({ stderr: env.HEARTH_LOG === 'debug' ? 'debug' : 'warn', root: 'core' });
}

export function logFolder(dataDir: string): string {
  return join(dataDir, 'logs');
}

export async function openLogFiles(logging: Logging, dataDir: string): Promise<void> {
  try {
    await logging.openFiles(logFolder(dataDir));
  } catch (err) {
    logging.log.warn(`could not open the log files in ${logFolder(dataDir)}; logging to the terminal only`, err);
  }
}

export function applyLogLevels(logging: Logging, settings: AppSettings): void {
  logging.setLevels(settings.get('diagnostics.logLevels'));
}
