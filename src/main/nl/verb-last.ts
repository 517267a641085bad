// A verb said last, after the device it acts on ("left curtain stop"), put first, as commands say it. tokenize() runs it
// after the sayings of phrasing.ts.

/** Verbs said after the device they act on ("left curtain stop", "make the shade stop"). */
const LAST_VERBS = new Set(['stop', 'halt', 'close', 'pause', 'mute', 'unmute']);
const MOTION = new Set(['spinning', 'moving', 'running', 'turning']);
const OBJECT_STARTS = new Set(['the', 'my', 'our', 'both', 'all', 'that', 'this', 'left', 'right']);

/** "left curtain stop, right curtain close", "make the shade stop": the verb first, as commands say it. Only for a
 *  step that starts with what it acts on (an article or a side) or with "make"/"let"/"have" and then that. */
export function verbLast(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t !== undefined && t !== ',' && t !== 'and' && t !== 'then') continue;
    let step = tokens.slice(start, i);
    // ("make the ceiling fan stop spinning": stopping what it does is stopping it.)
    if (step.length >= 3 && MOTION.has(step[step.length - 1]!) && ['stop', 'halt'].includes(step[step.length - 2]!)) step = step.slice(0, -1);
    const last = step[step.length - 1] ?? '';
    const asker = ['make', 'let', 'have'].includes(step[0] ?? '') ? 1 : 0;
    // ("curtain right stop": a device whose name ends in its side.)
    const sided = ['left', 'right'].includes(step[asker + 1] ?? '');
    if (step.length >= 3 - asker && LAST_VERBS.has(last) && (OBJECT_STARTS.has(step[asker] ?? '') || sided) && !step.slice(asker, -1).some((w) => LAST_VERBS.has(w) || w === 'to')) {
      step = [last, ...step.slice(asker, -1)];
    }
    out.push(...step);
    if (t !== undefined) out.push(t);
    start = i + 1;
  }
  return out;
}
