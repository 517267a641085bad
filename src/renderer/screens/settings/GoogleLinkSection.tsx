// Settings → Voice assistants → Google Assistant: whether a forwarding relay has talked to Hearth for Google — the last
// SYNC (and how many devices Google was given), QUERY and EXECUTE, and the last error Hearth answered it — so the owner
// can tell a working link from a relay that never arrived. Read again every half minute while shown (the relay's
// requests raise no event), and when the devices exposed to Google change. Owner only: others see nothing here.
import { useCallback, useEffect, useState } from 'react';
import type { GoogleLinkActivity } from '../../../shared/contract';
import { googleActivity } from '../../api/assistants';
import { useCall } from '../../api/useCall';
import { useEvent } from '../../api/useEvent';
import { ago } from '../diagnostics/format';

const REFRESH_MS = 30_000;

function when(at: number | null, now: number): string {
  return at === null ? 'never' : `${ago(at, now)} (${new Date(at).toLocaleString()})`;
}

function linkText(a: GoogleLinkActivity): string {
  if (a.linked) return 'Linked: a relay has asked for this home’s devices for Google.';
  if (a.unlinkedAt !== null) return 'Unlinked in the Google Home app; Google is told nothing until it links again.';
  return 'Not linked: no relay has asked for this home’s devices for Google yet (see docs/ASSISTANTS.md).';
}

export function GoogleLinkSection() {
  const load = useCall(googleActivity, { quiet: true }).run;
  const [a, setA] = useState<GoogleLinkActivity | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const refresh = useCallback(async () => {
    const r = await load();
    setNow(Date.now());
    if (r) setA(r);
  }, [load]);
  useEffect(() => {
    void refresh();
    const t = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(t);
  }, [refresh]);
  useEvent('assistants.exposure.changed', (c) => c.assistant === 'google' && void refresh());
  if (!a) return null;
  return (
    <section className="apple-home" aria-labelledby="google-link-title">
      <h3 id="google-link-title">Google Assistant link</h3>
      <p role="status">{linkText(a)}</p>
      <dl className="facts">
        <dt>Last SYNC</dt>
        <dd>
          {when(a.linkedAt, now)}
          {a.synced !== null && ` · ${a.synced} ${a.synced === 1 ? 'device' : 'devices'} given to Google`}
        </dd>
        <dt>Last QUERY</dt>
        <dd>{when(a.lastQueryAt, now)}</dd>
        <dt>Last EXECUTE</dt>
        <dd>{when(a.lastExecuteAt, now)}</dd>
        <dt>Exposed now</dt>
        <dd>
          {a.exposed} {a.exposed === 1 ? 'device' : 'devices'}
          {a.synced !== null && a.synced !== a.exposed && ' (Google has not synced since the change: say “Hey Google, sync my devices”)'}
        </dd>
        <dt>Last error</dt>
        <dd>{a.lastError ? `${when(a.lastError.at, now)}, ${a.lastError.intent}: ${a.lastError.message}` : 'none'}</dd>
      </dl>
    </section>
  );
}
