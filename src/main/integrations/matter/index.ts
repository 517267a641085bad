// Matter in the registry: Hearth's controller (unless turned off), with the demo home's virtual devices when no
// stick is set up. Matter needs no stick, so it never decides between the real radios and the demo home.
import { join } from 'node:path';
import { createMatterIntegration } from '../../../protocols/matter';
import type { StackContext, StackModule } from '../stack';
import { startDemoMatter } from './demo';
import { MatterService } from './service';
import { matterControllerVault } from './vault';

const enabled = (ctx: StackContext) => ctx.options.matter !== false;

/** Puts a device in a room by name, creating the room if needed. */
function placeIn(ctx: StackContext) {
  return (deviceId: string, name: string) => {
    const area = ctx.devices.areas().find((a) => a.name.toLowerCase() === name.toLowerCase()) ?? ctx.areas.create(name, null);
    ctx.devices.setArea(deviceId, area.id, 'demo');
  };
}

export const matterStack: StackModule = {
  protocol: 'matter',
  name: 'Matter',
  configured: () => false,
  async real(ctx) {
    if (!enabled(ctx)) return undefined;
    const integration = createMatterIntegration({ vault: matterControllerVault(join(ctx.dataDir, 'matter'), ctx.secrets), log: ctx.log });
    const service = new MatterService({ integration, bus: ctx.bus, devices: ctx.devices, log: ctx.log, placeIn: placeIn(ctx) });
    return { integration, service, shutdown: async () => undefined };
  },
  async demo(ctx) {
    if (!enabled(ctx)) return undefined;
    const demo = await startDemoMatter(ctx.dataDir, ctx.secrets, ctx.log);
    const service = new MatterService({
      integration: demo.integration,
      bus: ctx.bus,
      devices: ctx.devices,
      log: ctx.log,
      placeIn: placeIn(ctx),
      seed: demo.seed,
      ...(demo.spare ? { demoPairingCode: demo.spare.manualPairingCode } : {}),
    });
    return { integration: demo.integration, service, shutdown: demo.close };
  },
};
