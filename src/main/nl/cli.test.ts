import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runNl } from './cli';

const FIXTURE = fileURLToPath(new URL('../../../bench/data/nl/ha-fixtures-en.json', import.meta.url));

async function cli(args: string[], lines: string[]): Promise<{ code: number; out: Record<string, unknown>[] }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  input.end(lines.map((l) => `${l}\n`).join(''));
  const code = await runNl(args, input, output);
  return { code, out: text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('hearth nl', () => {
  it('writes exactly one line per input line, in order, even for bad lines', async () => {
    const { code, out } = await cli(['--home', FIXTURE], [
      '{"text": "turn on the kitchen lights"}',
      'not json',
      '{"no": "text"}',
      '',
      '{"text": "turn off the lights", "context": {"area": "Living Room"}}',
      '{"text": "is the back door locked?"}',
    ]);
    expect(code).toBe(0);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ text: 'turn on the kitchen lights', intent: 'HassTurnOn', slots: { area: 'Kitchen', domain: 'light' } });
    expect((out[0]!['actions'] as unknown[]).length).toBe(3);
    for (const i of [1, 2, 3]) expect(out[i]).toMatchObject({ intent: null, actions: [], error: { code: 'BAD_INPUT' } });
    expect(out[4]).toMatchObject({ slots: { area: 'Living Room', domain: 'light' } });
    expect(out[5]).toMatchObject({ intent: 'HassGetState', actions: [], answer: 'No, unlocked' });
  });

  it('uses per_file homes with file#key and their slot convention', async () => {
    const key = 'tests/en/HassLightSet/area_brightness.yaml';
    const { out } = await cli(['--home', `${FIXTURE}#${key}`], ['{"text": "set the bedroom brightness to 50%"}']);
    expect(out[0]).toMatchObject({ intent: 'HassLightSet', slots: { area: 'Bedroom', brightness: 50, domain: 'light' }, actions: [] });
  });

  it('fails with a usage message on bad arguments or an unreadable home', async () => {
    expect((await cli([], [])).code).toBe(2);
    expect((await cli(['--home', '/nonexistent/home.json'], [])).code).toBe(2);
    expect((await cli(['--home', `${FIXTURE}#no-such-key`], [])).code).toBe(2);
  });
});
