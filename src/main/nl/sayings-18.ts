// Round 18 (issue 14, dev15): "give the light another 20 percent", "an extra 10 percent" — a step of +N on what it is, read as
// a set to N. Said as "20 percent more" (which steps: brightness_step, volume_step … as the device takes). Only with
// "percent"/"%" after the number: "another 20 minutes" is a time. Run by tokenize(). A class of saying, never one sentence.
import { DOWN_WORDS } from './lexicon-words';
import { table } from './table';

/** Words that say "on top of what it is" before the number. */
const ANOTHER = table({ another: true, extra: true, additional: true });
const PERCENT = table({ percent: true, '%': true, pc: true, per: true });

/** "another 20 percent" → "20 percent more"; "an extra 20 %" → "20 % more". */
export function sayings18(tokens: string[]): string[] {
  // A lowering word anywhere ("another 20 percent dimmer", "dim it to 40, then another 10 percent") leaves the words as they
  // are: "more" would outweigh it and step up (found by review). Such a sentence keeps its older reading, or is asked.
  if (tokens.some((t) => DOWN_WORDS.has(t))) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (ANOTHER[t] && /^\d+$/.test(tokens[i + 1] ?? '') && PERCENT[tokens[i + 2] ?? ''] && tokens[i + 3] !== 'more' && tokens[i + 2] !== 'per') {
      if (out[out.length - 1] === 'an') out.pop();
      out.push(tokens[i + 1]!, tokens[i + 2]!, 'more');
      i += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}
