// Diagnostics for support staff, as the request handlers see it: the log reader, the support bundle and the
// support links. A support session (CallContext.scope 'support') sees log lines with names and secrets hashed
// (one salt for the life of the app, so a name keeps its hash from page to page).
import { randomBytes } from 'node:crypto';
import type { LogPage, LogQuery, SupportBundle } from '../../../shared/contract';
import { queryLogs } from '../logs/query';
import { buildSupportBundle } from './bundle';
import { SupportLinks } from './links';
import { Redactor } from './redact';
import { bundleFromCore, type CoreParts } from './sources';

export interface Diagnostics {
  readonly links: SupportLinks;
  queryLogs(q: LogQuery, o?: { redacted?: boolean }): LogPage;
  bundle(): Promise<SupportBundle>;
}

export function createDiagnostics(d: { core: CoreParts; dataDir: string; logDir: string; now: () => number }): Diagnostics {
  const salt = randomBytes(32);
  const sources = () => bundleFromCore(d.core, { dataDir: d.dataDir, logDir: d.logDir, now: d.now() });
  return {
    links: new SupportLinks({ now: d.now }),
    queryLogs(q, o = {}) {
      const page = queryLogs(d.logDir, q);
      if (!o.redacted) return page;
      const s = sources();
      const r = new Redactor({ salt, secrets: s.secrets, names: [...s.devices.map((x) => x.name), ...s.areas.map((a) => a.name), ...s.personal] });
      return { ...page, entries: page.entries.map((e) => ({ ...e, msg: r.text(e.msg), ...(e.detail ? { detail: r.text(e.detail) } : {}) })) };
    },
    async bundle() {
      const { zip: _zip, ...bundle } = await buildSupportBundle(sources());
      return bundle;
    },
  };
}
