// USB stick discovery: the known-stick table, serialport's list (and its rejection without udev),
// hot-plug within 2 s, and "test this stick" against real endpoints: the Z-Stack emulator and the
// Z-Wave simulator over loopback TCP, serialport's MockBinding, a silent port and a missing one.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { SerialPortStream } from '@serialport/stream';
import { SerialPort } from 'serialport';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { PortPath, type StickList } from '../../shared/contract';
import { ZStackEmulator } from '../../protocols/zigbee';
import { startZWaveSimulator } from '../../protocols/zwave';
import { EventBus } from '../bus';
import { quietLog } from '../test/temp';
import { identify, type PortInfo } from './known-sticks';
import { listSticks, serialPortLister } from './list';
import { type Binding, openFailure, testOpen } from './probe';
import { StickWatcher } from './watcher';

// serialport's own test double. Its package's "exports" hide its type declarations, so the parts used
// here are typed locally.
interface MockPort {
  write(b: Buffer): Promise<void>;
  emitData(d: Buffer): void;
}
interface MockBindingLike {
  reset(): void;
  createPort(path: string, opt?: { record?: boolean; manufacturer?: string; vendorId?: string; productId?: string }): void;
  list(): Promise<PortInfo[]>;
  open(options: { path: string }): Promise<MockPort>;
}
const { MockBinding } = createRequire(import.meta.url)('@serialport/binding-mock') as { MockBinding: MockBindingLike };
const binding = MockBinding as unknown as Binding;

const port = (over: Partial<PortInfo>): PortInfo => ({ path: '/dev/ttyUSB0', ...over });

describe('known sticks', () => {
  it('tells sticks that share a USB bridge apart by their product string, with confidence', () => {
    const zbdongleP = identify(port({ vendorId: '10c4', productId: 'ea60', manufacturer: 'ITEAD', pnpId: 'usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_4c004e4b-if00-port0' }));
    expect(zbdongleP).toMatchObject({ name: 'SONOFF Zigbee 3.0 USB Dongle Plus (ZBDongle-P)', protocol: 'zigbee', driver: 'zstack', confidence: 'high' });
    expect(zbdongleP.stablePath).toBe('/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_4c004e4b-if00-port0');
    const zbdongleE = identify(port({ vendorId: '1a86', productId: '55d4', manufacturer: 'ITEAD', pnpId: 'usb-ITEAD_SONOFF_Zigbee_3.0_USB_Dongle_Plus_V2_2022-if00' }));
    expect(zbdongleE).toMatchObject({ driver: 'ember', confidence: 'high' });
    const skyconnect = identify(port({ vendorId: '10c4', productId: 'ea60', manufacturer: 'Nabu Casa', pnpId: 'usb-Nabu_Casa_SkyConnect_v1.0_3abe54797c91ed118fc3cad13b20a111-if00-port0' }));
    expect(skyconnect).toMatchObject({ name: 'Home Assistant SkyConnect', driver: 'ember', rtscts: true });
    const zooz = identify(port({ vendorId: '10c4', productId: 'ea60', pnpId: 'usb-Silicon_Labs_Zooz_ZST10_700_Z-Wave_Stick_0001-if00-port0' }));
    expect(zooz).toMatchObject({ protocol: 'zwave', driver: 'zwave-js', name: 'Zooz ZST10 700' });
    // Only the bridge chip's id: a guess, and it says so.
    expect(identify(port({ vendorId: '10c4', productId: 'ea60' }))).toMatchObject({ protocol: 'zigbee', confidence: 'low' });
    expect(identify(port({ vendorId: '0658', productId: '0200', path: '/dev/ttyACM0' }))).toMatchObject({ protocol: 'zwave', name: 'Aeotec Z-Stick 7 / Z-Stick Gen5+' });
    expect(identify(port({ vendorId: '1cf1', productId: '0030', path: '/dev/ttyACM1' }))).toMatchObject({ name: 'ConBee II', driver: 'deconz' });
    expect(identify(port({ vendorId: '10c4', productId: '8a2a', pnpId: 'usb-Silicon_Labs_HubZ_Smart_Home_Controller_C0F00D-if01-port0' }))).toMatchObject({ protocol: 'zigbee' });
    expect(identify(port({ vendorId: '10c4', productId: '8a2a', pnpId: 'usb-Silicon_Labs_HubZ_Smart_Home_Controller_C0F00D-if00-port0' }))).toMatchObject({ protocol: 'zwave' });
    expect(identify(port({ vendorId: 'dead', productId: 'beef', manufacturer: 'Acme' }))).toMatchObject({ name: 'Acme USB serial device', protocol: null, confidence: 'none' });
  });

  it('lists through serialport (MockBinding ports) and leaves out built-in serial ports', async () => {
    MockBinding.reset();
    MockBinding.createPort('/dev/ttyUSB0', { vendorId: '1cf1', productId: '0030', manufacturer: 'dresden elektronik ingenieurtechnik GmbH' });
    const list = await listSticks(async () => [...(await MockBinding.list()), { path: '/dev/ttyS0' }]);
    expect(list.problem).toBeNull();
    expect(list.sticks).toEqual([expect.objectContaining({ path: '/dev/ttyUSB0', name: 'ConBee II', protocol: 'zigbee' })]);
  });

  it('explains a missing udev instead of crashing (real serialport list without udevadm on PATH)', async () => {
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(`${tmpdir()}/no-udev-`);
    let list: StickList;
    try {
      list = await listSticks(serialPortLister);
    } finally {
      process.env.PATH = path;
    }
    expect(list.sticks).toEqual([]);
    expect(list.problem).toMatchObject({ code: 'NO_UDEV', message: expect.stringMatching(/udev/), next: expect.stringMatching(/Type the stick's port/) });
  });
});

describe('hot-plug', () => {
  const watchers: StickWatcher[] = [];
  afterEach(() => watchers.splice(0).forEach((w) => w.stop()));

  it('reports a newly plugged stick within 2 s', async () => {
    const bus = new EventBus(quietLog);
    const ports: PortInfo[] = [];
    const watcher = new StickWatcher({ bus, lister: async () => [...ports] }); // the product's own interval
    watchers.push(watcher);
    expect((await watcher.list(60)).sticks).toEqual([]);
    const changed = new Promise<StickList>((resolve) => bus.on('sticks.changed', 'test', resolve));
    const pluggedAt = Date.now();
    ports.push({ path: '/dev/ttyACM0', vendorId: '0658', productId: '0200' });
    const list = await changed;
    expect(Date.now() - pluggedAt).toBeLessThan(2_000);
    expect(list.sticks[0]).toMatchObject({ path: '/dev/ttyACM0', protocol: 'zwave' });
  });

  it('stops polling when nobody watches any more', async () => {
    const bus = new EventBus(quietLog);
    let calls = 0;
    let clock = 0;
    const watcher = new StickWatcher({ bus, lister: async () => (calls++, []), intervalMs: 20, now: () => clock });
    watchers.push(watcher);
    await watcher.list(1);
    clock = 5_000;
    await new Promise((r) => setTimeout(r, 120));
    const after = calls;
    await new Promise((r) => setTimeout(r, 120));
    expect(calls).toBe(after);
  });
});

describe('testing a stick', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('finds a Z-Stack coordinator (ZNP ping) over a real link, reporting progress', async () => {
    const emu = await ZStackEmulator.start();
    cleanups.push(() => emu.stop());
    const steps: string[] = [];
    const r = await testOpen(emu.path, 'zigbee', 'zstack', { onStep: (s) => steps.push(s) });
    expect(r).toMatchObject({ ok: true, outcome: 'coordinator', firmware: 'Z-Stack (ZNP) coordinator' });
    expect(steps).toEqual(['opening', 'probing', 'done']);
  });

  it('finds a Z-Wave controller (Serial API GetVersion)', async () => {
    const sim = await startZWaveSimulator({ nodes: [] });
    cleanups.push(() => sim.close());
    const r = await testOpen(sim.path, 'zwave', undefined);
    expect(r).toMatchObject({ ok: true, outcome: 'coordinator' });
    expect(r.firmware).toMatch(/Z-Wave/);
  });

  it('finds an EmberZNet coordinator by its ASH reset answer (RSTACK)', async () => {
    const received: Buffer[] = [];
    const server: Server = createServer((s) =>
      s.on('data', (b: Buffer) => {
        received.push(b);
        // RSTACK: control 0xC1, version 2, reset code 0x0B (software), CRC, flag
        if (b.includes(0xc0)) s.write(Buffer.from([0xc1, 0x02, 0x0b, 0x0a, 0x52, 0x7e]));
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise((r) => server.close(() => r())));
    const { port: p } = server.address() as { port: number };
    const r = await testOpen(`tcp://127.0.0.1:${p}`, 'zigbee', 'ember', { timeoutMs: 1_000 });
    expect(r).toMatchObject({ ok: true, outcome: 'coordinator', firmware: 'EmberZNet (EZSP) coordinator' });
    expect(Buffer.concat(received)).toEqual(Buffer.from([0x1a, 0xc0, 0x38, 0xbc, 0x7e])); // CANCEL + RST frame
  });

  it('says when something opened but is not a coordinator', async () => {
    const server: Server = createServer((s) => s.on('data', () => undefined));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    cleanups.push(() => new Promise((r) => server.close(() => r())));
    const { port: p } = server.address() as { port: number };
    const r = await testOpen(`tcp://127.0.0.1:${p}`, 'zigbee', 'zstack', { timeoutMs: 300 });
    expect(r).toMatchObject({ ok: false, outcome: 'notCoordinator', next: expect.stringMatching(/stick type/) });
  });

  it('talks to a serial port through serialport (MockBinding answering the ping)', async () => {
    MockBinding.reset();
    MockBinding.createPort('/dev/ttyUSB7', { record: true });
    const original = MockBinding.open.bind(MockBinding);
    MockBinding.open = async (options) => {
      const p = await original(options);
      const write = p.write.bind(p);
      p.write = async (b: Buffer) => {
        await write(b);
        if (b.includes(0x21)) p.emitData(Buffer.from([0xfe, 0x02, 0x61, 0x01, 0x79, 0x06, 0x1d]));
      };
      return p;
    };
    try {
      const r = await testOpen('/dev/ttyUSB7', 'zigbee', 'zstack', { binding, timeoutMs: 1_000 });
      expect(r).toMatchObject({ ok: true, outcome: 'coordinator' });
      const missing = await testOpen('/dev/ttyUSB9', 'zigbee', 'zstack', { binding });
      expect(missing).toMatchObject({ ok: false, outcome: 'missing' });
      // Another program holds the port.
      const holder = new SerialPortStream({ binding, path: '/dev/ttyUSB7', baudRate: 115200 });
      await new Promise((r) => holder.once('open', r));
      const busy = await testOpen('/dev/ttyUSB7', 'zigbee', 'zstack', { binding });
      await new Promise((r) => holder.close(r));
      expect(busy).toMatchObject({ ok: false, outcome: 'busy' });
    } finally {
      MockBinding.open = original;
    }
  });

  it('only ever opens serial devices or tcp coordinators, never files', () => {
    for (const ok of ['/dev/ttyUSB0', '/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_4c-if00-port0', 'COM3', 'tcp://192.0.2.7:6638']) expect(PortPath.safeParse(ok).success).toBe(true);
    for (const bad of ['/etc/shadow', '/dev/../etc/shadow', 'secrets.json', 'http://x:1', 'tcp://host']) expect(PortPath.safeParse(bad).success).toBe(false);
  });

  it('explains permission, busy and missing ports with the fix', async () => {
    expect(openFailure('/dev/ttyUSB0', new Error('Error: Permission denied, cannot open /dev/ttyUSB0'))).toMatchObject({ outcome: 'permission', next: expect.stringMatching(/dialout/) });
    expect(openFailure('/dev/ttyUSB0', new Error('Error Resource temporarily unavailable Cannot lock port'))).toMatchObject({ outcome: 'busy', next: expect.stringMatching(/Zigbee2MQTT/) });
    // A real open of a path that does not exist, through the real serialport binding.
    const r = await testOpen('/dev/ttyHEARTHnone', 'zwave', undefined);
    expect(r).toMatchObject({ ok: false, outcome: 'missing', next: expect.stringMatching(/plugged in/) });
    expect(SerialPort).toBeDefined();
  });
});
