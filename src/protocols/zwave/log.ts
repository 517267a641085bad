// zwave-js's log, routed into Hearth's: one winston transport that takes each zwave-js line (info level and above)
// to the integration's Logger, with what must not be in a log file removed first. zwave-js prints SmartStart
// DSKs ("Including SmartStart node with DSK 12345-…") and S2 PINs at info level; a DSK is eight groups of five
// digits, and any run of two or more such groups (a partial DSK, the PIN's group) is cut out.
import type { Logger } from '../../shared/logger';
import { WinstonTransport } from './zwavejs';

const DSK_GROUPS = /\b\d{5}(?:-\d{5}){1,7}\b/g;

/** `text` without DSKs (whole or partial). */
export function redactZWave(text: string): string {
  return text.replace(DSK_GROUPS, '<dsk>');
}

interface ZWaveLogLine {
  level?: string;
  label?: string;
  primaryTags?: string;
  secondaryTags?: string;
  message?: string | string[];
}

/** The winston transport zwave-js writes to: each line goes to `log`, redacted. */
export function hearthTransport(log: Logger): InstanceType<typeof WinstonTransport> {
  class HearthTransport extends WinstonTransport {
    override log(info: ZWaveLogLine, next: () => void): void {
      const message = Array.isArray(info.message) ? info.message.join(' ') : (info.message ?? '');
      const text = redactZWave([info.label, info.primaryTags, message, info.secondaryTags].filter((p) => p).join(' '));
      if (info.level === 'error') log.error(`zwave-js ${text}`);
      else if (info.level === 'warn') log.warn(`zwave-js ${text}`);
      else log.info(`zwave-js ${text}`);
      next();
    }
  }
  return new HearthTransport({ level: 'info' });
}
