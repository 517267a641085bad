// Crash safety: a Hearth core writing device state at full speed is killed with SIGKILL at random moments.
// After each kill the database opens, `PRAGMA integrity_check` is ok, and every change the core had reported
// committed is there. 5 trials in `npm test`; HEARTH_CRASH_TRIALS raises it (the soak runs ≥ 50).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from '../app';
import { quietLog, tempDir } from '../test/temp';

const TRIALS = Number(process.env.HEARTH_CRASH_TRIALS ?? 5);
const CHILD = join(import.meta.dirname, '..', 'test', 'crash-child.ts');

/** Runs the child until a random moment after it started committing, kills it, and returns what it reported. */
function runAndKill(dataDir: string, killAfterMs: number): Promise<{ committed: number; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let committed = 0;
    let buf = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (b: Buffer) => {
      buf += b.toString();
      const lines = buf.split('\n');
      buf = lines.pop()!;
      for (const l of lines) {
        const m = /^COMMITTED (\d+)$/.exec(l);
        if (m) committed = Number(m[1]);
        if (m && !armed) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) => (signal === 'SIGKILL' ? resolve({ committed, signal }) : reject(new Error(`child ended by itself (${code}): ${err}`))));
  });
}

describe('crash safety', () => {
  const root = tempDir('hearth-crash-');

  it(`survives SIGKILL while writing (${TRIALS} trials): the database is intact and nothing reported committed is lost`, { timeout: 60_000 + TRIALS * 30_000 }, async () => {
    const dataDir = join(root, 'home');
    let before = 0;
    for (let trial = 0; trial < TRIALS; trial++) {
      const { committed } = await runAndKill(dataDir, 20 + Math.floor(Math.random() * 400));
      expect(committed, `trial ${trial}: the child wrote before it was killed`).toBeGreaterThan(0);
      const core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog });
      try {
        expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
        const kettle = core.db.prepare("SELECT id FROM devices WHERE name = 'Kettle Plug'").get() as { id: string };
        // Every value 1..committed this run wrote is in the history (each run counts from 1 again).
        const seen = core.db
          .prepare("SELECT COUNT(DISTINCT CAST(value AS INTEGER)) AS n FROM state_history WHERE device_id = ? AND capability_id = 'meter.power' AND CAST(value AS INTEGER) BETWEEN 1 AND ?")
          .get(kettle.id, committed) as { n: number };
        expect(seen.n, `trial ${trial}: values 1..${committed}`).toBe(committed);
        const rows = (core.db.prepare('SELECT COUNT(*) AS n FROM state_history').get() as { n: number }).n;
        expect(rows).toBeGreaterThanOrEqual(before + committed);
        before = rows;
      } finally {
        await core.stop();
      }
    }
  });
});
