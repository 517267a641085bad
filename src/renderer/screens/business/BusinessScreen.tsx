// Business analytics (Enterprise): import a subscription ledger, pick a month, and read the same figures as
// `npx hearth analytics`, twelve months of MRR (uPlot) and a cohort retention table. Other tiers see it locked,
// with the reason and the way to upgrade.
import { Lock } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { BusinessFigures, LedgerSummary } from '../../../shared/contract';
import { TIERS } from '../../../shared/tiers';
import { businessFigures, clearLedger, importLedger, ledgerSummary } from '../../api/business';
import { useCall } from '../../api/useCall';
import { navigate } from '../../nav/router';
import { useSubscription } from '../../store/context';
import { selectBusinessUnlocked } from '../../store/subscription';
import './business.css';

const usd = (n: number | null) => (n === null ? '—' : n.toLocaleString(undefined, { style: 'currency', currency: 'USD' }));
const pct = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)} %`);
const monthName = (m: string) => new Date(`${m}-15T12:00:00Z`).toLocaleDateString(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "Mar", with the year on January and on the first label ("Jan 2026"). */
const shortMonth = (m: string, first: boolean) =>
  new Date(`${m}-15T12:00:00Z`).toLocaleDateString(undefined, { month: 'short', ...(first || m.endsWith('-01') ? { year: 'numeric' } : {}), timeZone: 'UTC' });

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while ((y < ly || (y === ly && m <= lm)) && out.length < 600) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (m === 12) {
      m = 1;
      y++;
    } else m++;
  }
  return out;
}

function MrrChart({ series }: { series: BusinessFigures['mrrSeries'] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!box.current) return;
    const css = getComputedStyle(document.documentElement);
    const stroke = css.getPropertyValue('--accent').trim() || '#d9651f';
    const text = css.getPropertyValue('--text-2').trim() || '#666';
    const grid = css.getPropertyValue('--border').trim() || '#ddd';
    const xs = series.map((_, i) => i);
    const plot = new uPlot(
      {
        width: Math.max(320, box.current.clientWidth),
        height: 220,
        padding: [12, 36, 0, 0],
        scales: { x: { time: false } },
        axes: [
          { stroke: text, grid: { stroke: grid }, ticks: { stroke: grid }, space: 56, values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) && series[t] ? shortMonth(series[t]!.month, t === 0) : '')) },
          { stroke: text, grid: { stroke: grid }, ticks: { stroke: grid }, size: 70, values: (_u, ticks) => ticks.map((t) => `$${t.toLocaleString()}`) },
        ],
        series: [{}, { label: 'MRR', stroke, width: 2, fill: `color-mix(in srgb, ${stroke} 15%, transparent)`, points: { show: true, size: 6 } }],
        legend: { show: false },
        cursor: { drag: { x: false, y: false } },
      },
      [xs, series.map((p) => p.mrr)],
      box.current,
    );
    return () => plot.destroy();
  }, [series]);
  return (
    <figure className="history-chart" data-testid="mrr-chart">
      <h3>MRR, last 12 months</h3>
      <div ref={box} />
    </figure>
  );
}

function Cohorts({ cohorts, month }: { cohorts: BusinessFigures['cohorts']; month: string }) {
  const width = Math.max(1, ...cohorts.map((c) => c.retained.length));
  if (cohorts.length === 0) return <p className="muted">No customer first paid in the twelve months up to {monthName(month)}.</p>;
  return (
    <div className="table-scroll">
      <table className="table compact cohorts" aria-label="Cohort retention">
        <thead>
          <tr>
            <th scope="col">First paid</th>
            <th scope="col">Customers</th>
            {Array.from({ length: width }, (_, n) => (
              <th scope="col" key={n}>
                {n === 0 ? 'Month 0' : `+${n}`}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cohorts.map((c) => (
            <tr key={c.month}>
              <th scope="row">{monthName(c.month)}</th>
              <td>{c.customers}</td>
              {Array.from({ length: width }, (_, n) => {
                const v = c.retained[n];
                return (
                  <td key={n} className="cohort-cell" style={v === undefined ? undefined : { background: `color-mix(in srgb, var(--ok) ${Math.round(v * 45)}%, transparent)` }}>
                    {v === undefined ? '' : `${Math.round(v * 100)}%`}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Figures({ data }: { data: BusinessFigures }) {
  const f = data.figures;
  const cards: [string, string, string][] = [
    ['MRR', usd(f.mrr), 'Monthly recurring revenue at the end of the month'],
    ['ARR', usd(f.arr), '12 × MRR'],
    ['New MRR', usd(f.new_mrr), 'From customers who paid nothing at the start'],
    ['Expansion', usd(f.expansion_mrr), 'Upgrades of paying customers'],
    ['Contraction', usd(f.contraction_mrr), 'Downgrades (to free included) of customers who stayed'],
    ['Churned MRR', usd(f.churned_mrr), 'Of customers who left'],
    ['Customer churn', pct(f.customer_churn_rate), 'Paying customers at the start who left'],
    ['Revenue churn', pct(f.revenue_churn_rate), '(churned + contraction) ÷ MRR at the start'],
    ['ARPU', usd(f.arpu), 'MRR ÷ paying customers'],
    ['CLV', usd(f.clv), f.clv === null ? 'Not known: no paying customer left this month' : 'ARPU ÷ customer churn'],
  ];
  return (
    <>
      <div className="figure-grid" data-testid="business-figures">
        {cards.map(([label, value, hint]) => (
          <div className="figure" key={label} title={hint}>
            <span className="muted small">{label}</span>
            <strong>{value}</strong>
            <span className="muted small">{hint}</span>
          </div>
        ))}
      </div>
      <p className="muted small">
        Active at the end of the month:{' '}
        {(['enterprise', 'professional', 'premium', 'free'] as const).map((t) => `${TIERS[t].label} ${f.active_by_tier[t] ?? 0}`).join(' · ')} (free customers are never in the paying figures).
      </p>
    </>
  );
}

function Locked() {
  const tier = useSubscription((s) => s.status?.tier ?? 'free');
  return (
    <section className="panel locked" data-testid="business-locked">
      <h2>
        <Lock size={16} aria-hidden="true" /> Business analytics is part of Enterprise
      </h2>
      <p>
        This computer is on {TIERS[tier].label}. Enterprise is for installers and resellers looking after many homes: import your subscription ledger and see MRR, churn, customer
        lifetime value and cohort retention, worked out on this computer.
      </p>
      <button type="button" className="button primary" onClick={() => navigate('subscription')}>
        See the tiers in Subscription
      </button>
    </section>
  );
}

export function BusinessScreen() {
  const unlocked = useSubscription(selectBusinessUnlocked);
  const loadSummary = useCall(ledgerSummary).run;
  const [summary, setSummary] = useState<LedgerSummary | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const [data, setData] = useState<BusinessFigures | null>(null);
  const [importError, setImportError] = useState<string | null>(null);
  const importCall = useCall(importLedger, { handle: (e) => (e.code === 'BAD_REQUEST' ? (setImportError(`${e.message}${e.next ? `\n${e.next}` : ''}`), true) : false) });
  const clear = useCall(clearLedger);
  const figures = useCall(businessFigures).run;

  const took = useCallback((s: LedgerSummary | undefined) => {
    if (!s) return;
    setSummary(s);
    setMonth(s.ledger?.lastMonth ?? null);
    if (!s.ledger) setData(null);
  }, []);
  useEffect(() => void loadSummary().then(took), [loadSummary, took]);
  useEffect(() => {
    if (!unlocked || !month || !summary?.ledger) return;
    let live = true;
    void figures(month).then((d) => live && d && setData(d));
    return () => {
      live = false;
    };
  }, [unlocked, month, summary, figures]);

  const months = summary?.ledger ? monthsBetween(summary.ledger.firstMonth, summary.ledger.lastMonth).reverse() : [];
  return (
    <div className="business">
      <h1 className="screen-title">Business</h1>
      {!unlocked ? (
        <Locked />
      ) : (
        <>
          <section className="panel" aria-labelledby="ledger-title">
            <h2 id="ledger-title">Subscription ledger</h2>
            {summary?.ledger ? (
              <p>
                <strong>{summary.ledger.name}</strong>: {summary.ledger.rows} events of {summary.ledger.customers} customers, {monthName(summary.ledger.firstMonth)} to{' '}
                {monthName(summary.ledger.lastMonth)}, imported {new Date(summary.ledger.importedAt).toLocaleString()}.
              </p>
            ) : (
              <p className="muted">No ledger yet. Import a CSV with the columns date,customer,event,tier,cycle,amount (see docs/SUBSCRIPTIONS.md); it stays on this computer.</p>
            )}
            <div className="row">
              <label className="button primary">
                {summary?.ledger ? 'Import a new ledger…' : 'Import ledger CSV…'}
                <input
                  type="file"
                  accept=".csv,text/csv"
                  hidden
                  data-testid="ledger-file"
                  onChange={async (e) => {
                    const file = e.target.files?.[0];
                    e.target.value = '';
                    if (!file) return;
                    setImportError(null);
                    took(await importCall.run(file.name, await file.text()));
                  }}
                />
              </label>
              {summary?.ledger && (
                <button type="button" className="button small" onClick={async () => took(await clear.run())}>
                  Remove the ledger
                </button>
              )}
              {summary?.ledger && (
                <label>
                  Month{' '}
                  <select value={month ?? ''} onChange={(e) => setMonth(e.target.value)} aria-label="Month">
                    {months.map((m) => (
                      <option key={m} value={m}>
                        {monthName(m)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </div>
            {importError && (
              <pre className="field-error import-error" role="alert">
                {importError}
              </pre>
            )}
          </section>
          {data && summary?.ledger && (
            <>
              <section aria-labelledby="figures-title">
                <h2 id="figures-title">{monthName(data.figures.month)}</h2>
                <Figures data={data} />
              </section>
              <section className="panel">
                <MrrChart series={data.mrrSeries} />
              </section>
              <section className="panel" aria-labelledby="cohort-title">
                <h2 id="cohort-title">Cohort retention</h2>
                <p className="muted small">Customers grouped by the month they first paid; each cell is the share still paying at the end of the month N months later.</p>
                <Cohorts cohorts={data.cohorts} month={data.figures.month} />
              </section>
            </>
          )}
        </>
      )}
    </div>
  );
}
