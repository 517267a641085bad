// A home that uses none of the radios loads none of their libraries: zwave-js, zigbee-herdsman, matter.js, mqtt.js
// and serialport cost seconds and ~250 MB at start (issue 16: cold start and memory), so each stack imports its
// library when it starts. A real home with nothing plugged in, no broker and Matter not set up on the home network
// starts no radio at all, and a Matter request says what to do instead of failing obscurely. In a child process,
// with module hooks that report every radio library imported.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCore } from './app';
import { upsertDevice } from './storage/repo';
import { quietLog, tempDir } from './test/temp';

const CHILD = join(import.meta.dirname, 'test', 'real-home-child.ts');
const HOOKS = join(import.meta.dirname, 'test', 'library-hooks-register.mjs');

function runChild(dataDir: string): Promise<{ stdout: string; libraries: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', HOOKS, CHILD, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`the child exited with ${code}: ${stderr}`));
      const libraries = [...new Set([...stderr.matchAll(/^LIBRARY (\S+)$/gm)].map((m) => m[1]!))];
      resolve({ stdout, libraries });
    });
  });
}

describe('radio libraries load with their stack', () => {
  it('a real home with nothing plugged in starts no radio and loads no radio library; Matter says how to set it up', async () => {
    const dataDir = tempDir();
    // A home someone already uses: the real home chosen, a Z-Wave device known from before (its stick unplugged).
    const core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, skipOnboarding: true });
    core.settings.set('home.active', 'real');
    upsertDevice(core.db, {
      id: 'zwave:2', protocol: 'zwave', nativeId: '2', name: 'Hall Dimmer', userNamed: true, areaId: null, userArea: false,
      manufacturer: 'Test', model: 'Dimmer', firmware: '1.0', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }],
    }, Date.now(), 'real');
    await core.stop();

    const { stdout, libraries } = await runChild(dataDir);
    expect(stdout).toContain('RADIOS [] demo=false');
    expect(libraries).toEqual([]);
    const matter = JSON.parse(/^MATTER (.*)$/m.exec(stdout)![1]!) as { ok: boolean; error?: { message: string; next?: string } };
    expect(matter).toMatchObject({ ok: false, error: { message: 'The Matter controller is not running.', next: expect.stringContaining('Add device → Matter') } });
  }, 60_000);
});
