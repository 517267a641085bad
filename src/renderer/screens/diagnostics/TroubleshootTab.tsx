// Guided troubleshooting: pick what is wrong (and the device or automation), run the checks against the live
// home, and see each check's result, what was found, the fix and the article that explains it.
import { useState } from 'react';
import type { TroubleshootFlow, TroubleshootReport } from '../../../shared/contract';
import { runTroubleshooter } from '../../api/help';
import { useCall } from '../../api/useCall';
import { useAutomations, useHome } from '../../store/context';

const FLOWS: { id: TroubleshootFlow; label: string; needs: 'device' | 'rule' | 'deviceOptional' | null }[] = [
  { id: 'deviceOffline', label: 'A device is offline', needs: 'device' },
  { id: 'stickNotFound', label: 'A stick is not found', needs: null },
  { id: 'pairingFailed', label: 'Pairing or the interview failed', needs: 'deviceOptional' },
  { id: 'automationDidNotRun', label: 'An automation didn’t run', needs: 'rule' },
  { id: 'slowResponse', label: 'Devices respond slowly', needs: 'deviceOptional' },
];

const RESULT: Record<TroubleshootReport['checks'][number]['result'], string> = { ok: 'OK', problem: 'Problem', unknown: 'Could not check' };

export function TroubleshootTab() {
  const devices = useHome((s) => s.devices);
  const rules = useAutomations((s) => s.rules);
  const [flow, setFlow] = useState<TroubleshootFlow>('deviceOffline');
  const [target, setTarget] = useState('');
  const [report, setReport] = useState<TroubleshootReport | null>(null);
  const run = useCall(runTroubleshooter);
  const needs = FLOWS.find((f) => f.id === flow)!.needs;
  const list = Object.values(devices).sort((a, b) => a.name.localeCompare(b.name));

  const start = async () => {
    setReport(null);
    const t = needs === 'rule' ? { ruleId: target } : needs && target ? { deviceId: target } : {};
    const r = await run.run(flow, t);
    if (r) setReport(r);
  };

  return (
    <section className="troubleshoot-tab" aria-label="Troubleshoot">
      <div className="troubleshoot-form">
        <label>
          What is wrong?{' '}
          <select value={flow} onChange={(e) => { setFlow(e.target.value as TroubleshootFlow); setTarget(''); setReport(null); }}>
            {FLOWS.map((f) => <option key={f.id} value={f.id}>{f.label}</option>)}
          </select>
        </label>
        {(needs === 'device' || needs === 'deviceOptional') && (
          <label>
            Device{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Device">
              <option value="">{needs === 'device' ? 'Choose a device' : 'All devices'}</option>
              {list.map((d) => <option key={d.id} value={d.id}>{d.name}{d.health === 'offline' ? ' (offline)' : ''}</option>)}
            </select>
          </label>
        )}
        {needs === 'rule' && (
          <label>
            Automation{' '}
            <select value={target} onChange={(e) => setTarget(e.target.value)} aria-label="Automation">
              <option value="">Choose an automation</option>
              {rules.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
            </select>
          </label>
        )}
        <button type="button" className="button primary" disabled={run.busy || ((needs === 'device' || needs === 'rule') && !target)} onClick={() => void start()}>
          {run.busy ? 'Checking…' : 'Run the checks'}
        </button>
      </div>
      {report && (
        <div className="troubleshoot-report">
          <p className="troubleshoot-conclusion"><strong>{report.conclusion}</strong></p>
          <ol className="troubleshoot-checks" aria-label="Checks">
            {report.checks.map((c) => (
              <li key={c.id} className={`check check-${c.result}`}>
                <span className={`check-result check-result-${c.result}`}>{RESULT[c.result]}</span>
                <div>
                  <div className="check-label">{c.label}</div>
                  <div className="check-detail">{c.detail}</div>
                  {c.fix && <div className="check-fix">What to do: {c.fix}</div>}
                  {c.article && <a href={`#/diagnostics?tab=help&article=${c.article}`}>Read more</a>}
                </div>
              </li>
            ))}
          </ol>
          <a href={`#/diagnostics?tab=help&article=${report.article}`}>The full guide</a>
        </div>
      )}
    </section>
  );
}
