// The bug report end to end through the plan service: while the Floor Lamp is still "Z-Wave node 2" (its
// interview running, no capabilities yet), "turn on the floor lamp" must never put the one other light,
// a bulb called "IKEA LED1545G12", into a plan. Once the lamp is known and named, the same sentence works.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IntegrationDevice } from '../../../shared/integration';
import type { PreviewResult } from '../../../shared/plan';
import { buildCore, type Core } from '../../app';
import { ScriptedAdapter } from '../../test/fake-adapter';
import { FakeClock } from '../../test/fake-clock';
import { quietLog, tempDir } from '../../test/temp';

const base = { manufacturer: 'Acme', model: 'X', firmware: '1.0', suggestedArea: null };
const interviewing: IntegrationDevice = { ...base, nativeId: '2', suggestedName: 'Z-Wave node 2', capabilities: [], state: {}, health: 'interviewing' };
const bulb: IntegrationDevice = {
  ...base, nativeId: '7', suggestedName: 'IKEA LED1545G12', health: 'online', state: { onOff: false, level: 0 },
  capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }, { id: 'level', kind: 'level', writable: true, min: 0, max: 100 }],
};

describe('the plan never holds a device the speaker did not mean', () => {
  const dir = tempDir();
  let core: Core | null = null;
  afterEach(async () => core?.stop());

  it('asks about "the floor lamp" while it is still being set up, then finds it once it is named', async () => {
    const clock = new FakeClock(new Date(2025, 0, 6, 18, 0));
    core = buildCore({ dataDir: join(dir, 'core'), host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock });
    const radio = new ScriptedAdapter();
    radio.echo = true;
    await core.startAdapters([radio]);
    radio.emit({ type: 'device', device: interviewing });
    radio.emit({ type: 'device', device: bulb });
    const id = (name: string) => core!.devices.list().find((d) => d.name === name)!.id;
    const bulbId = id('IKEA LED1545G12');
    const plansWith = (r: PreviewResult, deviceId: string) => (r.kind === 'plan' ? r.plan.steps.filter((s) => s.deviceId === deviceId) : []);

    const r = await core.plans.preview({ text: 'turn on the floor lamp' }, 'me');
    expect(r).toMatchObject({ kind: 'question', subject: 'floor lamp', options: ['IKEA LED1545G12'] });
    if (r.kind === 'question') expect(r.message).toContain('Z-Wave node 2 is still being set up');

    for (const text of ['turn on the floor lamp', 'switch the floor light on', 'turn on the night light', 'turn on the lamp on the second floor',
      'turn on all the lights except the garage', 'turn it on', 'turn on the lights tomorrow', 'turn on the lamp upstairs']) {
      const got = await core.plans.preview({ text }, 'someone-new');
      expect(got.kind, text).not.toBe('plan');
      expect(plansWith(got, bulbId), text).toEqual([]);
    }
    expect(radio.commands).toEqual([]);

    // Choosing the offered bulb is an answer, and makes a plan for it.
    if (r.kind !== 'question') throw new Error('expected a question');
    const chosen = await core.plans.preview({ text: r.text, clarify: { subject: r.subject, choice: 'IKEA LED1545G12' } }, 'me');
    expect(chosen.kind === 'plan' && chosen.plan.steps.map((s) => s.label)).toEqual(['Turn on IKEA LED1545G12']);

    // The interview finishes and the lamp is named: now the sentence means it, and only it.
    radio.emit({ type: 'device', device: { ...interviewing, health: 'online', capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }], state: { onOff: false } } });
    core.devices.rename(id('Z-Wave node 2'), 'Floor Lamp', 'me');
    const ok = await core.plans.preview({ text: 'turn on the floor lamp' }, 'me');
    if (ok.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(ok)}`);
    expect(ok.plan.steps.map((s) => [s.deviceName, s.label])).toEqual([['Floor Lamp', 'Turn on Floor Lamp']]);
  });
});
