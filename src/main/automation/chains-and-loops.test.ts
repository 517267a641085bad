// Rules setting each other off, run through the core with a radio that reports each new value before its
// command call returns (as supervised Z-Wave sets do): chains run to their end, loops are stopped early and
// named, and a limit on chain length is a setting that says what it is.
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../shared/automation';
import { demoCore, type Fixture } from '../test/core-fixture';
import { tempDir } from '../test/temp';

const flush = async () => {
  for (let i = 0; i < 200; i++) await new Promise((r) => setImmediate(r));
};

describe('chains and loops of rules', () => {
  const dir = tempDir();
  let f: Fixture;
  afterEach(async () => f?.core.stop());

  /** Rule i: when Ceiling Light becomes 5·i %, set it to 5·(i+1) %. A chain, no cycle. */
  const chain = (n: number): RuleInput[] =>
    Array.from({ length: n }, (_, i) => ({
      name: `Step ${i + 1}`, enabled: true, conditions: [],
      triggers: [{ type: 'state', deviceId: f.id('Ceiling Light'), capabilityId: 'level', to: 5 * (i + 1) }],
      actions: [{ type: 'command', deviceId: f.id('Ceiling Light'), capabilityId: 'level', value: 5 * (i + 2) }],
    }));

  it.each([
    ['after', true],
    ['before', false],
  ])('a chain of 12 rules (each sets off the next, none twice) runs to its end and is not called a loop (device reports %s the command returns)', async (_when, late) => {
    f = await demoCore(dir);
    f.radio.echoLate = late;
    const saved = chain(12).map((r) => f.core.automations.create(r, 'form'));
    expect(saved.flatMap((s) => s.conflicts)).toEqual([]);
    await f.core.devices.command(f.id('Ceiling Light'), 'level', 5, 'test');
    await flush();
    expect(f.value('Ceiling Light', 'level')).toBe(65);
    const traces = f.core.traces.list(undefined, 100).filter((t) => t.ruleId);
    expect(traces.filter((t) => t.result === 'suppressed')).toEqual([]);
    expect(traces.filter((t) => t.result === 'ran')).toHaveLength(12);
  });

  it('a limit on chain length is a setting, warned about when saving, and named for what it is when it stops one', async () => {
    f = await demoCore(dir);
    expect(f.core.automations.settings()).toEqual({ chainLimit: 50 });
    f.core.automations.setSettings({ chainLimit: 10 });
    const rules = chain(12);
    for (const r of rules.slice(0, 10)) expect(f.core.automations.create(r, 'form').conflicts).toEqual([]);
    const { conflicts } = f.core.automations.create(rules[10]!, 'form');
    expect(conflicts).toEqual([
      expect.objectContaining({
        kind: 'chain',
        severity: 'warning',
        message: '“Step 1” → “Step 2” → … → “Step 10” → “Step 11”: 11 automations can set each other off one after another. Hearth stops a chain after 10 (the “longest chain” setting), so “Step 11” would not run. Raise the setting, or shorten the chain.',
      }),
    ]);
    expect(conflicts[0]!.message).not.toMatch(/loop/i);
    f.core.automations.create(rules[11]!, 'form');

    await f.core.devices.command(f.id('Ceiling Light'), 'level', 5, 'test');
    await flush();
    expect(f.value('Ceiling Light', 'level')).toBe(55);
    const stopped = f.core.traces.list(undefined, 100).filter((t) => t.result === 'suppressed');
    expect(stopped).toEqual([
      expect.objectContaining({
        ruleName: 'Step 11',
        summary: 'Stopped: “Step 11” would be automation number 11 in a chain (“Step 1” → “Step 2” → … → “Step 10” → “Step 11”), and Hearth stops a chain after 10 automations (the “longest chain” setting). This is not a loop: no automation in it repeats. Raise the setting if the chain is meant.',
      }),
    ]);
  });

  it('stops a two-rule loop after it goes round twice even when the device reports before the command returns, and names the two rules', async () => {
    f = await demoCore(dir);
    const light = f.id('Ceiling Light');
    const heat = f.id('Thermostat');
    f.core.automations.create({ name: 'Brighter when warmer', enabled: true, conditions: [], triggers: [{ type: 'state', deviceId: heat, capabilityId: 'setpoint' }], actions: [{ type: 'adjust', deviceId: light, capabilityId: 'level', by: 5 }] }, 'form');
    f.core.automations.create({ name: 'Warmer when brighter', enabled: true, conditions: [], triggers: [{ type: 'state', deviceId: light, capabilityId: 'level' }], actions: [{ type: 'adjust', deviceId: heat, capabilityId: 'setpoint', by: 1 }] }, 'form');
    const before = f.radio.commands.length;
    await f.core.devices.command(heat, 'setpoint', 21, 'test');
    await flush();
    // Yours, then round twice: brighter, warmer, brighter, warmer. Then it is stopped.
    expect(f.radio.commands.length - before).toBe(5);
    const stopped = f.core.traces.list(undefined, 100).filter((t) => t.result === 'suppressed');
    expect(stopped).toEqual([
      expect.objectContaining({
        ruleName: 'Brighter when warmer',
        summary: 'Stopped: “Brighter when warmer” set off “Warmer when brighter”, which set off “Brighter when warmer” again, twice round. These automations keep triggering each other; change one of them.',
      }),
    ]);
  });
});
