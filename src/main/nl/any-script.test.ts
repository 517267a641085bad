// Issue 18: names written in any script (Greek, Cyrillic, Arabic, Chinese, emoji, accented Latin) are
// names like any other. Such a name reaches its device, and a name the home does not know is asked about:
// it is never dropped, so the sentence can't fall back on the device of the sentence before.
import { describe, expect, it } from 'vitest';
import type { Area, Capability, Device } from '../../shared/model';
import { demoCore } from '../test/core-fixture';
import { tempDir } from '../test/temp';
import { homeFromHearth } from './home-hearth';
import { createParser, type NlResult } from './parser';

const c = (id: string, kind: Capability['kind'], extra: Partial<Capability> = {}): Capability => ({ id, kind, writable: true, ...extra });
const device = (id: string, name: string, areaId: string | null, capabilities: Capability[], state: Device['state'] = {}): Device => ({
  id, protocol: 'zigbee', name, areaId, manufacturer: 'Acme', model: 'X', firmware: null, capabilities, state, stateAt: {}, health: 'online', lastSeen: null,
});
const lamp = [c('onOff', 'onOff'), c('level', 'level')];

const areas: Area[] = [
  { id: 'sal', name: 'Σαλόνι', floor: 'Ισόγειο', sortOrder: 0 },
  { id: 'kux', name: 'Кухня', floor: 'Ισόγειο', sortOrder: 1 },
  { id: 'den', name: 'Den', floor: 'Ισόγειο', sortOrder: 2 },
];
const home = createParser(homeFromHearth([
  device('gr', 'Λάμπα Σαλονιού', 'sal', lamp, { onOff: false, level: 0 }),
  device('ru', 'Лампа у окна', 'kux', lamp, { onOff: false, level: 0 }),
  device('ar', 'مصباح المكتب', 'den', lamp, { onOff: false, level: 0 }),
  device('zh', '客厅灯', 'den', lamp, { onOff: false, level: 0 }),
  device('em', '💡 Desk', 'den', lamp, { onOff: false, level: 0 }),
  device('fr', 'Lampe du Café', 'den', lamp, { onOff: false, level: 0 }),
  device('hall', 'Hall Light', 'den', lamp, { onOff: true, level: 50 }),
], areas));

/** Said right after "turn on the hall light", as the app does (the previous command's devices). */
const after = (text: string): NlResult => home.parse(text, { previous: ['hall'] });
const ids = (r: NlResult): string[] => r.actions.map((a) => `${a.entity} ${a.service}`);

describe('names in any script', () => {
  it('reaches a device named in Greek, Cyrillic, Arabic, Chinese or with an emoji, never the previous one', () => {
    expect(ids(after('turn on the Λάμπα Σαλονιού'))).toEqual(['gr turn_on']);
    expect(ids(after('turn on Лампа у окна'))).toEqual(['ru turn_on']);
    expect(ids(after('turn on مصباح المكتب'))).toEqual(['ar turn_on']);
    expect(ids(after('turn on the 客厅灯'))).toEqual(['zh turn_on']);
    expect(ids(after('turn on 💡 desk'))).toEqual(['em turn_on']);
    expect(ids(after('dim the Λάμπα Σαλονιού to 40%'))).toEqual(['gr set_brightness']);
    // With no sentence before, too.
    expect(ids(home.parse('turn off the Λάμπα Σαλονιού'))).toEqual(['gr turn_off']);
  });

  it('matches however the name is typed: case, accents left out, composed or not, emoji with or without its variation selector', () => {
    expect(ids(after('turn on the ΛΑΜΠΑ ΣΑΛΟΝΙΟΥ'))).toEqual(['gr turn_on']);
    expect(ids(after('turn on the λαμπα σαλονιου'))).toEqual(['gr turn_on']);
    expect(ids(after('turn on the Lampe du Cafe'))).toEqual(['fr turn_on']);
    expect(ids(after('turn on the Lampe du Cafe\u0301'))).toEqual(['fr turn_on']);
    expect(ids(after('turn on the лампа у окна'))).toEqual(['ru turn_on']);
    expect(ids(after('turn on 💡\uFE0F Desk'))).toEqual(['em turn_on']);
    // A zero-width space typed (or pasted) inside a name is no letter.
    expect(ids(after('turn on the Λάμ\u200Bπα Σαλονιού'))).toEqual(['gr turn_on']);
  });

  it('reads rooms and floors named in other scripts', () => {
    expect(ids(home.parse('turn on the lights in the Σαλόνι'))).toEqual(['gr turn_on']);
    expect(ids(home.parse('turn off the lights in the кухня'))).toEqual(['ru turn_off']);
    expect(ids(home.parse('turn on the lights on the Ισόγειο'))).toHaveLength(7);
  });

  it('asks about a name it does not know, in any script, instead of acting on the previous device', () => {
    for (const text of ['turn on the Φως Κουζίνας', 'turn on Свет', 'turn on the 卧室灯', 'turn on 🔦', 'turn it off and turn on the Φως']) {
      const r = after(text);
      expect(r.actions, text).toEqual([]);
      expect(r.error?.code, text).toMatch(/UNKNOWN_NAME|NO_MATCH/);
    }
    expect(after('turn on the Φως Κουζίνας').error?.message).toContain('"Φως Κουζίνας"');
  });
});

describe('names in any script, through the command bar', () => {
  const dir = tempDir();

  it('"turn on <a Greek name>" after another command plans that device, and an unknown one plans nothing', async () => {
    const f = await demoCore(dir);
    f.radio.emit({
      type: 'device',
      device: {
        nativeId: '40', suggestedName: 'Λάμπα Σαλονιού', suggestedArea: 'Living Room', manufacturer: 'Acme', model: 'X', firmware: '1.0', health: 'online',
        capabilities: [{ id: 'onOff', kind: 'onOff', writable: true }], state: { onOff: false },
      },
    });
    const first = await f.core.plans.preview({ text: 'turn on the kettle' }, 'me');
    expect(first.kind === 'plan' && first.plan.steps.map((s) => s.deviceName)).toEqual(['Kettle Plug']);

    const greek = await f.core.plans.preview({ text: 'turn on the Λάμπα Σαλονιού' }, 'me');
    expect(greek.kind === 'plan' && greek.plan.steps.map((s) => s.label)).toEqual(['Turn on Λάμπα Σαλονιού']);

    const unknown = await f.core.plans.preview({ text: 'turn on the Φως Κουζίνας' }, 'me');
    expect(unknown.kind).toBe('error');
    expect(unknown).toMatchObject({ code: 'UNKNOWN_NAME' });
    await f.core.stop();
  });
});
