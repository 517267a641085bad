// A Matter peer for the LAN test, run as its own process inside a network namespace (see namespaces.ts): virtual
// devices reachable on one interface, or a Hearth controller (the real MatterAdapter) limited to one interface.
// Requests arrive as JSON lines on stdin, answers and events leave on stdout (messages.ts).
import { createInterface } from 'node:readline';
import { MatterAdapter } from '../../adapter';
import { Logger, LogLevel } from '../../matterjs';
import { VirtualMatterDevice } from '../../simulator/virtual-device';
import { Line, Request } from './messages';

Logger.level = process.env.HEARTH_LAN_LOG === 'debug' ? LogLevel.DEBUG : process.env.HEARTH_LAN_LOG === 'info' ? LogLevel.INFO : LogLevel.FATAL;
const devices = new Map<string, VirtualMatterDevice>();
let controller: MatterAdapter | undefined;

// stdout carries the answers only; matter.js's log lines (HEARTH_LAN_LOG=info|debug) go to stderr.
const out = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
const say = (line: Line) => out(`${JSON.stringify(Line.parse(line))}\n`);

function device(id: string): VirtualMatterDevice {
  const d = devices.get(id);
  if (!d) throw new Error(`no device ${id}`);
  return d;
}

function running(): MatterAdapter {
  if (!controller) throw new Error('the controller is not started');
  return controller;
}

async function handle(req: Request): Promise<unknown> {
  switch (req.op) {
    case 'startDevice': {
      const d = await VirtualMatterDevice.start({
        kind: 'onOffLight',
        id: req.deviceId,
        storage: req.dir,
        passcode: req.passcode,
        discriminator: req.discriminator,
        label: 'LAN lamp',
        reachableOn: { kind: 'homeNetwork', interfaces: [req.iface] },
        // Reports at least every 2 s, so a controller notices within seconds that the link is gone.
        subscriptionMaxIntervalSeconds: 2,
      });
      devices.set(req.deviceId, d);
      return d.pairing;
    }
    case 'readDevice':
      return device(req.deviceId).read();
    case 'flipDevice':
      await device(req.deviceId).simulate({ onOff: req.onOff });
      return null;
    case 'startController': {
      controller = new MatterAdapter({ dataDir: req.dir, network: { kind: 'homeNetwork', interfaces: [req.iface] }, fabricLabel: req.fabricLabel });
      controller.subscribe((e) => {
        if (e.type === 'state') say({ event: { type: 'state', nativeId: e.nativeId, capabilityId: e.capabilityId, value: e.value } });
        else if (e.type === 'health') say({ event: { type: 'health', nativeId: e.nativeId, health: e.health } });
        else if (e.type === 'stack' && e.event.type === 'reachability') {
          say({ event: { type: 'reachability', nativeId: e.event.nativeId, online: e.event.online, reason: e.event.reason } });
        }
      });
      await controller.start();
      return { label: controller.label };
    }
    case 'commission': {
      const d = await running().commission({ code: req.code, discoveryTimeoutMs: 30_000 });
      return { nativeId: d.nativeId, state: d.state, address: (await running().networkInfo(d.nativeId)).address };
    }
    case 'command':
      await running().command(req.nativeId, req.capabilityId, req.value);
      return null;
    case 'openWindow':
      return running().openCommissioningWindow(req.nativeId, { timeoutSeconds: 180 });
    case 'fabrics':
      return running().listFabrics(req.nativeId);
    case 'stop':
      // Devices first: a device closing while its controller is gone waits out retransmissions to it.
      for (const d of devices.values()) await d.stop();
      await controller?.stop();
      setTimeout(() => process.exit(0), 50);
      return null;
  }
}

createInterface({ input: process.stdin }).on('line', (text) => {
  let req: Request;
  try {
    req = Request.parse(JSON.parse(text));
  } catch (err) {
    process.stderr.write(`peer: bad request ${text}: ${String(err)}\n`);
    return;
  }
  handle(req).then(
    (result) => say({ id: req.id, ok: true, result: result ?? null }),
    (err: unknown) => say({ id: req.id, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) }),
  );
});
process.stdin.on('end', () => process.exit(0));
say({ ready: true, pid: process.pid });
