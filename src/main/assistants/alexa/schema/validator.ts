// Test helper: Amazon's published Alexa Smart Home message schema (draft-04, read with JSON5 since the published file
// has trailing commas), compiled once with ajv's draft-04 build. `check(message)` answers the schema's complaints
// (none: valid). Used by the tests only; nothing in the product imports it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import JSON5 from 'json5';

const FILE = join(__dirname, 'alexa_smart_home_message_schema.json');

let compiled: ReturnType<Ajv['compile']> | null = null;

function validator(): ReturnType<Ajv['compile']> {
  if (compiled) return compiled;
  const schema = JSON5.parse<Record<string, unknown>>(readFileSync(FILE, 'utf8'));
  // strict: false — the published schema carries OpenAPI's `nullable` and a few misspelt keys ("type:") that draft-04
  // ignores as unknown keywords; ajv's strict mode would refuse to compile it for them. unicodeRegExp: false — its
  // patterns are written for plain ECMA-262 regular expressions (`\_`), which the unicode flag refuses.
  const ajv = new Ajv({ strict: false, allErrors: false, unicodeRegExp: false });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -2147483648 && n <= 2147483647 });
  ajv.addFormat('double', { type: 'number', validate: (n: number) => Number.isFinite(n) });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  compiled = ajv.compile(schema);
  return compiled;
}

/** The schema's complaints about `message` (an empty list when it is a valid Alexa message). */
export function check(message: unknown): string[] {
  const validate = validator();
  if (validate(message)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
