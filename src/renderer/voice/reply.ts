// What Hearth says back after a spoken command: the plan's one-sentence summary, or the question, answer or
// problem the command bar shows.
import type { Plan } from '../../shared/plan';
import type { Current } from '../store/plans';

const MAX = 400;

export function replySentence(current: Current, plan: Plan | undefined): string | null {
  if (!current) return null;
  let s: string;
  if (current.kind === 'plan') {
    if (!plan) return null;
    const what = plan.summary ?? plan.title;
    s = plan.status === 'done' || plan.status === 'running' ? `Done. ${what}` : plan.status === 'saved' ? `Saved. ${what}` : what;
  } else if (current.kind === 'question') s = current.message;
  else if (current.kind === 'answer') s = current.answer;
  else s = current.message;
  s = s.replace(/\s+/g, ' ').trim();
  return s ? (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s) : null;
}
