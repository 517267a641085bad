// How the Value screen writes its figures.
export function energy(kwh: number): string {
  if (kwh === 0) return '0 kWh';
  if (Math.abs(kwh) < 1) return `${(kwh * 1000).toFixed(kwh * 1000 < 10 ? 2 : 1)} Wh`;
  return `${kwh.toFixed(kwh < 10 ? 2 : 1)} kWh`;
}

export function money(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

export function minutes(m: number): string {
  const r = Math.round(m);
  if (r < 60) return `${r} min`;
  return `${Math.floor(r / 60)} h${r % 60 ? ` ${r % 60} min` : ''}`;
}

/** "5 Jan" for a day key ("2026-01-05", the home's wall-clock date). */
export function keyLabel(key: string): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
}
