// Round 20a: "bedroom switch: what state's it in", "kitchen switch, is it on": a device called by its name, then a
// question about it. The name says what the question is about — it is never a command ("turn on") of its own.
import type { Frame } from './frame';
import { isEmptyTarget } from './target';

/** True when the bare name `frame` is only who the question `next` is asked about (then the question, when it names
 *  no device of its own, is asked of the named one, and the name step is set aside). */
export function askedAbout20a(frame: Frame | null, next: Frame | null | undefined): boolean {
  if (!frame?.bare || !next?.query) return false;
  if (isEmptyTarget(next.target) && !next.target.everywhere && !next.target.here) next.target = { ...frame.target, pronoun: false };
  return true;
}
