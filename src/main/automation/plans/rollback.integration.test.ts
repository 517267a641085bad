// Rollback against the demo home's real stack: zwave-js driver, simulated stick. A plan whose third step
// the thermostat cannot take stops there, and the lamp and kettle it already switched on are put back —
// as the devices themselves report.
import { describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../app';
import { waitFor } from '../../test/wait';
import { quietLog, tempDir } from '../../test/temp';

describe('plans on the demo home', () => {
  const dataDir = tempDir();

  it('runs a plan through the Z-Wave stack and rolls it back when a step fails', async () => {
    // Without Matter: it needs a loopback-only namespace (see radios/matter-demo.integration.test.ts).
    const app: RunningApp = await startApp({ dataDir, host: 'hub', log: quietLog, matter: false });
    try {
      await app.radiosStarted;
      const zwave = ['Floor Lamp', 'Kettle Plug', 'Ceiling Light', 'Thermostat'];
      const online = (name: string) => app.core.devices.list().some((d) => d.name === name && d.health === 'online');
      await waitFor(() => (zwave.every(online) ? true : undefined), 60_000);
      const state = (name: string, cap: string) => app.core.devices.list().find((d) => d.name === name)!.state[cap];
      expect([state('Floor Lamp', 'onOff'), state('Kettle Plug', 'onOff')]).toEqual([false, false]);

      const ok = await app.core.plans.preview({ text: 'turn on the living room lights and dim them to 50%' }, 'test');
      if (ok.kind !== 'plan') throw new Error(JSON.stringify(ok));
      expect((await app.core.plans.approve(ok.plan.id, 'test')).status).toBe('done');
      await waitFor(() => (state('Ceiling Light', 'level') === 50 && state('Floor Lamp', 'onOff') === true ? true : undefined));
      await app.core.plans.undo(ok.plan.id, 'test');
      await waitFor(() => (state('Ceiling Light', 'level') === 0 && state('Floor Lamp', 'onOff') === false ? true : undefined));

      const r = await app.core.plans.preview({ text: 'turn on the floor lamp and the kettle, then set the thermostat to 35 °C' }, 'test');
      if (r.kind !== 'plan') throw new Error(JSON.stringify(r));
      expect(r.plan.conflicts[0]).toMatchObject({ kind: 'impossible', severity: 'blocking' });
      // Approval refuses it; run it anyway, as a plan whose device changed its limits after the preview would.
      await expect(app.core.plans.approve(r.plan.id, 'test')).rejects.toThrow(/can’t be set to 35 °C/);
      const ran = await app.core.plans.executor.start(r.plan, 'test');
      expect(ran.status).toBe('failed');
      expect(ran.steps.map((s) => s.status)).toEqual(['rolledBack', 'rolledBack', 'failed']);
      expect(ran.outcome).toMatch(/Hearth put back Kettle Plug to off, Floor Lamp to off\.$/);
      // The devices report they are off again.
      await waitFor(() => (state('Floor Lamp', 'onOff') === false && state('Kettle Plug', 'onOff') === false ? true : undefined));
      expect(state('Thermostat', 'setpoint')).not.toBe(35);
    } finally {
      await app.stop();
    }
  }, 120_000);
});
