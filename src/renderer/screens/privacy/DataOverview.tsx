// What is stored, why, on which legal basis, for how long; counts and the oldest record per category.
import type { DataCategoryReport } from '../../../shared/contract';
import { setRetention } from '../../api/privacy';
import { useCall } from '../../api/useCall';

const PRESETS = [7, 30, 90, 180, 365, 730, 1095, 1825, 3650];

function days(n: number): string {
  if (n % 365 === 0) return n === 365 ? '1 year' : `${n / 365} years`;
  return n === 1 ? '1 day' : `${n} days`;
}

function RetentionCell({ c, onChanged }: { c: DataCategoryReport; onChanged(): void }) {
  const retention = useCall(setRetention);
  if (c.retentionDays === null || !c.retentionRange) return <>{c.retentionNote}</>;
  const range = c.retentionRange;
  const options = [...new Set([...PRESETS, c.retentionDays])].filter((d) => d >= range.min && d <= range.max).sort((a, b) => a - b);
  return (
    <>
      <select
        aria-label={`Keep ${c.label.toLowerCase()} for`}
        value={c.retentionDays}
        onChange={async (e) => {
          if (await retention.run(c.id, Number(e.target.value))) onChanged();
        }}
      >
        {options.map((d) => (
          <option key={d} value={d}>
            {days(d)}
          </option>
        ))}
      </select>
      <div className="muted small">{c.retentionNote}</div>
    </>
  );
}

export function DataOverview({ categories, onChanged }: { categories: DataCategoryReport[]; onChanged(): void }) {
  return (
    <table className="table privacy-table">
      <caption className="visually-hidden">What Hearth stores about you</caption>
      <thead>
        <tr>
          <th scope="col">Data</th>
          <th scope="col">Why</th>
          <th scope="col">How long</th>
          <th scope="col">Records</th>
          <th scope="col">Oldest</th>
        </tr>
      </thead>
      <tbody>
        {categories.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              <strong>{c.label}</strong>
              <div className="muted small">{c.what}</div>
            </th>
            <td>
              {c.purpose}
              <div className="muted small">{c.legalBasis}</div>
            </td>
            <td>
              <RetentionCell c={c} onChanged={onChanged} />
            </td>
            <td title={c.tables.map((t) => `${t.table}: ${t.rows}`).join('\n')}>{c.rows.toLocaleString()}</td>
            <td>{c.oldest ? new Date(c.oldest).toLocaleDateString() : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
