// Value: what Hearth returned for its price. Energy measured by metered devices (per day, week, month) at the
// person's tariff, energy automations avoided, time automations saved, and the subscription's cost against the
// value returned — each an estimate that says how it was made. Plots drawn with uPlot.
import { useEffect, useMemo, useState } from 'react';
import { HourlyValue, Tariff as TariffSchema, type AutomationSavings, type ValueReport } from '../../../shared/contract';
import { useValue } from '../../store/context';
import { PERIODS } from '../../store/value';
import { BarChart, type BarSeries } from './BarChart';
import { energy, keyLabel, minutes, money } from './format';
import { RatingPrompt } from './RatingPrompt';
import './value.css';

export function ValueScreen() {
  const report = useValue((s) => s.report);
  const days = useValue((s) => s.days);
  const load = useValue((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <div className="value">
      <h1 className="screen-title">Value</h1>
      <p className="lead">What Hearth returned for its price. Energy is measured by your metered devices; what automations avoided and saved are estimates, and each says how it was made.</p>
      <div className="value-periods" role="group" aria-label="Period">
        {PERIODS.map((p) => (
          <button key={p.days} type="button" className={`button small${p.days === days ? ' primary' : ''}`} aria-pressed={p.days === days} onClick={() => void load(p.days)}>
            {p.label}
          </button>
        ))}
      </div>
      <RatingPrompt />
      {report ? <Report report={report} /> : <p className="muted">Reading the figures…</p>}
    </div>
  );
}

function Report({ report: r }: { report: ValueReport }) {
  const cur = r.settings.tariff.currency;
  const fmtMoney = useMemo(() => (v: number) => money(v, cur), [cur]);
  const fmtUsd = useMemo(() => (v: number) => money(v, 'USD'), []);
  const perDay = useMemo(() => ({ labels: r.energy.perDay.map((d) => keyLabel(d.key)), series: [{ label: 'Energy', values: r.energy.perDay.map((d) => d.kwh), color: '--accent' }] as BarSeries[] }), [r]);
  const perAutomation = useMemo(() => {
    const list = r.automations.filter((a) => a.runs > 0 || a.kwh > 0);
    return {
      labels: list.map((a) => a.name),
      series: [
        { label: 'Energy avoided', values: list.map((a) => a.cost), color: '--ok' },
        { label: 'Time saved', values: list.map((a) => (a.minutesSaved / 60) * r.settings.hourlyValue), color: '--accent' },
      ] as BarSeries[],
    };
  }, [r]);
  const perWeek = useMemo(() => ({ labels: r.time.perWeek.map((w) => keyLabel(w.key)), series: [{ label: 'Time saved', values: r.time.perWeek.map((w) => w.minutes), color: '--accent' }] as BarSeries[] }), [r]);
  const comparison = useMemo(
    () => ({
      labels: r.comparison.map((w) => keyLabel(w.key)),
      series: [
        { label: 'Subscription (USD)', values: r.comparison.map((w) => w.cost), color: '--text-2' },
        { label: `Value returned (${cur}, estimate)`, values: r.comparison.map((w) => w.value), color: '--ok' },
      ] as BarSeries[],
    }),
    [r, cur],
  );
  const fmtMin = useMemo(() => (v: number) => minutes(v), []);
  return (
    <>
      <div className="value-figures">
        <Figure testId="figure-energy" title="Energy used" value={energy(r.energy.totalKwh)} sub={`${money(r.energy.totalCost, cur)} at your tariff`} />
        <Figure testId="figure-avoided" title="Energy avoided (estimate)" value={energy(r.avoided.totalKwh)} sub={money(r.avoided.totalCost, cur)} />
        <Figure testId="figure-time" title="Time saved (estimate)" value={minutes(r.time.totalMinutes)} sub={`${money(r.returned.timeValue, cur)} at ${money(r.settings.hourlyValue, cur)} an hour`} />
        <Figure
          testId="figure-return"
          title="Subscription against value returned"
          value={`${money(r.subscription.periodCost, 'USD')} / ${money(r.returned.total, cur)}`}
          sub={`${r.subscription.label}${r.subscription.monthlyPrice ? ` at ${money(r.subscription.monthlyPrice, 'USD')} a month` : ''}; value is an estimate`}
        />
      </div>
      <p className="muted small">{r.subscription.how} {r.returned.how}{r.returned.currencyNote ? ` ${r.returned.currencyNote}` : ''}</p>

      <div className="value-charts">
        <BarChart testId="chart-energy" title="Energy per day" xLabel="Day" labels={perDay.labels} series={perDay.series} unit="" format={energyAxis} />
        <BarChart testId="chart-automations" title={`Savings per automation (${cur}, estimate)`} xLabel="Automation" labels={perAutomation.labels} series={perAutomation.series} unit="" format={fmtMoney} />
        <BarChart testId="chart-time" title="Time saved per week, from Monday (estimate)" xLabel="Week of" labels={perWeek.labels} series={perWeek.series} unit="" format={fmtMin} />
        <BarChart testId="chart-return" title="Subscription cost against value returned, per week from Monday" xLabel="Week of" labels={comparison.labels} series={comparison.series} unit="" format={r.returned.currencyNote ? plain : fmtUsd} />
      </div>

      <Tariff report={r} />

      <section aria-labelledby="energy-title">
        <h2 id="energy-title">Energy by device</h2>
        <p className="muted small">{r.energy.how}</p>
        {r.energy.devices.length === 0 ? (
          <p className="muted">No device here measures power or energy. A metering plug or a device with a power meter adds its figures.</p>
        ) : (
          <table className="table compact value-table" aria-label="Energy by device">
            <thead>
              <tr>
                <th>Device</th>
                <th>Power now</th>
                <th>Energy</th>
                <th>Cost</th>
                <th>How it was measured</th>
              </tr>
            </thead>
            <tbody>
              {r.energy.devices.map((d) => (
                <tr key={d.deviceId} data-testid={`energy-${d.name}`}>
                  <td>{d.name}</td>
                  <td className="nowrap" data-testid="power-now">{d.powerW === null ? '–' : `${Math.round(d.powerW * 10) / 10} W`}</td>
                  <td className="nowrap" data-testid="energy">{energy(d.kwh)}</td>
                  <td className="nowrap">{money(d.cost, cur)}</td>
                  <td className="how">{d.how}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="muted small">
          Per week from Monday: {r.energy.perWeek.map((w) => `${keyLabel(w.key)} ${energy(w.kwh)}`).join(' · ') || '–'}. Per month:{' '}
          {r.energy.perMonth.map((m) => `${m.key} ${energy(m.kwh)}`).join(' · ') || '–'}.
        </p>
      </section>

      <section aria-labelledby="auto-title">
        <h2 id="auto-title">Automations</h2>
        <p className="muted small">{r.time.how}</p>
        {r.automations.length === 0 ? (
          <p className="muted">No automations yet. Each one you make counts its runs here.</p>
        ) : (
          <table className="table compact value-table" aria-label="Savings per automation">
            <thead>
              <tr>
                <th>Automation</th>
                <th>Runs</th>
                <th>Minutes saved per run</th>
                <th>Time saved</th>
                <th>Energy avoided</th>
                <th>How</th>
              </tr>
            </thead>
            <tbody>
              {r.automations.map((a) => (
                <AutomationRow key={a.ruleId} a={a} fallback={r.defaultMinutesPerRun} cur={cur} />
              ))}
            </tbody>
          </table>
        )}
        <p className="muted small">{r.avoided.how}</p>
        {r.avoided.events.length > 0 && (
          <ul className="value-events" aria-label="Devices switched off by automations">
            {r.avoided.events.slice(-20).reverse().map((e) => (
              <li key={`${e.ruleId}:${e.deviceId}:${e.at}`}>
                <span className="muted">{new Date(e.at).toLocaleString()}</span> {e.how}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

const energyAxis = (v: number) => (v === 0 ? '0' : v < 1 ? `${Math.round(v * 1000)} Wh` : `${v.toFixed(1)} kWh`);
const plain = (v: number) => v.toFixed(2);

function Figure({ title, value, sub, testId }: { title: string; value: string; sub: string; testId: string }) {
  return (
    <div className="value-figure" data-testid={testId}>
      <div className="value-figure-title">{title}</div>
      <div className="value-figure-value">{value}</div>
      <div className="value-figure-sub">{sub}</div>
    </div>
  );
}

function AutomationRow({ a, fallback, cur }: { a: AutomationSavings; fallback: number; cur: string }) {
  const setMinutes = useValue((s) => s.setMinutes);
  const [text, setText] = useState(String(a.minutesPerRun));
  useEffect(() => setText(String(a.minutesPerRun)), [a.minutesPerRun]);
  const save = () => {
    const n = Number(text.replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(n)) return setText(String(a.minutesPerRun));
    if (n !== a.minutesPerRun) void setMinutes(a.ruleId, n).then((ok) => !ok && setText(String(a.minutesPerRun)));
  };
  return (
    <tr data-testid={`automation-${a.name}`}>
      <td>{a.name}</td>
      <td className="nowrap">{a.runs}</td>
      <td className="nowrap">
        <input
          type="number"
          min={0}
          max={600}
          step={0.5}
          value={text}
          aria-label={`Minutes ${a.name} saves per run`}
          onChange={(e) => setText(e.target.value)}
          onBlur={save}
          onKeyDown={(e) => e.key === 'Enter' && save()}
          className="value-minutes"
        />{' '}
        {a.customMinutes ? (
          <button type="button" className="button small link" onClick={() => void setMinutes(a.ruleId, null)}>
            Default ({fallback})
          </button>
        ) : (
          <span className="muted small">default</span>
        )}
      </td>
      <td className="nowrap">{minutes(a.minutesSaved)}</td>
      <td className="nowrap">{a.kwh > 0 ? `${energy(a.kwh)} (${money(a.cost, cur)})` : '–'}</td>
      <td className="how">{a.how}</td>
    </tr>
  );
}

function Tariff({ report: r }: { report: ValueReport }) {
  const setTariff = useValue((s) => s.setTariff);
  const setHourly = useValue((s) => s.setHourlyValue);
  const [price, setPrice] = useState(String(r.settings.tariff.pricePerKwh));
  const [currency, setCurrency] = useState(r.settings.tariff.currency);
  const [hourly, setHourlyText] = useState(String(r.settings.hourlyValue));
  const [error, setError] = useState<string | null>(null);
  // Show what the core kept (e.g. "eur" is kept as "EUR").
  useEffect(() => {
    setPrice(String(r.settings.tariff.pricePerKwh));
    setCurrency(r.settings.tariff.currency);
    setHourlyText(String(r.settings.hourlyValue));
  }, [r.settings]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const p = Number(price.replace(',', '.'));
    const h = Number(hourly.replace(',', '.'));
    if (price.trim() === '' || !Number.isFinite(p)) return setError('The price per kWh is a number, such as 0.25.');
    if (hourly.trim() === '' || !Number.isFinite(h)) return setError('The value of an hour is a number, such as 20.');
    // The same rules the core applies, said here beside the fields.
    const tariff = TariffSchema.safeParse({ pricePerKwh: p, currency });
    if (!tariff.success) return setError(tariff.error.issues[0]?.message ?? 'Check the price and the currency.');
    if (!HourlyValue.safeParse(h).success) return setError('The value of an hour is between 0 and 10,000.');
    setError(null);
    if (p !== r.settings.tariff.pricePerKwh || currency.toUpperCase() !== r.settings.tariff.currency) await setTariff({ pricePerKwh: p, currency });
    if (h !== r.settings.hourlyValue) await setHourly(h);
  };
  return (
    <form className="value-tariff" onSubmit={(e) => void submit(e)} aria-label="Your tariff">
      <label>
        Price per kWh <input inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} size={6} />
      </label>
      <label>
        Currency <input value={currency} onChange={(e) => setCurrency(e.target.value)} size={4} maxLength={3} />
      </label>
      <label>
        An hour of your time is worth <input inputMode="decimal" value={hourly} onChange={(e) => setHourlyText(e.target.value)} size={6} />
      </label>
      <button type="submit" className="button small primary">
        Save
      </button>
      {error && (
        <span className="value-error" role="alert">
          {error}
        </span>
      )}
      <span className="muted small">Used for the estimates above; the hourly value is yours to choose.</span>
    </form>
  );
}
