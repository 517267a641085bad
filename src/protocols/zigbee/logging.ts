// Routes zigbee-herdsman's and the converters' global loggers into one sink, with the network key
// redacted (herdsman prints it when the adapter's configuration does not match).
import { setLogger as setHerdsmanLogger } from 'zigbee-herdsman';
import { setLogger as setConvertersLogger } from 'zigbee-herdsman-converters';
import type { ZigbeeLogLevel, ZigbeeLogSink } from './options';

type Msg = string | (() => string);

/**
 * `onError` sees every error line even without a sink (herdsman reports why an interview failed only
 * in its log).
 */
export function installLogging(sink: ZigbeeLogSink | undefined, secrets: Uint8Array[], onError?: (message: string, namespace: string) => void): void {
  const hex = secrets.map((s) => Buffer.from(s).toString('hex')).filter((h) => h.length > 0);
  const decimals = secrets.map((s) => [...s].join(','));
  const redact = (m: string) => {
    let out = m;
    for (const h of hex) out = out.split(h).join('<redacted>');
    for (const d of decimals) out = out.split(d).join('<redacted>');
    return out;
  };
  const emit = (level: ZigbeeLogLevel) => (m: Msg, ns: string) => {
    const tap = level === 'error' ? onError : undefined;
    if (!sink && !tap) return;
    const text = redact(typeof m === 'function' ? m() : m);
    tap?.(text, ns);
    sink?.(level, text, ns);
  };
  // Both libraries call lambdas lazily; with no sink nothing below error level is formatted at all.
  const logger = { debug: emit('debug'), info: emit('info'), warning: emit('warning'), error: emit('error') };
  setHerdsmanLogger(logger);
  setConvertersLogger(logger);
}
