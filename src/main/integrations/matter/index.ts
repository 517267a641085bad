// Matter in the registry: Hearth's controller (unless turned off), with the demo home's virtual devices when no
// stick is set up. Matter needs no stick, so it never decides between the real radios and the demo home.
import { join } from 'node:path';
import type { StackContext, StackModule } from '../stack';
import { MatterService } from './service';
import { matterControllerVault } from './vault';

const enabled = (ctx: StackContext) => ctx.options.matter !== false;

/** The home network interfaces the person agreed to use for Matter (empty: loopback only). */
export const homeInterfaces = (ctx: Pick<StackContext, 'settings'>): string[] => ctx.settings.get('matter.homeNetwork.interfaces');

/** A withdrawn consent (Privacy screen) forgets the chosen interfaces: from the next start Matter stays on this computer. */
function forgetOnWithdrawal(ctx: StackContext): () => void {
  return ctx.bus.on('consent.changed', 'matter.homeNetwork', (consents) => {
    const c = consents.find((x) => x.purpose === 'matterHomeNetwork');
    if (c && !c.granted && homeInterfaces(ctx).length > 0) {
      ctx.settings.set('matter.homeNetwork.interfaces', []);
      ctx.log.info('Matter on the home network was withdrawn: the controller stays on this computer from the next start');
    }
  });
}

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
  // Matter on the home network, agreed to with the interfaces chosen, is a real home (no demo).
  configured: (ctx) => enabled(ctx) && homeInterfaces(ctx).length > 0,
  async real(ctx) {
    if (!enabled(ctx)) return undefined;
    const interfaces = homeInterfaces(ctx);
    // Without the home network a controller in the real home could reach no device: it (and matter.js, about a
    // second and 100 MB to load) starts once Matter is set up on the home network, or while the home keeps Matter devices.
    if (interfaces.length === 0 && ctx.devices.countIn('real', 'matter') === 0) {
      ctx.log.info('Matter is not set up on the home network and this home has no Matter devices: the Matter controller does not start');
      return undefined;
    }
    const { createMatterIntegration } = await import('../../../protocols/matter');
    const integration = createMatterIntegration({
      vault: matterControllerVault(join(ctx.dataDir, 'matter'), ctx.secrets),
      log: ctx.log,
      ...(interfaces.length > 0 ? { network: { kind: 'homeNetwork' as const, interfaces } } : {}),
    });
    const service = new MatterService({ integration, bus: ctx.bus, devices: ctx.devices, log: ctx.log, placeIn: placeIn(ctx), homeNetwork: interfaces });
    const off = forgetOnWithdrawal(ctx);
    return { integration, service, shutdown: async () => off() };
  },
  async demo(ctx) {
    if (!enabled(ctx)) return undefined;
    const { startDemoMatter } = await import('./demo');
    const demo = await startDemoMatter(ctx.dataDir, ctx.secrets, ctx.log);
    const service = new MatterService({
      integration: demo.integration,
      bus: ctx.bus,
      devices: ctx.devices,
      log: ctx.log,
      placeIn: placeIn(ctx),
      seed: demo.seed,
      demoPower: demo.power,
      ...(demo.spare ? { demoPairingCode: demo.spare.manualPairingCode } : {}),
    });
    const off = forgetOnWithdrawal(ctx);
    return {
      integration: demo.integration,
      service,
      shutdown: async () => {
        off();
        await demo.close();
      },
    };
  },
};
