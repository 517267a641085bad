// The common cases of Home Assistant's Jinja value templates, read without running any template engine:
// `{{ value }}`, `{{ value_json.a.b }}`, `{{ value_json['A'].b }}`, `{{ value_json.x[0] }}`, followed by the
// filters int, float, round(n), lower, upper, string and default(x). Anything else is not understood (null).
type Filter = (v: unknown) => unknown;

const PATH_PART = /^(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*(?:'([^']*)'|"([^"]*)"|(\d+))\s*\])/;
const FILTERS: Array<[RegExp, (m: RegExpExecArray) => Filter]> = [
  [/^int$/, () => (v) => (Number.isFinite(Number(v)) ? Math.trunc(Number(v)) : 0)],
  [/^float$/, () => (v) => (Number.isFinite(Number(v)) ? Number(v) : 0)],
  // Digits beyond what a double holds change nothing (and toFixed refuses more than 100).
  [/^round(?:\((\d+)\))?$/, (m) => (v) => Number(Number(v).toFixed(Math.min(20, Number(m[1] ?? 0))))],
  [/^lower$/, () => (v) => String(v).toLowerCase()],
  [/^upper$/, () => (v) => String(v).toUpperCase()],
  [/^string$/, () => (v) => String(v)],
  [/^default\(\s*(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))\s*\)$/, (m) => (v) => (v === undefined ? (m[1] ?? m[2] ?? Number(m[3])) : v)],
];

/** What a template reads out of a payload: a function, or null when the template is beyond the common cases. */
export type ValueReader = (payload: string) => unknown;

export function compileValueTemplate(template: string | undefined): ValueReader | null {
  if (template === undefined || template.trim() === '') return (p) => p;
  const m = /^\s*\{\{\s*(.*?)\s*\}\}\s*$/s.exec(template);
  if (!m) return null;
  const [head, ...filterTexts] = m[1]!.split('|').map((s) => s.trim());
  const filters: Filter[] = [];
  for (const f of filterTexts) {
    const hit = FILTERS.map(([re, make]) => {
      const mm = re.exec(f);
      return mm ? make(mm) : null;
    }).find((x) => x !== null);
    if (!hit) return null;
    filters.push(hit);
  }
  const apply = (v: unknown) => filters.reduce((acc, f) => f(acc), v);
  if (head === 'value') return (p) => apply(p);
  if (!head!.startsWith('value_json')) return null;
  let rest = head!.slice('value_json'.length);
  const path: Array<string | number> = [];
  while (rest.length > 0) {
    const pm = PATH_PART.exec(rest);
    if (!pm) return null;
    path.push(pm[4] !== undefined ? Number(pm[4]) : (pm[1] ?? pm[2] ?? pm[3])!);
    rest = rest.slice(pm[0].length);
  }
  return (p) => {
    let v: unknown;
    try {
      v = JSON.parse(p);
    } catch {
      return undefined;
    }
    for (const k of path) {
      if (v === null || typeof v !== 'object' || !Object.hasOwn(v, k)) return apply(undefined);
      v = (v as Record<string | number, unknown>)[k];
    }
    return apply(v);
  };
}

/** A command template's `{{ value }}` filled in; null when the template asks for more. */
export function fillCommandTemplate(template: string | undefined, value: string | number): string | null {
  if (template === undefined) return String(value);
  if (/\{%|\{\{(?!\s*value\s*\}\})/.test(template)) return null;
  return template.replace(/\{\{\s*value\s*\}\}/g, String(value));
}
