// zigbee-herdsman and zigbee-herdsman-converters log through one logger each, set for the whole process
// (setLogger). The integration sets them when it starts: their error lines go to its Logger, with the network
// key redacted (herdsman prints it when the adapter's configuration does not match); the rest is dropped.
import { setConvertersLogger, setHerdsmanLogger } from './herdsman';
import type { Logger } from '../../shared/logger';

type Msg = string | (() => string);

/** `onError` sees every error line even without a logger (herdsman reports why an interview failed only in its log). */
export function installLogging(log: Logger | undefined, secrets: Uint8Array[], onError?: (message: string, namespace: string) => void): void {
  const hex = secrets.map((s) => Buffer.from(s).toString('hex')).filter((h) => h.length > 0);
  const decimals = secrets.map((s) => [...s].join(','));
  const redact = (m: string) => {
    let out = m;
    for (const h of hex) out = out.split(h).join('<redacted>');
    for (const d of decimals) out = out.split(d).join('<redacted>');
    return out;
  };
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
