// `hearth nl --home <home.json>[#key]`: JSON lines in, one JSON line out per line, in order (CONTRACT.md).
// The only file of the parser that uses Node I/O.
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { homeFromHaFixture } from './home-ha';
import { createParser, type NlParser, type NlResult } from './parser';
import type { SlotConvention } from './slots';

const USAGE = `usage: hearth nl --home <home.json>[#<per_file key>] [--slots flat|combination] [--now <ISO time>]
  Reads {"text": "...", "context": {"area": "Kitchen"}} lines on stdin, writes one result line per input line.`;

const InputLine = z.object({
  text: z.string(),
  context: z.object({ area: z.string().nullish(), now: z.string().optional(), clock: z.enum(['12h', '24h']).optional() }).passthrough().nullish(),
});

interface Options {
  home: string;
  slots: SlotConvention | null;
  now: Date | null;
}

function parseArgs(argv: readonly string[]): Options | string {
  let home: string | null = null;
  let slots: SlotConvention | null = null;
  let now: Date | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === '--home') home = value() ?? null;
    else if (flag === '--slots') {
      const v = value();
      if (v !== 'flat' && v !== 'combination') return `--slots must be "flat" or "combination", not "${v ?? ''}"`;
      slots = v;
    } else if (flag === '--now') {
      const v = new Date(value() ?? '');
      if (Number.isNaN(v.getTime())) return '--now needs an ISO date-time, e.g. 2025-01-31T18:00:00';
      now = v;
    } else if (flag === '--help' || flag === '-h') return USAGE;
    else return `unknown argument "${arg}"\n${USAGE}`;
  }
  if (!home) return `--home is required\n${USAGE}`;
  return { home, slots, now };
}

/** "file.json#key" → file and key ('#' inside a file name that exists is kept). */
function splitHome(spec: string): { file: string; key: string | undefined } {
  const hash = spec.lastIndexOf('#');
  if (hash < 0 || existsSync(spec)) return { file: spec, key: undefined };
  return { file: spec.slice(0, hash), key: spec.slice(hash + 1) };
}

function loadParser(opts: Options): NlParser {
  const { file, key } = splitHome(opts.home);
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const home = homeFromHaFixture(json, key);
  // The two HA test formats: whole-fixture homes go with the flat tests, per_file homes with the
  // slot-combination tests (see slots.ts). --slots overrides.
  return createParser(home, { slots: opts.slots ?? (key === undefined ? 'flat' : 'combination') });
}

function badLine(text: string | null, message: string): NlResult | Record<string, unknown> {
  return { text, intent: null, slots: {}, actions: [], error: { code: 'BAD_INPUT', message } };
}

function answerLine(parser: NlParser, line: string, now: Date | null): unknown {
  if (line.trim() === '') return badLine(null, 'This line is empty. Send one {"text": "..."} object per line.');
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return badLine(null, 'This line is not JSON. Send one {"text": "..."} object per line.');
  }
  const parsed = InputLine.safeParse(json);
  if (!parsed.success) {
    const text = typeof (json as { text?: unknown } | null)?.text === 'string' ? (json as { text: string }).text : null;
    return badLine(text, 'Each line needs a "text" string (and optionally "context": {"area": "..."}).');
  }
  const { text, context } = parsed.data;
  const lineNow = context?.now ? new Date(context.now) : null;
  try {
    return parser.parse(text, {
      area: context?.area ?? null,
      clock: context?.clock ?? null,
      now: lineNow && !Number.isNaN(lineNow.getTime()) ? lineNow : (now ?? new Date()),
    });
  } catch {
    return { text, intent: null, slots: {}, actions: [], error: { code: 'INTERNAL', message: 'Something went wrong reading this sentence.' } };
  }
}

export async function runNl(argv: string[], input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    process.stderr.write(`${opts}\n`);
    return opts === USAGE ? 0 : 2;
  }
  let parser: NlParser;
  try {
    parser = loadParser(opts);
  } catch (err) {
    process.stderr.write(`hearth nl: cannot load the home "${opts.home}": ${err instanceof Error ? err.message.split('\n')[0] : String(err)}\n`);
    return 2;
  }
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (!buffer) return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  for await (const line of lines) {
    buffer += `${JSON.stringify(answerLine(parser, line, opts.now))}\n`;
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
  return 0;
}
