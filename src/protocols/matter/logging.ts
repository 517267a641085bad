// matter.js logs through a process-wide Logger that writes to the console by default. Hearth's core can set the
// level and take the lines instead (for its own log files and support bundles) with configureMatterLogging().
import { LogFormat, Logger, LogLevel } from './matterjs';

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
  if (options.level) Logger.level = LogLevel(options.level);
  const { sink } = options;
  if (!sink) return;
  const destination = Logger.destinations.default;
  if (!destination) return;
  destination.format = LogFormat(LogFormat.PLAIN);
  destination.write = (text, message) =>
    sink({ level: NAMES[message.level] ?? 'info', facility: message.facility, text, at: message.now.getTime() });
}
