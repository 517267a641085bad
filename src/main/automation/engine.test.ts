import { describe, expect, it } from 'vitest';
import type { Location, Rule, Trigger } from '../../shared/automation';
import type { CapabilityValue, Device } from '../../shared/model';
import type { Trace } from '../../shared/plan';
import { FakeClock } from '../test/fake-clock';
import { AutomationEngine } from './engine';
import { TriggerIndex, triggerMatches } from '../time/trigger-index';

const dev = (id: string, name: string, caps: Device['capabilities']): Device => ({
  id, protocol: 'zwave', name, areaId: null, manufacturer: '', model: '', firmware: null, capabilities: caps, state: {}, stateAt: {}, health: 'online', lastSeen: null,
});
const devices = new Map([
  ['lamp', dev('lamp', 'Floor Lamp', [{ id: 'onOff', kind: 'onOff', writable: true }])],
  ['temp', dev('temp', 'Hall Sensor', [{ id: 't', kind: 'sensor', writable: false, measure: 'temperature', unit: '°C' }])],
  ['heat', dev('heat', 'Thermostat', [{ id: 'setpoint', kind: 'setpoint', writable: true, unit: '°C' }])],
]);

const rule = (id: string, triggers: Trigger[], over: Partial<Rule> = {}): Rule => ({
  id, name: id, enabled: true, triggers, conditions: [], actions: [{ type: 'notify', message: 'x' }], source: 'form', createdAt: 0, updatedAt: 0, ...over,
});

function setup(start = new Date(2025, 0, 6, 6, 0), location: Location = { lat: 51.5, lon: -0.12 }) {
  const clock = new FakeClock(start); // a Monday
  const state = new Map<string, CapabilityValue>();
  const ran: { rule: string; trace: Trace; chain: readonly string[] }[] = [];
  const skipped: Trace[] = [];
  const engine = new AutomationEngine({
    clock,
    value: (d, c) => state.get(`${d}.${c}`),
    lookup: (id) => devices.get(id),
    location: () => location,
    dispatch: (r, trace, chain) => ran.push({ rule: r.id, trace, chain }),
    skipped: (_r, t) => skipped.push(t),
  });
  const set = (d: string, c: string, v: CapabilityValue) => {
    state.set(`${d}.${c}`, v);
    engine.onState(d, c, v);
  };
  return { clock, engine, ran, skipped, set, state };
}

describe('trigger matching', () => {
  it('fires state triggers on changes only, honouring from/to', () => {
    const t: Trigger & { type: 'state' } = { type: 'state', deviceId: 'lamp', capabilityId: 'onOff', to: true };
    expect(triggerMatches(t, false, true)).toBe(true);
    expect(triggerMatches(t, true, true)).toBe(false);
    expect(triggerMatches(t, true, false)).toBe(false);
    expect(triggerMatches({ ...t, to: undefined, from: true }, true, false)).toBe(true);
  });

  it('fires numeric triggers when a value crosses into the range, not while it stays there', () => {
    const t: Trigger & { type: 'numeric' } = { type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 25 };
    expect(triggerMatches(t, 24, 26)).toBe(true);
    expect(triggerMatches(t, 26, 27)).toBe(false);
    expect(triggerMatches(t, undefined, 26)).toBe(true);
    expect(triggerMatches({ ...t, below: 30 }, 24, 31)).toBe(false);
  });

  it('a momentary unknown (null) reading is not a change: only real crossings fire', () => {
    const idx = new TriggerIndex<string>(() => undefined);
    idx.add('hot', 'hot', [{ type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 25 }]);
    idx.add('lamp', 'lamp', [{ type: 'state', deviceId: 'lamp', capabilityId: 'onOff', to: true }]);
    idx.add('any', 'any', [{ type: 'state', deviceId: 'lamp', capabilityId: 'onOff' }]);
    const fired = (d: string, c: string, v: CapabilityValue) => idx.match(d, c, v).map((e) => e.ruleId);
    expect([20, 26, null, 26].map((v) => fired('temp', 't', v))).toEqual([[], ['hot'], [], []]);
    expect([null, 20, 26].map((v) => fired('temp', 't', v))).toEqual([[], [], ['hot']]);
    expect([false, true, null, true].map((v) => fired('lamp', 'onOff', v))).toEqual([['any'], ['lamp', 'any'], [], []]);
    expect([null, false].map((v) => fired('lamp', 'onOff', v))).toEqual([[], ['any']]);
  });

  it('every device value listened to is still found after the filter in front of the map has grown many times over', () => {
    const idx = new TriggerIndex<string>(() => undefined);
    // Ids of all shapes and lengths, some differing only before their last 12 characters; two controls on some devices.
    const ids = Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? `zwave:${i}` : i % 3 === 1 ? `hue:${i}-light-bridge-aaaaaaaaaaaa` : `z${i}`));
    const cap = (i: number) => (i % 4 === 0 ? 'ep2.level' : 'onOff');
    ids.forEach((id, i) => idx.add(`r${i}`, `r${i}`, [{ type: 'state', deviceId: id, capabilityId: cap(i), to: true }]));
    ids.forEach((id, i) => i % 5 === 0 && idx.add(`s${i}`, `s${i}`, [{ type: 'numeric', deviceId: id, capabilityId: 'temperature', above: 20 }]));
    expect(ids.filter((id, i) => idx.match(id, cap(i), true).map((e) => e.ruleId).join() !== `r${i}`)).toEqual([]);
    expect(ids.filter((id, i) => i % 5 === 0 && idx.match(id, 'temperature', 21).map((e) => e.ruleId).join() !== `s${i}`)).toEqual([]);
    // Values no rule listens to fire nothing (most are turned away by the filter, the rest by the map).
    expect(Array.from({ length: 20_000 }, (_, i) => idx.match(`zwave:x${i}`, 'onOff', true).length).filter((n) => n > 0)).toEqual([]);
    expect(ids.filter((id, i) => idx.match(id, i % 4 === 0 ? 'onOff' : 'level', true).length > 0)).toEqual([]);
  });

  it('looks up only the rules listening to that device value', () => {
    const idx = new TriggerIndex<string>(() => undefined);
    for (let i = 0; i < 1000; i++) idx.add(`r${i}`, `r${i}`, [{ type: 'state', deviceId: `d${i}`, capabilityId: 'onOff', to: true }]);
    idx.add('both', 'both', [{ type: 'state', deviceId: 'd7', capabilityId: 'onOff' }, { type: 'numeric', deviceId: 'd8', capabilityId: 'level', below: 10 }]);
    expect(idx.match('d7', 'onOff', true).map((e) => e.ruleId)).toEqual(['r7', 'both']);
    expect(idx.match('d7', 'onOff', true)).toEqual([]); // no change
    expect(idx.match('d8', 'level', 5).map((e) => e.ruleId)).toEqual(['both']);
    expect(idx.match('nobody', 'onOff', true)).toEqual([]);
    idx.remove('both');
    expect(idx.match('d7', 'onOff', false)).toEqual([]);
    expect(idx.match('d7', 'onOff', true).map((e) => e.ruleId)).toEqual(['r7']);
  });
});

describe('automation engine', () => {
  it('runs a rule when its trigger fires and its conditions hold, and traces why it did not otherwise', () => {
    const s = setup();
    s.engine.put(rule('hot', [{ type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 25 }], { conditions: [{ type: 'state', deviceId: 'lamp', capabilityId: 'onOff', is: true }] }));
    s.engine.start();
    s.set('lamp', 'onOff', false);
    s.set('temp', 't', 26);
    expect(s.ran).toEqual([]);
    expect(s.skipped[0]).toMatchObject({
      result: 'conditionsFailed',
      trigger: 'Hall Sensor temperature rises above 25 °C',
      conditions: [{ label: 'Floor Lamp is on', passed: false, detail: 'it was off' }],
      summary: 'Didn’t run: triggered by “Hall Sensor temperature rises above 25 °C”, but “Floor Lamp is on” was not true (it was off).',
    });
    s.set('temp', 't', 20);
    s.set('lamp', 'onOff', true);
    s.set('temp', 't', 27);
    expect(s.ran.map((r) => r.rule)).toEqual(['hot']);
    expect(s.ran[0]!.trace.conditions).toEqual([{ label: 'Floor Lamp is on', passed: true }]);
  });

  it('fires time triggers on the right weekdays with a fake clock', () => {
    const s = setup(new Date(2025, 0, 3, 6, 0)); // Friday 06:00
    s.engine.put(rule('weekday', [{ type: 'time', at: '07:00', days: ['mon', 'tue', 'wed', 'thu', 'fri'] }]));
    s.engine.start();
    s.clock.advance(59 * 60_000);
    expect(s.ran).toEqual([]);
    s.clock.advance(60_000);
    expect(s.ran.map((r) => [r.rule, r.trace.trigger, new Date(r.trace.at).getHours()])).toEqual([['weekday', 'Every weekday at 07:00', 7]]);
    s.clock.advance(2 * 86_400_000); // Saturday, Sunday: nothing
    expect(s.ran.length).toBe(1);
    s.clock.advance(86_400_000); // Monday 07:00
    expect(s.ran.length).toBe(2);
    expect(new Date(s.ran[1]!.trace.at).getDay()).toBe(1);
  });

  it('fires sun triggers with an offset, and intervals', () => {
    const s = setup(new Date(2025, 5, 21, 12, 0));
    s.engine.put(rule('dusk', [{ type: 'sun', event: 'sunset', offsetMin: -30, days: [] }]));
    s.engine.put(rule('tick', [{ type: 'interval', everyS: 3600 }]));
    s.engine.start();
    s.clock.advance(12 * 3_600_000);
    const dusk = s.ran.filter((r) => r.rule === 'dusk');
    expect(dusk.length).toBe(1);
    expect(dusk[0]!.trace.trigger).toBe('Every day 30 min before sunset');
    // London's midsummer sunset is about 21:20 (UTC+1), i.e. 20:20 UTC.
    const utc = new Date(dusk[0]!.trace.at).getUTCHours() * 60 + new Date(dusk[0]!.trace.at).getUTCMinutes();
    expect(utc).toBeGreaterThan(19 * 60 + 35);
    expect(utc).toBeLessThan(20 * 60 + 5);
    expect(s.ran.filter((r) => r.rule === 'tick').length).toBe(12);
  });

  it('re-arms sun triggers after weeks without a sunset (midnight sun) or a sunrise (polar night)', () => {
    const tromso = { lat: 69.65, lon: 18.96 };
    const s = setup(new Date(2025, 5, 10, 12, 0), tromso); // midnight sun until late July
    s.engine.put(rule('dusk', [{ type: 'sun', event: 'sunset', offsetMin: 0, days: [] }]));
    s.engine.start();
    s.clock.set(new Date(2025, 6, 31, 12, 0));
    const first = s.ran.find((r) => r.rule === 'dusk');
    expect(first).toBeDefined();
    const day = new Date(first!.trace.at);
    expect([day.getMonth(), day.getDate()]).toEqual([6, expect.any(Number)]);
    expect(day.getDate()).toBeGreaterThanOrEqual(20);
    expect(day.getDate()).toBeLessThanOrEqual(27);
    // It keeps firing once a day after that.
    expect(s.ran.filter((r) => r.rule === 'dusk').length).toBeGreaterThanOrEqual(31 - day.getDate() - 1);

    const winter = setup(new Date(2025, 10, 20, 12, 0), tromso); // polar night from late November to mid-January
    winter.engine.put(rule('dawn', [{ type: 'sun', event: 'sunrise', offsetMin: 30, days: [] }]));
    winter.engine.start();
    winter.clock.set(new Date(2026, 0, 31));
    const dawns = winter.ran.map((r) => new Date(r.trace.at));
    expect(dawns.filter((d) => d.getFullYear() === 2026).length).toBeGreaterThan(10);
  });

  it('stops rules that keep triggering each other', () => {
    const s = setup();
    s.engine.put(rule('A', [{ type: 'state', deviceId: 'lamp', capabilityId: 'onOff' }]));
    s.engine.start();
    // A's own write of the lamp comes back as a state change, three times in a row.
    for (let i = 0; i < 3; i++) {
      const last = s.ran.at(-1);
      if (last) s.engine.noteWrite('lamp', 'onOff', last.chain);
      s.set('lamp', 'onOff', i % 2 === 0);
    }
    expect(s.ran.map((r) => r.chain)).toEqual([['A'], ['A', 'A']]);
    expect(s.skipped.at(-1)).toMatchObject({ result: 'suppressed', summary: 'Stopped: “A” set itself off again, twice round. It keeps triggering itself; change it so its actions do not set off its trigger.' });
  });

  it('does not run a rule whose "not" condition names a removed device, and the trace says why', () => {
    const s = setup();
    s.engine.put(rule('gone', [{ type: 'numeric', deviceId: 'temp', capabilityId: 't', above: 25 }], { conditions: [{ type: 'not', condition: { type: 'state', deviceId: 'removed', capabilityId: 'onOff', is: true } }] }));
    s.engine.start();
    s.set('temp', 't', 20);
    s.set('temp', 't', 26);
    expect(s.ran).toEqual([]);
    expect(s.skipped.at(-1)).toMatchObject({
      result: 'conditionsFailed',
      conditions: [{ label: 'not (A removed device is on)', passed: false, detail: 'the device it names was removed from Hearth; edit the automation to pick another' }],
      summary: 'Didn’t run: triggered by “Hall Sensor temperature rises above 25 °C”, but Hearth could not tell whether “not (A removed device is on)” was true (the device it names was removed from Hearth; edit the automation to pick another).',
    });
  });

  it('fires "when Hearth starts" rules once and skips disabled rules', () => {
    const s = setup();
    s.engine.put(rule('boot', [{ type: 'start' }]));
    s.engine.put(rule('off', [{ type: 'start' }], { enabled: false }));
    s.engine.start();
    s.engine.start();
    expect(s.ran.map((r) => r.rule)).toEqual(['boot']);
  });
});
