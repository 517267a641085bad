// matter.js logs through a process-wide Logger that writes to the console by default. Hearth's core can set the
// level and take the lines instead (for its own log files and support bundles) with configureMatterLogging().
import type { Logger } from '../../shared/logger';
import { LogFormat, Logger as MatterLogger, LogLevel } from './matterjs';

export type MatterLogLevel = 'debug' | 'info' | 'notice' | 'warn' | 'error' | 'fatal';

export interface MatterLogLine {
  level: MatterLogLevel;
  /** matter.js component ("PaseServer", "CommissioningClient"...). */
  facility: string;
  text: string;
  at: number;
}

const NAMES: MatterLogLevel[] = ['debug', 'info', 'notice', 'warn', 'error', 'fatal'];

export function configureMatterLogging(options: { level?: MatterLogLevel; sink?: (line: MatterLogLine) => void }): void {
  if (options.level) MatterLogger.level = LogLevel(options.level);
  const { sink } = options;
  if (!sink) return;
  const destination = MatterLogger.destinations.default;
  if (!destination) return;
  destination.format = LogFormat(LogFormat.PLAIN);
  destination.write = (text, message) =>
    sink({ level: NAMES[message.level] ?? 'info', facility: message.facility, text, at: message.now.getTime() });
}

/** matter.js's own prefix ("2026-01-01 10:00:00.000 WARN Facility "), which a Logger's entry already carries. */
const PREFIX = /^\S+ \S+ +[A-Z]+ +\S+ +/;

/**
 * matter.js logs through one Logger for the whole process: the controller sets it when it starts. Its errors go to
 * `log` as warnings (fatal ones as errors), its warnings (expected ones among them, such as test devices'
 * attestation notes) as info; the rest is dropped.
 */
export function routeMatterLogging(log: Logger): void {
  configureMatterLogging({
    level: 'warn',
    sink: (line) => {
      const text = `matter ${line.facility}: ${line.text.replace(PREFIX, '')}`;
      if (line.level === 'fatal') log.error(text);
      else if (line.level === 'error') log.warn(text);
      else log.info(text);
    },
  });
}

/** How much matter.js says at all (tests and scripts that assert instead of logging: 'fatal'). */
export function setMatterLogLevel(level: MatterLogLevel): void {
  configureMatterLogging({ level });
}
