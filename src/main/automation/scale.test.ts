// Scale: 5,000 rules (the most an export may carry) over 1,000 lights. Importing them finishes in reasonable
// time, and saving one more rule stays fast: the conflict check looks only at rules sharing a device control
// (a return to checking every pair would take seconds here). Bounds are generous for slow, shared CI machines;
// `npm run bench -- rule-save` measures the real figure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performance } from 'node:perf_hooks';
import type { AutomationExport } from '../../shared/automation';
import { demoCore, type Fixture } from '../test/core-fixture';
import { manyLights, manyRules } from '../test/many-rules';
import { tempDir } from '../test/temp';

describe('automations at scale', () => {
  const dir = tempDir();
  let f: Fixture;
  let lights: string[];
  beforeAll(async () => {
    f = await demoCore(dir);
    for (const device of manyLights(1000)) f.radio.emit({ type: 'device', device });
    lights = f.core.devices.list().filter((d) => d.name.startsWith('Light ')).map((d) => d.id);
  });
  afterAll(async () => f?.core.stop());

  it('imports 5,000 rules in reasonable time', { timeout: 120_000 }, () => {
    const data: AutomationExport = { format: 'hearth.automations', version: 1, rules: manyRules(5000, lights), scenes: [] };
    const t0 = performance.now();
    const res = f.core.automations.import(data);
    const ms = performance.now() - t0;
    expect(res.rules).toHaveLength(5000);
    expect(f.core.automations.list()).toHaveLength(5000);
    expect(ms).toBeLessThan(20_000);
  });

  it('saves a rule among 5,000 quickly, and still finds what it fights with', { timeout: 120_000 }, () => {
    const [a, b] = [lights[1]!, lights[2]!];
    const times: number[] = [];
    let last: ReturnType<typeof f.core.automations.create> | null = null;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      last = f.core.automations.create({
        name: `New rule ${i}`, enabled: true, conditions: [], triggers: [{ type: 'time', at: '07:00', days: [] }],
        actions: [{ type: 'command', deviceId: a, capabilityId: 'onOff', value: i % 2 === 0 }, { type: 'command', deviceId: b, capabilityId: 'level', value: 40 }],
      }, 'form');
      times.push(performance.now() - t0);
    }
    times.sort((x, y) => x - y);
    expect(times[2]!).toBeLessThan(500);
    // The fifth rule turns the light on at 07:00; the fourth turned it off at 07:00: found among 5,004 rules.
    const name = f.core.devices.get(a).name;
    expect(last!.conflicts.map((c) => c.message)).toContain(`“New rule 3” sets ${name} to off and “New rule 4” sets it to on, both at 07:00: they fight over ${name}.`);
  });
});
