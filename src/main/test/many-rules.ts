// A large home's automations for scale tests and the benchmark: lights, and rules of every kind spread over
// them (clock, sun, interval, device-state and threshold triggers; conditions; commands, relative steps, delays).
import type { RuleInput, Trigger } from '../../shared/automation';
import type { IntegrationDevice } from '../../shared/integration';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** Dimmable lights as the Z-Wave adapter reports them (native ids from 1000 up, clear of the demo home's). */
export function manyLights(n: number): IntegrationDevice[] {
  return Array.from({ length: n }, (_, i) => ({
    nativeId: String(1000 + i), suggestedName: `Light ${i + 1}`, suggestedArea: null, manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online' as const,
    capabilities: [{ id: 'onOff', kind: 'onOff' as const, writable: true }, { id: 'level', kind: 'level' as const, writable: true, min: 0, max: 100, unit: '%' }],
    state: { onOff: false, level: 0 },
  }));
}

/** `n` rules over the given light ids. */
export function manyRules(n: number, lights: readonly string[], seed = 7): RuleInput[] {
  const random = rng(seed);
  const pick = () => lights[Math.floor(random() * lights.length)]!;
  const hhmm = () => `${String(Math.floor(random() * 24)).padStart(2, '0')}:${String(Math.floor(random() * 12) * 5).padStart(2, '0')}`;
  const rules: RuleInput[] = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 10;
    const trigger: Trigger =
      kind < 4 ? { type: 'time', at: hhmm(), days: kind === 0 ? ['mon', 'tue', 'wed', 'thu', 'fri'] : [] }
      : kind === 4 ? { type: 'sun', event: random() < 0.5 ? 'sunset' : 'sunrise', offsetMin: Math.floor(random() * 7) * 10 - 30, days: [] }
      : kind === 5 ? { type: 'interval', everyS: 600 + Math.floor(random() * 20) * 60 }
      : kind < 8 ? { type: 'state', deviceId: pick(), capabilityId: 'onOff', to: random() < 0.5 }
      : { type: 'numeric', deviceId: pick(), capabilityId: 'level', above: 10 + Math.floor(random() * 80) };
    const actions: RuleInput['actions'] = [{ type: 'command', deviceId: pick(), capabilityId: 'onOff', value: random() < 0.5 }];
    if (i % 3 === 0) actions.push({ type: 'delay', seconds: 60 }, { type: 'command', deviceId: pick(), capabilityId: 'level', value: Math.floor(random() * 100) });
    if (i % 7 === 0) actions.push({ type: 'adjust', deviceId: pick(), capabilityId: 'level', by: -10 });
    rules.push({
      name: `Rule ${i + 1}`, enabled: true, triggers: [trigger], actions,
      conditions: i % 4 === 0 ? [{ type: 'state', deviceId: pick(), capabilityId: 'onOff', is: true }, { type: 'time', after: '06:00', before: '23:00' }] : [],
    });
  }
  return rules;
}
