// Hearth's log: pino, one JSON line per entry, each marked with the part of Hearth that wrote it (its subsystem:
// zwave, zigbee, matter, automation, hub, …) and kept or dropped by that subsystem's level (the setting
// 'diagnostics.logLevels'). Lines go to rotated files in the data folder (pino-roll: a new file at a size and
// every day, the newest N kept) and, when asked (hub mode), to stderr. Everything else sees the shared Logger.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pino, { type Logger as Pino } from 'pino';
import roll from 'pino-roll';
import type { SonicBoom } from 'sonic-boom';
import type { Logger } from '../../../shared/logger';
import type { LogLevel, LogSubsystem } from './levels';

/** File name stem of the rotated files: hearth.1.log, hearth.2.log, … (query.ts reads them). */
export const LOG_FILE_STEM = 'hearth';

export interface LoggingOptions {
  /** Folder of the rotated files (the data folder's `logs/`); no files when absent. */
  dir?: string | undefined;
  /** Also write lines at this level and above to stderr (hub mode, Electron's terminal); false: never. */
  stderr?: LogLevel | false;
  /** A new file once one reaches this size (pino-roll units: '10m', '512k'). Default '10m'. */
  size?: string;
  /** A new file every day ('daily', the default) or every N ms. */
  frequency?: 'daily' | number;
  /** How many files are kept, the one being written included. Default 5. */
  keep?: number;
  /** Level per subsystem; a subsystem not named writes 'info' and above. */
  levels?: Partial<Record<LogSubsystem, LogLevel>>;
  /** Subsystem of the root logger's own lines. Default 'core'. */
  root?: string;
}

export interface Logging {
  /** The root logger (subsystem 'core'); `log.subsystem(name)` gives the others. */
  readonly log: Logger;
  for(subsystem: string): Logger;
  /** Changes the levels (from the setting); a subsystem not named goes back to 'info'. */
  setLevels(levels: Partial<Record<string, LogLevel>>): void;
  /** Where the files are, when there are files. */
  readonly dir: string | undefined;
  /** Opens the rotated files in `folder` (the data folder's `logs/`); lines written before went to stderr only. */
  openFiles(folder: string): Promise<void>;
  /** Waits until every line written so far is in the file. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** An `extra` as fields of the line: an Error's stack, a device id where there is one, else the value itself. */
function fieldsOf(extra: unknown): Record<string, unknown> | undefined {
  if (extra === undefined) return undefined;
  if (extra instanceof Error) return { err: extra.stack ?? extra.message };
  if (typeof extra === 'object' && extra !== null && !Array.isArray(extra)) {
    const o = extra as Record<string, unknown>;
    return typeof o.deviceId === 'string' ? { deviceId: o.deviceId, extra } : { extra };
  }
  return { extra };
}

function wrap(p: Pino, make: (name: string) => Logger): Logger {
  const line = (level: 'info' | 'warn' | 'error') => (msg: string, extra?: unknown) => {
    const f = fieldsOf(extra);
    if (f) p[level](f, msg);
    else p[level](msg);
  };
  return { info: line('info'), warn: line('warn'), error: line('error'), subsystem: make };
}

/** The log with its files in `o.dir` (when given) already open. */
export async function createLogging(o: LoggingOptions = {}): Promise<Logging> {
  const logging = createLogs(o);
  if (o.dir) await logging.openFiles(o.dir);
  return logging;
}

/** The log without files yet (a host knows its data folder only after reading its options): `openFiles` adds them. */
export function createLogs(o: Omit<LoggingOptions, 'dir'> = {}): Logging {
  const streams = pino.multistream(o.stderr ? [{ level: o.stderr, stream: pino.destination({ fd: 2, sync: true }) }] : []);
  const root = pino({ level: 'debug', base: null, messageKey: 'msg', formatters: { level: (_label, number) => ({ level: number }) } }, streams);
  let file: SonicBoom | undefined;
  let dir: string | undefined;
  let closed = false;
  let levels: Partial<Record<string, LogLevel>> = { ...(o.levels ?? {}) };
  const children = new Map<string, { pino: Pino; logger: Logger }>();
  const levelOf = (name: string) => levels[name] ?? 'info';
  const make = (name: string): Logger => {
    const known = children.get(name);
    if (known) return known.logger;
    const child = root.child({ subsystem: name }, { level: levelOf(name) });
    const logger = wrap(child, make);
    children.set(name, { pino: child, logger });
    return logger;
  };
  const log = make(o.root ?? 'core');
  return {
    log,
    get dir() {
      return dir;
    },
    for: make,
    async openFiles(folder) {
      if (file) throw new Error('the log files are already open');
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      file = await roll({
        file: join(folder, LOG_FILE_STEM),
        extension: '.log',
        size: o.size ?? '10m',
        frequency: o.frequency ?? 'daily',
        mkdir: true,
        // Written at once: the lines before a crash are the ones support needs.
        sync: true,
        // With removeOtherLogFiles, pino-roll's count is every file kept, the one being written included.
        limit: { count: Math.max(1, o.keep ?? 5), removeOtherLogFiles: true },
      });
      dir = folder;
      streams.add({ level: 'debug', stream: file });
    },
    setLevels(next) {
      levels = { ...next };
      for (const [name, c] of children) c.pino.level = levelOf(name);
    },
    flush: () =>
      new Promise<void>((resolve) => {
        if (!file || closed) return resolve();
        file.flush(() => resolve());
      }),
    async close() {
      if (!file || closed) return;
      closed = true;
      const f = file;
      await new Promise<void>((resolve) => {
        f.once('close', () => resolve());
        f.end();
      });
    },
  };
}
