import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { subsystemLog } from '../../../shared/logger';
import { createLogging, type Logging } from './logging';

let dir: string;
let logging: Logging | undefined;

afterEach(async () => {
  await logging?.close();
  logging = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const lines = (d: string) =>
  readdirSync(d)
    .filter((f) => f.endsWith('.log'))
    .flatMap((f) => readFileSync(join(d, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('Hearth log (pino, rotated files)', () => {
  it('writes each entry to the file in the data folder with its subsystem and level', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-log-'));
    logging = await createLogging({ dir });
    subsystemLog(logging.log, 'zwave').info('node 5 is awake', { deviceId: 'zwave:5' });
    logging.for('automation').error('rule failed', new Error('boom'));
    await logging.flush();
    const got = lines(dir);
    expect(got).toContainEqual(expect.objectContaining({ subsystem: 'zwave', level: 30, msg: 'node 5 is awake', deviceId: 'zwave:5' }));
    expect(got).toContainEqual(expect.objectContaining({ subsystem: 'automation', level: 50, msg: 'rule failed', err: expect.stringContaining('boom') }));
    expect(typeof got[0]!.time).toBe('number');
  });

  it('drops the info lines of a subsystem set to warn, and keeps the other subsystems', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-log-'));
    logging = await createLogging({ dir, levels: { zigbee: 'warn' } });
    const zigbee = logging.for('zigbee');
    zigbee.info('zigbee chatter');
    zigbee.warn('zigbee trouble');
    logging.for('matter').info('matter chatter');
    logging.setLevels({ matter: 'error' });
    logging.for('matter').info('matter chatter after the change');
    await logging.flush();
    const msgs = lines(dir).map((l) => l.msg);
    expect(msgs).toEqual(['zigbee trouble', 'matter chatter']);
  });

  it('rotates by size and keeps only the newest N files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'hearth-log-'));
    logging = await createLogging({ dir, size: '2k', keep: 3 });
    const log = logging.for('hub');
    for (let i = 0; i < 400; i++) {
      log.info(`line ${i} ${'x'.repeat(60)}`);
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    await logging.flush();
    await new Promise((r) => setTimeout(r, 100));
    const files = readdirSync(dir).filter((f) => f.endsWith('.log'));
    expect(files.length).toBe(3);
    // The newest lines are still there; the oldest went with the removed files.
    const msgs = lines(dir).map((l) => String(l.msg));
    expect(msgs.some((m) => m.startsWith('line 399 '))).toBe(true);
    expect(msgs.some((m) => m.startsWith('line 0 '))).toBe(false);
  });
});
