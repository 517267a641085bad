// Discovery messages as Home Assistant's, Tasmota's and other projects' pages publish them (test/fixtures/discovery.json:
// each names the page and the commit it was read at; 'modelled' ones say they are not published examples) become
// the capabilities a user sees; their state reads and their commands publish what the device expects. Malformed
// messages get a readable reason, never a throw.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDiscoveryPayload, parseDiscoveryTopic } from './discovery';
import { deviceIdOf, mapEntity } from './entities';
import { compileValueTemplate } from './templates';

interface Fixture {
  source: string;
  kind: 'verbatim' | 'verbatim-yaml' | 'modelled';
  note?: string;
  topic: string;
  payload: unknown;
  expect: { device: string; capabilities: Array<Record<string, unknown>> };
  /** What Hearth says it leaves out of the announcement (logged once), by a part of each line. */
  logs?: string[];
  states?: Array<{ topic: string; payload: string; values: Record<string, unknown> }>;
  commands?: Array<{ capabilityId: string; value: unknown; publishes: Array<{ topic: string; payload: string }> }>;
}

const fixtures = (JSON.parse(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'discovery.json'), 'utf8')) as { messages: Fixture[] }).messages;

function map(topic: string, payload: string) {
  const where = parseDiscoveryTopic('homeassistant', topic);
  if (!where) throw new Error(`not a discovery topic: ${topic}`);
  const parsed = parseDiscoveryPayload(payload);
  if (!parsed.ok) return { ok: false as const, reason: parsed.reason };
  const mapped = mapEntity(where, parsed.config);
  return mapped.ok ? { ok: true as const, entity: mapped.entity, device: deviceIdOf(where, parsed.config) } : { ok: false as const, reason: mapped.reason };
}

describe('documented discovery messages', () => {
  it.each(fixtures.map((f) => [f.source, f] as const))('%s', (_source, f) => {
    const m = map(f.topic, JSON.stringify(f.payload));
    if (!m.ok) throw new Error(m.reason);
    expect(m.device).toBe(f.expect.device);
    expect(m.entity.bindings.map((b) => b.capability)).toEqual(f.expect.capabilities.map((c) => expect.objectContaining(c)));
    // Nothing is offered to set that Hearth cannot send.
    for (const b of m.entity.bindings) expect(b.write === undefined).toBe(b.capability.writable === false);
    const logged = [...m.entity.unsupportedTemplates, ...m.entity.warnings];
    expect(logged).toHaveLength(f.logs?.length ?? 0);
    for (const part of f.logs ?? []) expect(logged.some((l) => l.includes(part))).toBe(true);
    for (const state of f.states ?? []) {
      const got: Record<string, unknown> = {};
      for (const b of m.entity.bindings) for (const r of b.reads) if (r.topic === state.topic) {
        const v = r.read(state.payload);
        if (v !== undefined) got[b.capability.id] = v;
      }
      expect(got).toEqual(state.values);
    }
    for (const command of f.commands ?? []) {
      const b = m.entity.bindings.find((x) => x.capability.id === command.capabilityId)!;
      expect(b.write!(command.value as never)).toEqual(command.publishes);
    }
  });

  it('every fixture names its page and the commit it was read at, or says it is not a published example', () => {
    for (const f of fixtures) {
      if (f.kind === 'modelled') expect(f.note).toMatch(/^Not a published example/);
      else expect(f.source).toMatch(/ @ [0-9a-f]{40}, /);
    }
  });

  it('availability: a Tasmota LWT topic with its own words, a Zigbee2MQTT bridge state read through its template', () => {
    const byTopic = (t: string) => fixtures.find((f) => f.topic === t)!;
    const tasmota = map('homeassistant/switch/8A2F1C_RL_1/config', JSON.stringify(byTopic('homeassistant/switch/8A2F1C_RL_1/config').payload));
    const z2m = map('homeassistant/binary_sensor/0x00158d0001a2b3c4/contact/config', JSON.stringify(byTopic('homeassistant/binary_sensor/0x00158d0001a2b3c4/contact/config').payload));
    if (!tasmota.ok || !z2m.ok) throw new Error('fixture rejected');
    expect(tasmota.entity.availability).toEqual([expect.objectContaining({ topic: 'tasmota_8A2F1C/tele/LWT', online: 'Online', offline: 'Offline' })]);
    const rule = z2m.entity.availability[0]!;
    expect(rule.topic).toBe('zigbee2mqtt/bridge/state');
    expect(rule.read('{"state":"offline"}')).toBe(rule.offline);
  });
});

describe('malformed discovery messages are refused with a reason a person can read', () => {
  const cases: Array<[string, string, string, RegExp]> = [
    ['not JSON', 'homeassistant/switch/x/config', '{"name": "Plug", ', /not JSON/],
    ['a JSON array', 'homeassistant/switch/x/config', '[1,2]', /not a JSON object/],
    ['a wildcard in a topic', 'homeassistant/switch/x/config', JSON.stringify({ cmd_t: 'plugs/#', stat_t: 'a' }), /command_topic.*wildcards/],
    ['a number where a topic goes', 'homeassistant/switch/x/config', JSON.stringify({ cmd_t: 5 }), /command_topic/],
    ['a switch without a command topic', 'homeassistant/switch/x/config', JSON.stringify({ stat_t: 'a' }), /needs command_topic/],
    ['a component Hearth does not handle', 'homeassistant/vacuum/x/config', JSON.stringify({ cmd_t: 'a' }), /does not handle 'vacuum'/],
    ['a light in the template schema', 'homeassistant/light/x/config', JSON.stringify({ schema: 'template', cmd_t: 'a' }), /schema/],
    ['a select without options', 'homeassistant/select/x/config', JSON.stringify({ cmd_t: 'a' }), /needs options/],
    ['a select whose options are one string', 'homeassistant/select/x/config', JSON.stringify({ cmd_t: 'a', options: 'Option 1' }), /^options: .*expected array/],
    ['a fan with a wildcard in its speed topic', 'homeassistant/fan/x/config', JSON.stringify({ cmd_t: 'fan/set', pct_cmd_t: 'fan/+/speed' }), /^percentage_command_topic: .*wildcards/],
    ['a fan without a command topic', 'homeassistant/fan/x/config', JSON.stringify({ pct_cmd_t: 'fan/speed' }), /a fan needs command_topic/],
    ['a lock without a command topic', 'homeassistant/lock/x/config', JSON.stringify({ stat_t: 'door/state' }), /a lock needs command_topic/],
    ['a number whose min is a word', 'homeassistant/number/x/config', JSON.stringify({ cmd_t: 'n/set', min: 'ten' }), /^min: expected a number/],
    ['a number whose min is above its max', 'homeassistant/number/x/config', JSON.stringify({ cmd_t: 'n/set', min: 30, max: 10 }), /min \(30\) is above its max \(10\)/],
    ['a message of 100 KB', 'homeassistant/switch/x/config', JSON.stringify({ name: 'x'.repeat(100_000) }), /at most 64 KB/],
  ];
  it.each(cases)('%s', (_what, topic, payload, reason) => {
    const m = map(topic, payload);
    expect(m.ok).toBe(false);
    expect(m.ok ? '' : m.reason).toMatch(reason);
  });

  it('topics that are not discovery topics are not read as such', () => {
    for (const t of ['homeassistant/switch/config', 'homeassistant/a/b/c/d/config', 'homeassistant/switch/x/state', 'other/switch/x/config', 'homeassistant/switch/x y/config']) {
      expect(parseDiscoveryTopic('homeassistant', t)).toBeNull();
    }
    expect(parseDiscoveryTopic('homeassistant', 'homeassistant/light/desk/desk_lamp/config')).toEqual({ component: 'light', nodeId: 'desk', objectId: 'desk_lamp' });
  });
});

describe('value templates', () => {
  const read = (tpl: string, payload: string) => compileValueTemplate(tpl)?.(payload);
  it('reads the common cases', () => {
    expect(read('{{ value }}', 'ON')).toBe('ON');
    expect(read('{{value_json.POWER}}', '{"POWER":"OFF"}')).toBe('OFF');
    expect(read("{{ value_json['ENERGY'].Power }}", '{"ENERGY":{"Power":12}}')).toBe(12);
    expect(read('{{ value_json.list[1] }}', '{"list":[5,6]}')).toBe(6);
    expect(read('{{ value_json.t | float | round(1) }}', '{"t":"21.456"}')).toBe(21.5);
    expect(read('{{ value | int }}', '17.9')).toBe(17);
    expect(read("{{ value_json.x | default('n/a') }}", '{}')).toBe('n/a');
  });
  it('says what it cannot read instead of guessing', () => {
    expect(compileValueTemplate('{% if value == "1" %}ON{% endif %}')).toBeNull();
    expect(compileValueTemplate('{{ value_json.a | regex_replace("x", "y") }}')).toBeNull();
    expect(read('{{ value_json.a }}', 'not json')).toBeUndefined();
    expect(read('{{ value_json.constructor }}', '{}')).toBeUndefined();
  });
});

describe('colour in RGB and climate modes', () => {
  const binding = (topic: string, config: object, capabilityId: string) => {
    const m = map(topic, JSON.stringify(config));
    if (!m.ok) throw new Error(m.reason);
    const b = m.entity.bindings.find((x) => x.capability.id === capabilityId);
    if (!b) throw new Error(`no ${capabilityId} in ${m.entity.bindings.map((x) => x.capability.id).join(', ')}`);
    return b;
  };

  it('an ESPHome rgb light (json schema) reports r, g, b as hue and saturation, and is sent r, g, b back', () => {
    const b = binding('homeassistant/light/strip/strip_rgb/config', { name: 'Strip', schema: 'json', stat_t: 'strip/state', cmd_t: 'strip/command', brightness: true, color_mode: true, supported_color_modes: ['rgb'], uniq_id: 'strip_rgb' }, 'strip_rgb.color');
    expect(b.reads[0]!.read('{"state":"ON","color_mode":"rgb","color":{"r":255,"g":0,"b":0}}')).toEqual({ hue: 0, saturation: 100 });
    expect(b.reads[0]!.read('{"state":"ON","color":{"r":0,"g":0,"b":255}}')).toEqual({ hue: 240, saturation: 100 });
    expect(b.reads[0]!.read('{"state":"ON","color":{"r":255,"g":255,"b":255}}')).toEqual({ hue: 0, saturation: 0 });
    expect(b.write!({ hue: 120, saturation: 100 })).toEqual([{ topic: 'strip/command', payload: JSON.stringify({ state: 'ON', color: { r: 0, g: 255, b: 0 } }) }]);
  });

  it('an hs light (json schema) keeps h, s both ways', () => {
    const b = binding('homeassistant/light/bulb/bulb_hs/config', { name: 'Bulb', schema: 'json', stat_t: 'bulb/state', cmd_t: 'bulb/set', supported_color_modes: ['hs'], uniq_id: 'bulb_hs' }, 'bulb_hs.color');
    expect(b.reads[0]!.read('{"color":{"h":30,"s":50}}')).toEqual({ hue: 30, saturation: 50 });
    expect(b.write!({ hue: 30, saturation: 50 })).toEqual([{ topic: 'bulb/set', payload: JSON.stringify({ state: 'ON', color: { h: 30, s: 50 } }) }]);
  });

  it('a default-schema light with rgb topics reads and writes "r,g,b"', () => {
    const b = binding('homeassistant/light/lamp/lamp_rgb/config', { name: 'Lamp', cmd_t: 'lamp/power', rgb_cmd_t: 'lamp/rgb/set', rgb_stat_t: 'lamp/rgb', uniq_id: 'lamp_rgb' }, 'lamp_rgb.color');
    expect(b.reads[0]!.topic).toBe('lamp/rgb');
    expect(b.reads[0]!.read('255,128,0')).toEqual({ hue: 30, saturation: 100 });
    expect(b.reads[0]!.read('not,a,colour')).toBeUndefined();
    expect(b.write!({ hue: 0, saturation: 100 })).toEqual([{ topic: 'lamp/rgb/set', payload: '255,0,0' }]);
  });

  it('a climate entity’s mode is a choice among its modes: read from the state topic, sent by name', () => {
    const config = { name: 'Heat pump', mode_cmd_t: 'hp/mode/set', mode_stat_t: 'hp/mode', modes: ['off', 'heat', 'cool', 'auto'], temp_cmd_t: 'hp/temp/set', uniq_id: 'hp' };
    const b = binding('homeassistant/climate/hp/hp/config', config, 'hp.mode');
    expect(b.capability).toMatchObject({ kind: 'level', min: 0, max: 3, step: 1, writable: true, label: 'Mode (off, heat, cool, auto)' });
    expect(b.reads[0]!.read('cool')).toBe(2);
    expect(b.reads[0]!.read('boost')).toBeUndefined();
    expect(b.write!(1)).toEqual([{ topic: 'hp/mode/set', payload: 'heat' }]);
    expect(b.write!(9)).toEqual([]);
    const readOnly = binding('homeassistant/climate/hp2/hp2/config', { name: 'Meter', mode_stat_t: 'x/mode', curr_temp_t: 'x/t', uniq_id: 'hp2' }, 'hp2.mode');
    expect(readOnly.capability.writable).toBe(false);
    expect(readOnly.write).toBeUndefined();
  });
});
