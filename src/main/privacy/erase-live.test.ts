// Erasure while the home is alive: a rule that fires and notifies, a scene, a timed plan waiting to run and
// the last command's context are all stopped and forgotten, so nothing runs or writes the erased names back.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { RequestInput, RequestName } from '../../shared/contract';
import type { PreviewResult } from '../../shared/plan';
import { demoCore, type Fixture } from '../test/core-fixture';
import { BusLog } from '../test/event-log';
import { filesContaining } from '../test/personal-home';
import { tempDir } from '../test/temp';

/** What only the user typed: after erasure none of it may be found anywhere. */
const ERASED = {
  lamp: 'Grandma Ingrid Reading Lamp',
  porch: 'Ingrid Porch Light',
  rule: 'Ingrid Night Watch',
  message: 'Ingrid left the attic window open',
  scene: 'Ingrid Movie Evening',
};

const MIN = 60_000;
const settle = () => new Promise<void>((r) => setImmediate(r));

describe('erasure stops and forgets what is running', () => {
  const dir = tempDir();
  let f: Fixture | null = null;
  afterEach(async () => {
    await f?.core.stop();
    f = null;
  });

  it('after "Erase my data" no rule, scene, timed plan or last-command context survives, runs, or writes the erased names back', async () => {
    f = await demoCore(dir); // Monday 6 January 2025, 06:00
    const { core, radio, clock } = f;
    const dataDir = core.info().dataDir;
    const bus = new BusLog(core.bus);
    const call = async <N extends RequestName>(name: N, input: RequestInput<N>) => {
      const r = await core.dispatch(name, input, { actor: 'hub:client-1' });
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return r.result as never;
    };
    const lamp = f.id('Floor Lamp');
    const kettle = f.id('Kettle Plug');
    const ceiling = f.id('Ceiling Light');
    await call('devices.rename', { deviceId: lamp, name: ERASED.lamp });
    await call('devices.rename', { deviceId: kettle, name: ERASED.porch });

    // A rule on the clock and on a device, which turns a light on and notifies.
    const { rule } = (await call('automations.create', {
      source: 'form',
      rule: {
        name: ERASED.rule,
        triggers: [{ type: 'time', at: '06:30' }, { type: 'state', deviceId: kettle, capabilityId: 'onOff', to: false }],
        actions: [{ type: 'command', deviceId: ceiling, capabilityId: 'onOff', value: true }, { type: 'notify', message: ERASED.message }],
      },
    })) as { rule: { id: string } };
    clock.advance(30 * MIN); // 06:30: it fires and notifies (so the checks after erasure can fail)
    await settle();
    expect(bus.of('automation.executed').map((t) => t.messages)).toEqual([[ERASED.message]]);
    await call('devices.command', { deviceId: ceiling, capabilityId: 'onOff', value: false });

    // A scene.
    await call('scenes.capture', { name: ERASED.scene, deviceIds: [lamp, ceiling] });

    // A timed plan waiting to run.
    const timed = (await call('plans.preview', { text: `turn on ${ERASED.lamp.toLowerCase()} in 10 minutes` })) as PreviewResult;
    if (timed.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(timed)}`);
    expect(((await call('plans.approve', { planId: timed.plan.id })) as { status: string }).status).toBe('running');

    // The last command's context: "turn it off" now means the porch light.
    const porchOn = (await call('plans.preview', { text: 'turn on the ingrid porch light' })) as PreviewResult;
    if (porchOn.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(porchOn)}`);
    await call('plans.approve', { planId: porchOn.plan.id });
    expect(await call('plans.preview', { text: 'turn it off' })).toMatchObject({ kind: 'plan', plan: { steps: [{ deviceId: kettle, value: false }] } });

    // Before: every name is in the data folder (so the scan at the end can fail).
    core.writer.flush();
    core.traces.flush();
    for (const s of Object.values(ERASED)) expect(filesContaining(dataDir, s), s).not.toEqual([]);
    // The rule runs once more just before erasure: its trace is still waiting in memory to be written.
    await call('automations.run', { ruleId: rule.id });

    await call('privacy.erase', { confirm: 'ERASE' });
    const mark = bus.mark;
    const sent = radio.commands.length;

    // Past the timed step, the rule's next time (06:30 tomorrow) and its device trigger: nothing fires.
    clock.advance(25 * 60 * MIN);
    radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: true, at: clock.now() });
    radio.emit({ type: 'state', nativeId: '5', capabilityId: 'onOff', value: false, at: clock.now() });
    await settle();
    expect(radio.commands.slice(sent)).toEqual([]);
    expect(bus.of('automation.executed', mark)).toEqual([]);
    expect([...bus.of('plan.progress', mark), ...bus.of('plan.finished', mark)]).toEqual([]);
    expect(await call('automations.list', {})).toEqual([]);
    expect(await call('scenes.list', {})).toEqual([]);
    expect(await call('plans.history', { limit: 50 })).toEqual([]);
    expect(await call('traces.list', { limit: 50 })).toEqual([]);

    // "turn it off" asks which device instead of acting on the erased context.
    expect(await call('plans.preview', { text: 'turn it off' })).toMatchObject({ kind: 'question' });

    // A new export holds none of the erased names.
    const exported = (await call('privacy.export', {})) as { base64: string };
    const files = unzipSync(new Uint8Array(Buffer.from(exported.base64, 'base64')));
    for (const s of Object.values(ERASED)) {
      expect(Object.entries(files).filter(([, bytes]) => strFromU8(bytes).toLowerCase().includes(s.toLowerCase())).map(([name]) => name), s).toEqual([]);
    }

    // Nor does the database file, or any file in the data folder, once Hearth has shut down.
    await core.stop();
    f = null;
    for (const s of Object.values(ERASED)) {
      expect(filesContaining(dataDir, s), s).toEqual([]);
      expect(filesContaining(dataDir, s.toLowerCase()), s).toEqual([]);
    }
  });
});
