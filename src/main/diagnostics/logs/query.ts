// Reading Hearth's log back (the Logs tab, the support bundle): the rotated files newest first, each line parsed,
// filtered by subsystem, level, device and words, one page at a time. Bounded: at most `maxBytes` of the newest
// lines are read per query (a page says when older lines were left unread).
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { LogEntry, LogPage } from '../../../shared/contract/logs';
import { LogQuery } from '../../../shared/contract/logs';
import { LEVEL_NUMBER, levelName } from './levels';
import { LOG_FILE_STEM } from './logging';

export const MAX_SCAN_BYTES = 16 * 1024 * 1024;
const DETAIL_CHARS = 2000;

/** The log files in `dir`, newest first (pino-roll numbers them: hearth.1.log, hearth.2.log, …). */
export function logFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const numbered = readdirSync(dir)
    .map((f) => ({ f, m: new RegExp(`^${LOG_FILE_STEM}\\.(\\d+)\\.log$`).exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .map((x) => ({ f: x.f, n: Number(x.m[1]) }));
  return numbered.sort((a, b) => b.n - a.n).map((x) => join(dir, x.f));
}

/** The last `max` bytes of a file (from the start of a line); `cut` when the file was longer. */
function tail(file: string, max: number): { text: string; cut: boolean } {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, max);
    const buf = Buffer.alloc(length);
    readSync(fd, buf, 0, length, size - length);
    let text = buf.toString('utf8');
    if (length < size) text = text.slice(text.indexOf('\n') + 1);
    return { text, cut: length < size };
  } finally {
    closeSync(fd);
  }
}

/** Raw lines, newest first, from the newest files, within `maxBytes`. */
export function* newestLines(dir: string, maxBytes = MAX_SCAN_BYTES): Generator<string, boolean> {
  let budget = maxBytes;
  const files = logFiles(dir);
  for (let i = 0; i < files.length; i++) {
    if (budget <= 0) return true;
    const { text, cut } = tail(files[i]!, budget);
    budget -= Buffer.byteLength(text);
    const lines = text.split('\n');
    for (let j = lines.length - 1; j >= 0; j--) if (lines[j]) yield lines[j]!;
    if (cut) return true;
  }
  return false;
}

function detailOf(o: Record<string, unknown>): string | undefined {
  const parts: string[] = [];
  if (o.err !== undefined) parts.push(String(o.err));
  if (o.extra !== undefined) parts.push(typeof o.extra === 'string' ? o.extra : JSON.stringify(o.extra));
  if (!parts.length) return undefined;
  const text = parts.join('\n');
  return text.length > DETAIL_CHARS ? `${text.slice(0, DETAIL_CHARS)}…` : text;
}

/** One line of the file as an entry; null for a line that is not one of ours. */
export function parseLine(line: string): LogEntry | null {
  let o: unknown;
  try {
    o = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof o !== 'object' || o === null) return null;
  const r = o as Record<string, unknown>;
  if (typeof r.time !== 'number' || typeof r.level !== 'number' || typeof r.msg !== 'string') return null;
  const detail = detailOf(r);
  return {
    time: r.time,
    level: levelName(r.level),
    subsystem: typeof r.subsystem === 'string' ? r.subsystem : 'core',
    msg: r.msg,
    ...(typeof r.deviceId === 'string' ? { deviceId: r.deviceId } : {}),
    ...(detail ? { detail } : {}),
  };
}

export function queryLogs(dir: string | undefined, input: LogQuery, maxBytes = MAX_SCAN_BYTES): LogPage {
  const q = LogQuery.parse(input);
  if (!dir) return { entries: [], nextCursor: null, truncated: false };
  const min = q.level ? LEVEL_NUMBER[q.level] : 0;
  const words = q.text ? q.text.toLowerCase().split(/\s+/).filter(Boolean) : [];
  const skip = q.cursor ?? 0;
  const entries: LogEntry[] = [];
  let matched = 0;
  const lines = newestLines(dir, maxBytes);
  for (;;) {
    const next = lines.next();
    if (next.done) return { entries, nextCursor: null, truncated: next.value };
    const e = parseLine(next.value);
    if (!e) continue;
    if (q.subsystem && e.subsystem !== q.subsystem) continue;
    if (LEVEL_NUMBER[e.level] < min) continue;
    if (q.deviceId && e.deviceId !== q.deviceId && !e.msg.includes(q.deviceId)) continue;
    if (words.length) {
      const hay = `${e.msg}\n${e.detail ?? ''}`.toLowerCase();
      if (!words.every((w) => hay.includes(w))) continue;
    }
    matched++;
    if (matched <= skip) continue;
    if (entries.length === q.limit) return { entries, nextCursor: skip + entries.length, truncated: false };
    entries.push(e);
  }
}
