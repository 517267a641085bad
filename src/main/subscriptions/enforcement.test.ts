// The tier's limits hold on every path — requests that let devices join, automations made in the form, from text or
// by import — a licence lifts them at once, and a downgrade deletes nothing: what is over the limit becomes
// read-only (not commanded, not run) until the tier allows it again. The demo home is exempt.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RuleInput } from '../../shared/automation';
import type { RequestName } from '../../shared/contract';
import { buildCore, type Core } from '../app';
import { demoDevices, ScriptedAdapter } from '../test/fake-adapter';
import { FakeClock } from '../test/fake-clock';
import { quietLog, tempDir } from '../test/temp';
import { issueLicence, GRACE_DAYS } from './licence';
import { testPrivateKey } from './test-keys';

const DAY = 86_400_000;
const START = new Date(2026, 0, 5, 6, 0); // Monday 06:00

interface Home {
  core: Core;
  radio: ScriptedAdapter;
  clock: FakeClock;
  id(name: string): string;
  call(method: RequestName, params: unknown): Promise<{ ok: boolean; error?: { code: string; message: string; next?: string }; result?: unknown }>;
}

const dir = tempDir('hearth-subscription-');
let n = 0;
let home: Home | undefined;
afterEach(async () => {
  await home?.core.stop();
  home = undefined;
});

async function freeHome(opts: { demo?: boolean } = {}): Promise<Home> {
  const clock = new FakeClock(START);
  const core = buildCore({
    dataDir: join(dir, `home-${n++}`), host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock,
    env: { HEARTH_TEST_LICENCES: '1' },
  });
  const radio = new ScriptedAdapter();
  radio.echo = true;
  await core.startAdapters([radio], { demo: opts.demo ?? false });
  for (const d of demoDevices()) radio.emit({ type: 'device', device: d }); // 5 devices: Free's limit
  const id = (name: string) => core.devices.list().find((d) => d.name === name)!.id;
  const call: Home['call'] = (method, params) => core.dispatch(method, params, { actor: 'test' }) as ReturnType<Home['call']>;
  return (home = { core, radio, clock, id, call });
}

const rule = (h: Home, name: string, at = '07:00'): RuleInput => ({
  name, enabled: true, conditions: [],
  triggers: [{ type: 'time', at, days: [] }],
  actions: [{ type: 'command', deviceId: h.id('Kettle Plug'), capabilityId: 'onOff', value: true }],
});

// The core's timers (health, alerts, backups) run on the fake clock: tests move it by minutes, not weeks.
function licence(tier: 'premium' | 'professional', days: number, now: number, trial = false): string {
  return issueLicence({ v: 1, id: `L-${tier}`, customer: 'Ada', tier, homes: 1, issuedAt: now - 30 * DAY, expiresAt: now + days * DAY, trial }, testPrivateKey());
}

describe('subscription limits', () => {
  it('on Free, a 6th device is refused on every path that lets devices join, with the way to upgrade', async () => {
    const h = await freeHome();
    for (const [method, params] of [
      ['pairing.start', { protocol: 'zwave' }],
      ['zwave.inclusion.start', {}],
      ['zwave.smartStart.provision', { qr: '90'.padEnd(90, '0'), grantedClasses: [] }],
      ['matter.commission', { code: '34970112332' }],
    ] as const) {
      const r = await h.call(method, params);
      expect(r, method).toMatchObject({ ok: false, error: { code: 'PLAN_LIMIT', message: 'Free allows 5 devices, and this home has 5.', next: expect.stringMatching(/Upgrade in Subscription/) } });
    }
    expect(h.core.subscription.status()).toMatchObject({ tier: 'free', limits: { devices: 5, automations: 5 }, usage: { devices: 5, automations: 0 }, readOnly: { devices: [], automations: [] } });
  });

  it('with room left, the same requests reach the radio (the gate is not what refuses them)', async () => {
    const h = await freeHome();
    h.core.devices.forget(h.id('Back Door'), 'test');
    const r = await h.call('pairing.start', { protocol: 'zwave' });
    expect(r.error?.code).not.toBe('PLAN_LIMIT');
  });

  it('on Free, a 6th automation is refused from the form, from text and by import', async () => {
    const h = await freeHome();
    for (let i = 1; i <= 5; i++) expect((await h.call('automations.create', { rule: rule(h, `Rule ${i}`) })).ok).toBe(true);

    const form = await h.call('automations.create', { rule: rule(h, 'Rule 6') });
    expect(form.error).toMatchObject({ code: 'PLAN_LIMIT', message: 'Free allows 5 automations, and this home has 5.' });

    const text = await h.core.plans.preview({ text: 'every weekday at 8 turn on the kettle' }, 'test');
    if (text.kind !== 'plan') throw new Error(JSON.stringify(text));
    // The preview says so before anyone approves: the limit and the way to upgrade.
    expect(text.plan.conflicts).toContainEqual(expect.objectContaining({ kind: 'limit', severity: 'blocking', message: expect.stringMatching(/^Can't be saved: Free allows 5 automations, and this home has 5\. Upgrade in Subscription/) }));
    expect(text.plan.previewReasons).toContain('Hearth found a conflict.');
    await expect(h.core.plans.approve(text.plan.id, 'test')).rejects.toMatchObject({ code: 'PLAN_LIMIT' });

    const exported = h.core.automations.export();
    h.core.automations.remove(h.core.automations.list()[0]!.id);
    const imported = await h.call('automations.import', { data: { ...exported, rules: exported.rules.slice(0, 2).map((r, i) => ({ ...r, id: undefined, name: `Copy ${i}` })) }, copies: true });
    expect(imported.error).toMatchObject({ code: 'PLAN_LIMIT', message: 'Free allows 5 automations: this home has 4, so 2 more would be 1 too many.' });
    expect(h.core.automations.list()).toHaveLength(4);

    // With room again (one removed), a sentence's preview has no limit in it and saves.
    const roomy = await h.core.plans.preview({ text: 'every weekday at 9 turn on the kettle' }, 'test');
    if (roomy.kind !== 'plan') throw new Error(JSON.stringify(roomy));
    expect(roomy.plan.conflicts.filter((c) => c.kind === 'limit')).toEqual([]);
    expect((await h.core.plans.approve(roomy.plan.id, 'test')).status).toBe('saved');
  });

  it('a test licence unlocks Premium at once; forged or expired ones are refused and change nothing', async () => {
    const h = await freeHome();
    for (let i = 1; i <= 5; i++) h.core.automations.create(rule(h, `Rule ${i}`), 'form');
    const events: unknown[] = [];
    h.core.bus.on('subscription.changed', 'test', (s) => events.push(s));

    const expired = await h.call('subscription.activate', { licence: licence('premium', -(GRACE_DAYS + 1), h.clock.now()) });
    expect(expired.error).toMatchObject({ code: 'BAD_REQUEST', message: expect.stringMatching(/^That licence ended on \d{4}-\d\d-\d\d\.$/) });
    const forged = await h.call('subscription.activate', { licence: licence('premium', 30, h.clock.now()).replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(forged.error?.message).toMatch(/signature does not match/);
    expect(h.core.subscription.tier()).toBe('free');

    const ok = await h.call('subscription.activate', { licence: `\n${licence('premium', 365, h.clock.now())}\n` });
    expect(ok).toMatchObject({ ok: true, result: { tier: 'premium', licence: { tier: 'premium', test: true, state: 'active', daysLeft: 365 }, limits: { devices: 150, automations: null } } });
    expect(events).toHaveLength(1);
    expect((await h.call('automations.create', { rule: rule(h, 'Rule 6') })).ok).toBe(true);
    expect((await h.call('pairing.start', { protocol: 'zwave' })).error?.code).not.toBe('PLAN_LIMIT');
    const audit = h.core.db.prepare("SELECT action, target FROM audit_log WHERE action = 'subscription.activate' ORDER BY rowid").all();
    expect(audit).toEqual([
      { action: 'subscription.activate', target: 'subscription' },
      { action: 'subscription.activate', target: 'subscription' },
      { action: 'subscription.activate', target: 'premium' },
    ]);
  });

  it('a downgrade deletes nothing: the newest items over the limit become read-only, and usable again after an upgrade', async () => {
    const h = await freeHome();
    await h.call('subscription.activate', { licence: licence('premium', 10 / 1440, h.clock.now(), true) }); // a 10-minute trial
    h.clock.advance(60_000);
    h.radio.emit({ type: 'device', device: { ...demoDevices()[0]!, nativeId: '7', suggestedName: 'Porch Light', suggestedArea: 'Hallway', state: { onOff: false } } });
    for (let i = 1; i <= 6; i++) {
      h.clock.advance(1000);
      h.core.automations.create(rule(h, `Rule ${i}`, '07:00'), 'form');
    }

    // The trial has ended (a trial has no grace period): back on Free.
    h.clock.advance(10 * 60_000);
    const status = h.core.subscription.status();
    expect(status).toMatchObject({ tier: 'free', licence: { state: 'expired' }, usage: { devices: 6, automations: 6 } });
    const rule6 = h.core.automations.list().find((r) => r.name === 'Rule 6')!;
    expect(status.readOnly).toEqual({ devices: [h.id('Porch Light')], automations: [rule6.id] });

    const refused = await h.call('devices.command', { deviceId: h.id('Porch Light'), capabilityId: 'onOff', value: true });
    expect(refused.error).toMatchObject({ code: 'PLAN_LIMIT', message: expect.stringMatching(/^This device is read-only: Free allows 5 devices.*Nothing was deleted\.$/) });
    expect((await h.call('devices.rename', { deviceId: h.id('Porch Light'), name: 'Porch' })).error?.code).toBe('PLAN_LIMIT');
    expect((await h.call('devices.command', { deviceId: h.id('Kettle Plug'), capabilityId: 'onOff', value: true })).ok).toBe(true);

    // The read-only rule is kept but not run, and cannot be edited; it may be switched off or removed.
    await h.call('devices.command', { deviceId: h.id('Kettle Plug'), capabilityId: 'onOff', value: false });
    expect((await h.call('automations.update', { ruleId: rule6.id, rule: rule(h, 'Rule 6 edited') })).error?.code).toBe('PLAN_LIMIT');
    const trace = h.core.automations.run(rule6.id);
    expect(trace).toMatchObject({ result: 'suppressed', summary: expect.stringMatching(/^Not run: “Rule 6” is over the subscription's limit/) });
    expect(h.core.devices.get(h.id('Kettle Plug')).state['onOff']).toBe(false);
    expect(h.core.automations.run(h.core.automations.list().find((r) => r.name === 'Rule 1')!.id).result).not.toBe('suppressed');

    // A new licence makes everything usable again, as it was.
    await h.call('subscription.activate', { licence: licence('professional', 365, h.clock.now()) });
    expect(h.core.subscription.status().readOnly).toEqual({ devices: [], automations: [] });
    expect((await h.call('devices.command', { deviceId: h.id('Porch Light'), capabilityId: 'onOff', value: true })).ok).toBe(true);
  });

  it('moving the clock back does not bring an expired licence back', async () => {
    const h = await freeHome();
    await h.call('subscription.activate', { licence: licence('premium', 5 / 1440, h.clock.now(), true) });
    h.clock.advance(10 * 60_000);
    expect(h.core.subscription.tier()).toBe('free');
    h.clock.set(START.getTime() - DAY);
    expect(h.core.subscription.status()).toMatchObject({ tier: 'free', clockMovedBack: true, licence: { state: 'expired' } });
  });

  it('within the grace period the paid tier still holds, and says how long is left', async () => {
    const h = await freeHome();
    const r = await h.call('subscription.activate', { licence: licence('premium', -2, h.clock.now()) }); // ended 2 days ago
    expect(r.ok).toBe(true);
    expect(h.core.subscription.status()).toMatchObject({ tier: 'premium', licence: { state: 'grace', daysLeft: GRACE_DAYS - 2 } });
  });

  it('the tier a command is checked against changes at once: a licence removed, everything erased, a licence ending', async () => {
    const h = await freeHome();
    const porch = () => h.radio.emit({ type: 'device', device: { ...demoDevices()[0]!, nativeId: '7', suggestedName: 'Porch Light', suggestedArea: 'Hallway', state: { onOff: false } } });
    const command = () => h.call('devices.command', { deviceId: h.id('Porch Light'), capabilityId: 'onOff', value: true });
    await h.call('subscription.activate', { licence: licence('premium', 365, h.clock.now()) });
    porch();
    expect((await command()).ok).toBe(true); // the 6th device, on Premium
    await h.call('subscription.deactivate', {});
    expect((await command()).error?.code).toBe('PLAN_LIMIT');

    await h.call('subscription.activate', { licence: licence('premium', 365, h.clock.now()) });
    expect((await command()).ok).toBe(true);
    expect((await h.call('privacy.erase', { confirm: 'ERASE' })).ok).toBe(true); // the licence goes with the rest
    expect(h.core.subscription.tier()).toBe('free');

    await h.call('subscription.activate', { licence: licence('premium', 2 / 1440, h.clock.now(), true) }); // a 2-minute trial
    porch();
    expect((await command()).ok).toBe(true);
    h.clock.advance(61_000);
    expect((await command()).ok).toBe(true);
    h.clock.advance(59_000); // the trial's end, within a minute of the last check
    expect((await command()).error?.code).toBe('PLAN_LIMIT');
  });

  it('the demo home is exempt, and says so', async () => {
    const h = await freeHome({ demo: true });
    for (let i = 1; i <= 7; i++) h.core.automations.create(rule(h, `Rule ${i}`), 'form');
    expect((await h.call('pairing.start', { protocol: 'zwave' })).error?.code).not.toBe('PLAN_LIMIT');
    expect(h.core.subscription.status()).toMatchObject({ tier: 'free', demoExempt: true, limits: { devices: null, automations: null }, readOnly: { devices: [], automations: [] } });
  });
});
