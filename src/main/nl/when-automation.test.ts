// Issue 18, messages that do not fit: "when the front door opens, …" is an automation request — a state
// trigger on the contact sensor — not "That is a question"; where the start of it can't be read, Hearth says
// plainly that it looks like an automation and how to make one. (What a sensor can't do: wrong-kind.test.ts.)
import { describe, expect, it } from 'vitest';
import type { IntegrationDevice } from '../../shared/integration';
import type { Area, Capability, Device } from '../../shared/model';
import { demoCore } from '../test/core-fixture';
import { tempDir } from '../test/temp';
import { homeFromHearth } from './home-hearth';
import { createParser, type NlResult } from './parser';

const c = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const sensor = (id: string, measure: string, extra: Partial<Capability> = {}): Capability => c(id, 'sensor', { writable: false, measure, ...extra });
const device = (id: string, name: string, areaId: string | null, capabilities: Capability[], state: Device['state'] = {}): Device => ({
  id, protocol: 'zigbee', name, areaId, manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state, stateAt: {}, health: 'online', lastSeen: null,
});
/** What a Zigbee door contact reports: open/closed, tampering, battery. */
const contactCaps = [sensor('sensor.contact', 'contact', { label: 'Contact' }), sensor('sensor.tamper', 'tamper', { label: 'Tamper' }), c('battery', 'battery', { writable: false, min: 0, max: 100 })];

const areas: Area[] = [{ id: 'hall', name: 'Hallway', floor: null, sortOrder: 0 }];
const home = createParser(homeFromHearth([
  device('fd', 'Front Door', 'hall', contactCaps, { 'sensor.contact': false, 'sensor.tamper': false, battery: 90 }),
  device('bd', 'Back Door', 'hall', [c('lock', 'lock')], { lock: true }),
  device('hl', 'Hall Light', 'hall', [c('onOff', 'onOff'), c('level', 'level')], { onOff: false, level: 0 }),
  device('hm', 'Hall Motion', 'hall', [sensor('motion', 'motion')], { motion: false }),
  device('leak', 'Sink Leak', 'hall', [sensor('water', 'water')], { water: false }),
], areas));

const run = (text: string): NlResult => home.parse(text);
const acts = (r: NlResult): string[] => r.actions.map((a) => `${a.entity} ${a.service}`);

describe('"when …" sentences are automations', () => {
  it('reads "when the front door opens, turn on the hall light" as a state trigger on the contact sensor', () => {
    for (const text of ['when the front door opens, turn on the hall light', 'turn on the hall light when the front door opens',
      'whenever the front door is opened turn on the hall light', 'if the front door opens then turn on the hall light']) {
      const r = run(text);
      expect(r.error, text).toBeUndefined();
      expect(acts(r), text).toEqual(['hl turn_on']);
      expect(r.schedule, text).toEqual({ kind: 'state', triggers: [{ entity: 'fd#sensor.contact', state: 'on' }], text: 'when Front Door opens' });
    }
    expect(run('when the front door closes turn off the hall light').schedule).toMatchObject({ triggers: [{ entity: 'fd#sensor.contact', state: 'off' }], text: 'when Front Door closes' });
    expect(run('when the back door is unlocked, turn on the hall light').schedule).toMatchObject({ triggers: [{ entity: 'bd', state: 'unlocked' }], text: 'when Back Door is unlocked' });
    expect(run('when motion is detected in the hallway, turn on the hall light').schedule).toMatchObject({ triggers: [{ entity: 'hm', state: 'on' }] });
    expect(run('when the hall light turns off, lock the back door')).toMatchObject({ schedule: { triggers: [{ entity: 'hl', state: 'off' }] } });
    expect(acts(run('when the sink leak detects water, turn off the hall light'))).toEqual(['hl turn_off']);
  });

  it('a timing word with nothing else ("when minutes", found by fuzzing) is an answer, not a crash', () => {
    for (const text of ['when minutes', 'when minutes turn on the hall light', 'when for minutes']) {
      const r = run(text);
      expect(r.actions, text).toEqual([]);
      expect(r.error?.message, text).toEqual(expect.any(String));
    }
  });

  it('says plainly that it looks like an automation when the start of it cannot be read', () => {
    for (const text of ['when I get home turn on the hall light', 'when the garden gate opens turn on the hall light']) {
      const r = run(text);
      expect(r.actions, text).toEqual([]);
      expect(r.error?.message, text).toMatch(/^That looks like an automation, but I (can't tell what should start it|don't know a device called "garden gate")/);
      expect(r.error?.next, text).toContain('when the front door opens, turn on the hall light');
    }
    // Asked to be told: an automation with a notification, which is made on the Automations screen.
    const told = run('let me know when the front door opens');
    expect(told.actions).toEqual([]);
    expect(told.error).toMatchObject({ code: 'UNSUPPORTED', message: expect.stringMatching(/^That looks like an automation that tells you when Front Door opens/) });
    expect(told.error?.next).toContain('Automations → New');
    // Questions stay questions.
    expect(run('when is the hall light on?').schedule).toBeUndefined();
    expect(run('tell me if the front door is open').answer).toBe('No, closed');
  });
});

describe('"when …" through the automations screen', () => {
  const dir = tempDir();
  const frontDoor: IntegrationDevice = {
    nativeId: '50', suggestedName: 'Front Door', suggestedArea: 'Hallway', manufacturer: 'SONOFF', model: 'SNZB-04', firmware: '1.0', health: 'online',
    capabilities: contactCaps, state: { 'sensor.contact': false, 'sensor.tamper': false, battery: 90 },
  };

  it('makes a rule that turns the kettle on when the front door opens, and it runs when the door opens', async () => {
    const f = await demoCore(dir);
    f.radio.emit({ type: 'device', device: frontDoor });
    const ctx = { actor: 'test' };
    const unlock = await f.core.dispatch('plans.preview', { text: 'unlock the front door' }, ctx);
    expect(unlock).toMatchObject({ ok: true, result: { kind: 'error', code: 'UNSUPPORTED', message: expect.stringMatching(/^Front Door is a contact sensor: .*can't be locked or unlocked\.$/) } });

    const draft = await f.core.dispatch('automations.fromText', { text: 'when the front door opens, turn on the kettle' }, ctx);
    if (!draft.ok) throw new Error(JSON.stringify(draft.error));
    const result = draft.result as { kind: string; rule: { triggers: unknown[] }; plan: { id: string } };
    expect(result.kind).toBe('draft');
    expect(result.rule.triggers).toEqual([{ type: 'state', deviceId: f.id('Front Door'), capabilityId: 'sensor.contact', to: true }]);
    await f.core.plans.approve(result.plan.id, 'test');
    expect(f.value('Kettle Plug', 'onOff')).toBe(false);
    f.radio.emit({ type: 'state', nativeId: '50', capabilityId: 'sensor.contact', value: true, at: f.clock.now() });
    await new Promise((r) => setTimeout(r, 50));
    expect(f.value('Kettle Plug', 'onOff')).toBe(true);
    await f.core.stop();
  });
});
