// Property-based fuzzing of MQTT discovery announcements, their value templates and the payloads those read (issue 16):
// whatever a broker delivers, an announcement is mapped or refused with a reason and no reader throws.
// A quick slice runs in `npm test`; HEARTH_FUZZ_RUNS raises it (the soak).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, anyText } from '../../../shared/fuzz-kit';
import { DiscoveryConfig, parseDiscoveryPayload } from './discovery';
import { mapEntity } from './entities';
import { compileValueTemplate } from './templates';


describe('MQTT discovery announcements and the payloads they read', () => {
  const keys = Object.keys(DiscoveryConfig.shape);
  const template = fc.oneof(
    fc.constantFrom('{{ value }}', '{{ value_json.state }}', "{{ value_json['POWER'] }}", '{{ value_json.x[0] }}', '{{ value | int }}', '{{ value_json.v | float | round(2) }}', '{{ value | default(5) }}'),
    fc.tuple(fc.constantFrom('value', 'value_json.a', 'value_json.a.b', 'value_json[0]'), fc.array(fc.oneof(fc.constantFrom('int', 'float', 'lower', 'upper', 'string', "default('x')"), fc.nat(1000).map((n) => `round(${n})`)), { maxLength: 3 })).map(([h, fs]) => `{{ ${[h, ...fs].join(' | ')} }}`),
    fc.string({ maxLength: 40 }),
  );
  const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), template, fc.constantFrom('~/state', 'home/x/state', '~', '#', 'ON', 'OFF'));
  const announcement = fc
    .dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom('~', 'stat_t', 'cmd_t', 'val_tpl', 'avty_t', 'json_attr_t'), fc.string({ maxLength: 10 })), value, { maxKeys: 12 })
    .map((o) => JSON.stringify({ state_topic: 'fz/state', command_topic: 'fz/set', ...o }));
  const payload = fc.oneof(anyText, fc.constantFrom('ON', 'OFF', 'online', 'offline', '{"state":"ON","brightness":128}', '{"POWER":"ON"}', '21.5', '1e400', '{"x":[1,2]}', '{"v":3.14159}'));

  it('any announcement: mapped or refused with a reason; every reader takes any payload without throwing', { timeout: FUZZ_TIMEOUT_MS }, () => {
    const components = ['light', 'switch', 'sensor', 'binary_sensor', 'climate', 'cover', 'lock', 'fan', 'number', 'select', 'vacuum'];
    fc.assert(
      fc.property(fc.oneof(announcement, anyText), fc.constantFrom(...components), fc.array(payload, { minLength: 1, maxLength: 4 }), (text, component, payloads) => {
        const parsed = parseDiscoveryPayload(text);
        if (!parsed.ok) {
          expect(parsed.reason.length).toBeGreaterThan(0);
          return;
        }
        const mapped = mapEntity({ component, nodeId: null, objectId: 'fz' }, parsed.config);
        if (!mapped.ok) {
          expect(mapped.reason.length).toBeGreaterThan(0);
          return;
        }
        for (const p of payloads) {
          for (const b of mapped.entity.bindings) for (const r of b.reads) r.read(p);
          for (const a of mapped.entity.availability) a.read(p);
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('any value template: understood or not (null), and an understood one reads any payload without throwing', { timeout: FUZZ_TIMEOUT_MS }, () => {
    fc.assert(
      fc.property(template, fc.array(payload, { maxLength: 4 }), (t, payloads) => {
        const read = compileValueTemplate(t);
        if (read) for (const p of payloads) read(p);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

