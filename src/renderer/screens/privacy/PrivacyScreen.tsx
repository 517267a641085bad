// Privacy and your data: what is stored and why, consents with their history, download, erase, retention,
// the record of processing and the audit log (GDPR art. 7, 15–17, 20, 30).
import { useCallback, useEffect, useState } from 'react';
import type { PrivacyOverview } from '../../../shared/contract';
import { applyRetention, diagnosticsPreview, privacyOverview } from '../../api/privacy';
import { useCall } from '../../api/useCall';
import { AuditSection } from './AuditSection';
import { ConsentList } from './ConsentList';
import { DataOverview } from './DataOverview';
import { DownloadData, EraseData } from './DataRights';
import { useConsents } from './useConsents';

const PURPOSE_TITLES: Record<string, string> = {
  diagnostics: 'Diagnostics',
  analytics: 'Usage statistics',
  voiceAssistant: 'Voice assistant',
  cloudServices: 'Online services',
  matterHomeNetwork: 'Matter on your home network',
  appleHomeNetwork: 'Apple Home on your home network',
  necessary: 'Necessary',
};

export function PrivacyScreen() {
  const loadOverview = useCall(privacyOverview).run;
  const retention = useCall(applyRetention);
  const diagnostics = useCall(diagnosticsPreview);
  const [overview, setOverview] = useState<PrivacyOverview | null>(null);
  const [version, setVersion] = useState(0);
  const [diag, setDiag] = useState<string | null>(null);
  const { purposes, history, set } = useConsents();
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    void loadOverview().then((r) => r && setOverview(r));
  }, [loadOverview, version, history.length]);

  return (
    <div className="privacy">
      <h1 className="screen-title">Privacy and your data</h1>
      <p className="lead">Everything below stays on this computer. Hearth’s makers receive none of it.</p>

      <section aria-labelledby="stored-title">
        <h2 id="stored-title">What Hearth stores, and why</h2>
        {overview ? <DataOverview categories={overview.categories} onChanged={refresh} /> : <p className="muted">Loading…</p>}
        <button
          type="button"
          className="button small"
          onClick={async () => {
            if (await retention.run()) refresh();
          }}
        >
          Delete expired records now
        </button>
      </section>

      <section aria-labelledby="consents-title">
        <h2 id="consents-title">Your consents</h2>
        {purposes && <ConsentList purposes={purposes} onChange={(c, on) => void set(c, on)} />}
        <details>
          <summary>History of your choices ({history.length})</summary>
          <ul className="plain-list">
            {history.map((h, i) => (
              <li key={i}>
                {new Date(h.at).toLocaleString()}: {h.granted ? 'gave' : 'withdrew'} consent to <strong>{PURPOSE_TITLES[h.purpose]}</strong>{' '}
                (text version {h.textVersion}, {h.actor})
              </li>
            ))}
          </ul>
        </details>
        <details
          onToggle={async (e) => {
            if ((e.target as HTMLDetailsElement).open) setDiag((await diagnostics.run())?.json ?? null);
          }}
        >
          <summary>What a diagnostics report would contain</summary>
          <pre className="code-block">{diag ?? 'Loading…'}</pre>
        </details>
      </section>

      <section aria-labelledby="rights-title">
        <h2 id="rights-title">Your data</h2>
        <DownloadData />
        <EraseData />
      </section>

      {overview && (
        <section aria-labelledby="record-title">
          <h2 id="record-title">Record of processing</h2>
          <dl className="summary">
            <dt>Who is responsible</dt>
            <dd>{overview.record.controller}</dd>
            <dt>Who receives it</dt>
            <dd>{overview.record.recipients}</dd>
            <dt>Transfers</dt>
            <dd>{overview.record.transfers}</dd>
            <dt>How it is protected</dt>
            <dd>
              <ul className="plain-list">
                {overview.record.security.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </dd>
          </dl>
        </section>
      )}

      <section aria-labelledby="audit-title">
        <h2 id="audit-title">Who accessed your data</h2>
        <AuditSection version={version} />
      </section>
    </div>
  );
}
