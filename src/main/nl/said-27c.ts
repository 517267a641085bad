// Round 27c: waits and clock times said in looser shapes, said plainly before the sentence is read (timing.ts then reads
// the plain wording with its own checks: a past time is asked, a vague wait is asked). One reader of a length of time
// (DURATION: a number in digits or words, "a", "half an", "a couple of", "an hour and a half", with any unit spelling)
// serves every rule; nothing that names a device is touched.
//  - "once half an hour has passed, …" / "once ten minutes have gone by" → "after …"
//  - "hold on 5 minutes, then …", "hang on a minute and …" → "wait …"
//  - "let's say in about 15 minutes, …" → "in about 15 minutes, …"
//  - "keep/leave X on till half ten", "for the next hour keep X on" → "turn X off at half ten" / "… off in an hour" (as
//    "leave X on for an hour" and dev7's "keep X on for two hours then turn it off" are: X is left on, then off)
//  - "tomorrow 8am", "tonight 10:30" → "tomorrow at 8am"
//  - "a degree and a half", "two percent and a half" → "1.5 degrees" (as "an hour and a half" is read)
//  - a value said as a fraction, "to 3/4", "at 2/3" → "to 75 percent" (as "three quarters" is read)

/** A cheap gate: only sentences with one of these words are looked at. */
const GATE = /\b(?:once|hold|hang|let's|lets|keep|leave|tomorrow|today|tonight)\b|\d\/\d|\band a half\b/i;
const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fourty|fifty|sixty|ninety|twenty[- ](?:five|one|two|three|four)|forty[- ]five|a couple of|a few|half an?|a half|a quarter of an?|three quarters of an?)`;
const UNIT = String.raw`(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|hr)`;
/** A length of time: "20 minutes", "an hour and a half", "half an hour", "1 hour 30 minutes". */
export const DURATION = String.raw`(?:(?:about|around|roughly|another|like|maybe)\s+)?${AMOUNT}\s+${UNIT}(?:\s+and\s+a\s+(?:half|quarter))?(?:\s+(?:and\s+)?${AMOUNT}\s+${UNIT})?`;

// (built once: said27c runs on every sentence that passes GATE.)
const ONCE_PASSED = new RegExp(String.raw`^(\s*)once\s+(${DURATION})\s+(?:has|have|is|are)\s+(?:passed|elapsed|gone\s+by|gone|gone\s+past|up)\b`, 'i');
const HOLD_ON = new RegExp(String.raw`\b(?:hold|hang)\s+on\s+(?:for\s+)?(${DURATION})\b`, 'gi');
const FOR_KEEP = new RegExp(String.raw`^(\s*)for\s+(?:the\s+next\s+)?(${DURATION}|hour|minute)\s*,?\s+(?:keep|leave)\s+((?:the|my|our)\s+[\w\s]+?)\s+on\s*$`, 'i');
const SMALL: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5 };

export function said27c(said: string): string | null {
  if (!GATE.test(said)) return null;
  let t = said;
  t = t.replace(ONCE_PASSED, '$1after $2');
  t = t.replace(HOLD_ON, 'wait $1');
  t = t.replace(/^(\s*)(?:let's|lets)\s+say\s+(in|at|after)\b/i, '$1$2');
  t = t.replace(FOR_KEEP, (_m, sp: string, d: string, x: string) => `${sp}turn ${x} off in ${/^(?:hour|minute)$/i.test(d) ? `a ${d}` : d}`);
  t = t.replace(/\b(?:leave|keep)\s+((?:the|my|our)\s+[\w\s]+?)\s+on\s+(?:until|till|til)\s+/i, 'turn $1 off at ');
  t = t.replace(/^(\s*)(?:until|till|til)\s+([\w:' ]+?)\s*,?\s+(?:leave|keep)\s+((?:the|my|our)\s+[\w\s]+?)\s+on\s*$/i, '$1turn $3 off at $2');
  t = t.replace(/\b(tomorrow|today|tonight)\s+(?=\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d\b)/gi, '$1 at ');
  t = t.replace(/\b(to|at|on)\s+(\d)\s*\/\s*(\d)\b(?!\s*\/)/gi, (m, w: string, a: string, b: string) => {
    const [n, d] = [Number(a), Number(b)];
    return n > 0 && n < d && d <= 10 ? `${w} ${Math.round((n / d) * 100)} percent` : m;
  });
  t = t.replace(/\b(a|an|one|two|three|four|five|\d+)\s+(degrees?|percent|per\s+cent|points?)\s+and\s+a\s+half\b/gi, (_m, n: string, unit: string) => {
    const v = (SMALL[n.toLowerCase()] ?? Number(n)) + 0.5;
    return `${v} ${/^degree/i.test(unit) ? 'degrees' : unit}`;
  });
  return t === said ? null : t;
}
