// Zigbee in the registry: a stick from the command line or the saved settings (its kind told by the user, else by
// its USB id), else the demo home's emulated one.
import { join } from 'node:path';
import type { StackContext, StackModule } from '../stack';
import { ZigbeeService } from './service';
import { ZigbeeAdapterType, saveZigbeeNetwork, saveZigbeeStick, savedZigbeeStick, zigbeeNetwork } from './settings';
import { zigbeeAdapterFor } from './stick';

const port = (ctx: StackContext) => ctx.options.zigbeePort ?? savedZigbeeStick(ctx.settings).port;

export const zigbeeStack: StackModule = {
  protocol: 'zigbee',
  name: 'Zigbee',
  configured: (ctx) => port(ctx) !== undefined,
  async real(ctx) {
    const path = port(ctx);
    if (!path) return undefined;
    const given = ZigbeeAdapterType.optional().parse(ctx.options.zigbeeAdapter ?? savedZigbeeStick(ctx.settings).adapter);
    const chosen = await zigbeeAdapterFor(path, given, ctx.options.listPorts);
    if (chosen.source === 'default') ctx.log.warn(`Could not tell which kind of Zigbee stick is at ${path}; trying zstack (use --zigbee-adapter to choose).`);
    const dataDir = join(ctx.dataDir, 'zigbee');
    const { createZigbeeIntegration } = await import('../../../protocols/zigbee');
    const integration = createZigbeeIntegration({
      serialPath: path,
      adapterType: chosen.adapter,
      ...(chosen.rtscts !== undefined ? { rtscts: chosen.rtscts } : {}),
      ...(chosen.baudRate !== undefined ? { baudRate: chosen.baudRate } : {}),
      ...zigbeeNetwork(ctx.settings, ctx.secrets),
      dataDir,
      otaIndexPath: ctx.settings.get('radios.zigbee.otaIndex'),
      label: `Zigbee stick on ${path}`,
      log: ctx.log,
    });
    const service = new ZigbeeService({
      integration,
      bus: ctx.bus,
      devices: ctx.devices,
      log: ctx.log,
      backupsDir: join(dataDir, 'backups'),
      rememberNetwork: (network) => saveZigbeeNetwork(ctx.settings, ctx.secrets, network),
    });
    return { integration, service, shutdown: async () => undefined };
  },
  async demo(ctx) {
    const { startDemoZigbee } = await import('./demo');
    const demo = await startDemoZigbee(ctx.dataDir, ctx.secrets, ctx.log);
    const service = new ZigbeeService({
      integration: demo.integration,
      bus: ctx.bus,
      devices: ctx.devices,
      log: ctx.log,
      backupsDir: join(demo.dataDir, 'backups'),
      seed: () => demo.seed(),
    });
    return { integration: demo.integration, service, shutdown: demo.close };
  },
  configure: (settings, stick) => saveZigbeeStick(settings, stick),
};
