// `hearth diagnostics --data-dir DIR --out FILE.zip` for a headless hub: from the data folder alone, while the
// hub runs (its database open) and after it stopped; the folder is not changed; bad options are said plainly.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { tempDir } from '../../test/temp';
import { zigbeeNetworkKey } from '../../radio-keys';
import { runDiagnostics } from './cli';

let dir: string;
let f: Fixture;
let dataDir: string;
let key: Buffer;

beforeAll(async () => {
  dir = tempDir('hearth-diag-cli-');
  f = await demoCore(dir);
  dataDir = f.core.info().dataDir;
  key = Buffer.from(zigbeeNetworkKey(f.core.secrets));
});

afterAll(async () => {
  await f?.core.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runDiagnostics(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const snapshot = (d: string) => Object.fromEntries(readdirSync(d).filter((n) => !n.endsWith('-shm') && !n.endsWith('-wal')).map((n) => [n, statSync(join(d, n)).mtimeMs]));

describe('hearth diagnostics', () => {
  it('writes a redacted bundle from the data folder while Hearth is running, changing nothing in it', async () => {
    const before = snapshot(dataDir);
    const out = join(dir, 'running.zip');
    const r = await run('--data-dir', dataDir, '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Support bundle written to .*running\.zip/);
    const files = Object.fromEntries(Object.entries(unzipSync(readFileSync(out))).map(([n, b]) => [n, strFromU8(b)]));
    const devices = JSON.parse(files['devices.json']!) as Array<{ name: string; model: string }>;
    expect(devices).toHaveLength(5);
    expect(devices.every((d) => /^#[0-9a-f]{12}$/.test(d.name) && d.model === 'Demo')).toBe(true);
    expect(JSON.parse(files['versions.json']!).madeFrom).toMatch(/data folder/);
    const all = Object.values(files).join('\n').toLowerCase();
    for (const name of ['floor lamp', 'kettle plug', 'living room', 'kitchen', key.toString('hex')]) expect(all.includes(name), name).toBe(false);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('works after Hearth stopped too', async () => {
    await f.core.stop();
    const out = join(dir, 'stopped.zip');
    expect((await run('--data-dir', dataDir, '--out', out)).code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(out)))).toContain('devices.json');
  });

  it('says what is wrong with the options or the folder', async () => {
    const missing = await run('--data-dir', dataDir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Both --data-dir and --out are needed[\s\S]*Usage: hearth diagnostics/);
    const empty = await run('--data-dir', join(dir, 'nothing-here'), '--out', join(dir, 'x.zip'));
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/no Hearth database in .*nothing-here[\s\S]*--data-dir/);
    expect(existsSync(join(dir, 'x.zip'))).toBe(false);
  });
});
