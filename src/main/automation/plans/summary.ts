// What a plan will do, in one plain sentence, shown above its timeline so a misreading is caught before it is
// approved: "Set Desk Lamp brightness to 40 % and Porch Light brightness to 10 %, now."
import type { PlanStep } from '../../../shared/plan';
import { clockTime } from '../../../shared/describe-values';

function inWords(ms: number): string {
  const s = Math.round(ms / 1000);
  const [n, unit] = s % 3600 === 0 ? [s / 3600, 'hour'] : s % 60 === 0 ? [s / 60, 'minute'] : [s, 'second'];
  if (n !== 1) return `${n} ${unit}s`;
  return unit === 'hour' ? 'an hour' : `a ${unit}`;
}

const VERBS = ['Turn on', 'Turn off', 'Set', 'Open', 'Close', 'Lock', 'Unlock', 'Change'];
const andList = (xs: readonly string[]): string => (xs.length <= 1 ? xs[0] ?? '' : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** "Set A to 40 %" + "Set B to 10 %" → "Set A to 40 % and B to 10 %": a verb said once for steps next to each
 *  other that share it; different verbs joined by ", and". */
function joinLabels(labels: readonly string[]): string {
  const segments: { verb: string; objects: string[] }[] = [];
  for (const label of labels) {
    const verb = VERBS.find((v) => label.startsWith(`${v} `)) ?? '';
    const object = verb ? label.slice(verb.length + 1) : label;
    const last = segments[segments.length - 1];
    if (last && verb && last.verb === verb) last.objects.push(object);
    else segments.push({ verb, objects: [object] });
  }
  const texts = segments.map((g, k) => {
    const text = g.verb ? `${g.verb} ${andList(g.objects)}` : g.objects[0]!;
    return k === 0 ? text : text.replace(/^./, (c) => c.toLowerCase());
  });
  if (texts.length <= 1) return texts[0] ?? '';
  const sep = texts.some((t) => t.includes(' and ')) ? ', and ' : ' and ';
  return `${texts.slice(0, -1).join(', ')}${sep}${texts[texts.length - 1]}`;
}

/** "at 19:00", "tomorrow at 07:00", "on Friday at 07:00". */
function startWords(startsAt: number, now: number): string {
  const day = (ms: number): string => new Date(ms).toDateString();
  if (day(startsAt) === day(now)) return `at ${clockTime(startsAt)}`;
  if (day(startsAt) === day(now + 86_400_000)) return `tomorrow at ${clockTime(startsAt)}`;
  return `on ${new Date(startsAt).toLocaleDateString('en-GB', { weekday: 'long' })} at ${clockTime(startsAt)}`;
}

/**
 * The sentence for a plan's steps. `startsAt`/`now` say when it starts ("now", "at 19:00", "tomorrow at 07:00");
 * `schedule` is said instead for a rule ("every weekday at 07:00").
 */
export function planSummary(steps: readonly PlanStep[], when: { startsAt: number; now: number; schedule?: string | null }): string {
  if (steps.length === 0) return 'Nothing to do.';
  const groups = new Map<number, string[]>();
  for (const s of [...steps].sort((a, b) => a.atMs - b.atMs)) groups.set(s.atMs, [...(groups.get(s.atMs) ?? []), s.label]);
  const later = when.startsAt - when.now > 60_000;
  const start = when.schedule ?? (later ? startWords(when.startsAt, when.now) : 'now');
  const phrases = [...groups].map(([atMs, labels], k) => {
    const at = atMs === 0 ? start : when.schedule || later ? `${inWords(atMs)} later` : `in ${inWords(atMs)}`;
    const said = joinLabels(labels);
    return `${k === 0 ? said : said.replace(/^./, (c) => c.toLowerCase())}${k === 0 && atMs === 0 ? ', ' : ' '}${at}`;
  });
  return `${phrases.join(', then ')}.`;
}
