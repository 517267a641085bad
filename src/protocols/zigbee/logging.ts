// zigbee-herdsman and zigbee-herdsman-converters log through one logger each, set for the whole process
// (setLogger). The integration sets them when it starts: their error lines go to its Logger, with the network
// key redacted (herdsman prints it when the adapter's configuration does not match); the rest is dropped.
import { setConvertersLogger, setHerdsmanLogger } from './herdsman';
import type { Logger } from '../../shared/logger';

type Msg = string | (() => string);

/** `onError` sees every error line even without a logger (herdsman reports why an interview failed only in its log). */
export function installLogging(log: Logger | undefined, secrets: Uint8Array[], onError?: (message: string, namespace: string) => void): void {
  // Any case, with or without 0x and separators between the bytes (herdsman prints keys as hex strings, as
  // byte lists, as 0x-prefixed words); decimal byte lists with or without spaces.
  const patterns = secrets
    .filter((s) => s.length > 0)
    .flatMap((s) => [
      new RegExp(`(?:0x)?${[...s].map((b) => b.toString(16).padStart(2, '0')).join('(?:[\\s:,-]*(?:0x)?)')}`, 'gi'),
      new RegExp(`(?<!\\d)${[...s].join('\\s*,\\s*')}(?!\\d)`, 'g'),
    ]);
  const redact = (m: string) => patterns.reduce((out, p) => out.replace(p, '<redacted>'), m);
  const ignore = () => undefined;
  // Both libraries call lambdas lazily; nothing below error level is formatted at all.
  const error = (m: Msg, ns: string) => {
    const text = redact(typeof m === 'function' ? m() : m);
    onError?.(text, ns);
    log?.warn(`zigbee ${ns}: ${text}`);
  };
  const logger = { debug: ignore, info: ignore, warning: ignore, error };
  setHerdsmanLogger(logger);
  setConvertersLogger(logger);
}
