// Z-Wave in the registry: a stick from the command line or the saved setting, else the demo home's simulated one.
// zwave-js (and the simulator) load only when the stack starts: a home without Z-Wave never pays for them.
import { join } from 'node:path';
import { zwaveKeys } from '../../radio-keys';
import type { StackContext, StackModule } from '../stack';
import { ZWaveService } from './service';

const port = (ctx: StackContext) => ctx.options.zwavePort ?? ctx.settings.get('radios.zwave.port');

export const zwaveStack: StackModule = {
  protocol: 'zwave',
  name: 'Z-Wave',
  configured: (ctx) => port(ctx) !== undefined,
  async real(ctx) {
    const path = port(ctx);
    if (!path) return undefined;
    const { createZWaveIntegration } = await import('../../../protocols/zwave');
    const integration = createZWaveIntegration({
      port: path,
      cacheDir: join(ctx.dataDir, 'zwave'),
      label: `Z-Wave stick on ${path}`,
      securityKeys: zwaveKeys(ctx.secrets),
      stackLog: true,
      log: ctx.log,
    });
    const service = new ZWaveService({ integration, bus: ctx.bus, devices: ctx.devices, log: ctx.log, nvmDir: join(ctx.dataDir, 'zwave', 'nvm-backups') });
    return { integration, service, shutdown: async () => undefined };
  },
  async demo(ctx) {
    const { startDemoZWave } = await import('./demo');
    const demo = await startDemoZWave(ctx.dataDir, zwaveKeys(ctx.secrets, 'zwave.demo'), ctx.log);
    const service = new ZWaveService({
      integration: demo.integration,
      bus: ctx.bus,
      devices: ctx.devices,
      log: ctx.log,
      nvmDir: join(ctx.dataDir, 'demo', 'zwave-nvm-backups'),
      demo: demo.demo,
    });
    return { integration: demo.integration, service, shutdown: demo.close };
  },
  configure: (settings, stick) => settings.set('radios.zwave.port', stick.port),
};
