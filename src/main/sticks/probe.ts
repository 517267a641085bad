// "Test this stick": opens the port and asks the radio who it is, in its own protocol:
// Z-Stack ZNP SYS_PING, EZSP/ASH reset (RSTACK), or Z-Wave Serial API GetVersion.
// Every failure says what it means and what to do.
import { connect } from 'node:net';
import { SerialPortStream } from '@serialport/stream';
import { SerialPort } from 'serialport';
import type { StickTestResult } from '../../shared/contract';

/** A serialport binding (tests use @serialport/binding-mock's MockBinding). */
export type Binding = ConstructorParameters<typeof SerialPortStream>[0]['binding'];

export interface Link {
  write(bytes: Buffer): void;
  onData(cb: (bytes: Buffer) => void): void;
  close(): Promise<void>;
}

export interface ProbeOptions {
  /** serialport binding (tests use @serialport/binding-mock). */
  binding?: Binding;
  timeoutMs?: number;
  onStep?: (step: 'opening' | 'probing' | 'done', message: string) => void;
}

type Driver = 'zstack' | 'ember' | 'zwave' | 'other';

const ZNP_PING = Buffer.from([0xfe, 0x00, 0x21, 0x01, 0x20]);
const ZNP_SKIP_BOOTLOADER = Buffer.from([0xef]);
const ASH_RESET = Buffer.from([0x1a, 0xc0, 0x38, 0xbc, 0x7e]);
const ZWAVE_GET_VERSION = Buffer.from([0x01, 0x03, 0x00, 0x15, 0xe9]);
const ZWAVE_ACK = Buffer.from([0x06]);

function openLink(path: string, baudRate: number, binding: Binding | undefined): Promise<Link> {
  if (path.startsWith('tcp://')) {
    const url = new URL(path);
    return new Promise((resolve, reject) => {
      const socket = connect({ host: url.hostname, port: Number(url.port) });
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        socket.on('error', () => undefined);
        resolve({
          write: (b) => void socket.write(b),
          onData: (cb) => void socket.on('data', cb),
          close: () => new Promise((r) => socket.end(() => r())),
        });
      });
    });
  }
  return new Promise((resolve, reject) => {
    const port = binding ? new SerialPortStream({ binding, path, baudRate, autoOpen: false }) : new SerialPort({ path, baudRate, autoOpen: false });
    port.open((err) => {
      if (err) return reject(err);
      port.on('error', () => undefined);
      resolve({
        write: (b) => void port.write(b),
        onData: (cb) => void port.on('data', cb),
        close: () => new Promise((r) => (port.isOpen ? port.close(() => r()) : r())),
      });
    });
  });
}

/** Turns an open error into what it means for a person. */
export function openFailure(path: string, err: unknown): StickTestResult {
  const text = err instanceof Error ? err.message : String(err);
  if (/EACCES|Permission denied/i.test(text)) {
    return {
      path,
      ok: false,
      outcome: 'permission',
      message: `Hearth is not allowed to open ${path}.`,
      next: 'On Linux add yourself to the dialout group (sudo usermod -aG dialout $USER, then log out and in), or add a udev rule that gives your user access to the stick.',
    };
  }
  if (/EBUSY|Cannot lock port|is locked|Resource temporarily unavailable|busy/i.test(text)) {
    return { path, ok: false, outcome: 'busy', message: `${path} is in use by another program.`, next: 'Close other smart-home software (Zigbee2MQTT, Z-Wave JS UI, Home Assistant) that uses the stick, then test again.' };
  }
  if (/ENOENT|No such file|does not exist|not found|ECONNREFUSED/i.test(text)) {
    return { path, ok: false, outcome: 'missing', message: `There is no stick at ${path}.`, next: 'Check that it is plugged in (try another USB port or an extension cable), then pick it from the list again.' };
  }
  return { path, ok: false, outcome: 'failed', message: `Hearth could not open ${path} (${text}).`, next: 'Unplug the stick, plug it in again and test once more.' };
}

function driverOf(protocol: 'zigbee' | 'zwave', driver: string | undefined): Driver {
  if (protocol === 'zwave') return 'zwave';
  if (driver === 'zstack' || driver === undefined) return 'zstack';
  if (driver === 'ember') return 'ember';
  return 'other';
}

/** Collects incoming bytes until `test` finds an answer or the time runs out. */
function waitFor<T>(link: Link, test: (bytes: Buffer) => T | undefined, timeoutMs: number): Promise<T | undefined> {
  let buf = Buffer.alloc(0);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), timeoutMs);
    link.onData((chunk) => {
      buf = Buffer.concat([buf, chunk]);
      const hit = test(buf);
      if (hit !== undefined) {
        clearTimeout(timer);
        resolve(hit);
      }
    });
  });
}

const znpPingAnswer = (b: Buffer) => {
  const i = b.indexOf(Buffer.from([0xfe, 0x02, 0x61, 0x01]));
  return i >= 0 && b.length >= i + 7 ? 'Z-Stack (ZNP) coordinator' : undefined;
};
// ASH RSTACK: control byte 0xC1, version 0x02, reset code, CRC, flag.
const ashResetAnswer = (b: Buffer) => (b.includes(Buffer.from([0xc1, 0x02])) && b.includes(0x7e) ? 'EmberZNet (EZSP) coordinator' : undefined);
const zwaveVersionAnswer = (b: Buffer) => {
  const i = b.indexOf(Buffer.from([0x01]));
  if (i < 0 || b.length < i + 2) return undefined;
  const len = b[i + 1]!;
  if (b.length < i + 2 + len || b[i + 3] !== 0x15) return undefined;
  const text = b.subarray(i + 4, i + 4 + 12).toString('latin1').replace(/\0.*$/s, '').trim();
  return text || 'Z-Wave controller';
};

export async function testOpen(path: string, protocol: 'zigbee' | 'zwave', driver: string | undefined, opts: ProbeOptions = {}): Promise<StickTestResult> {
  const step = opts.onStep ?? (() => undefined);
  const timeoutMs = opts.timeoutMs ?? 2_500;
  const kind = driverOf(protocol, driver);
  step('opening', `Opening ${path}…`);
  let link: Link;
  try {
    link = await openLink(path, kind === 'zwave' ? 115200 : 115200, opts.binding);
  } catch (err) {
    const result = openFailure(path, err);
    step('done', result.message);
    return result;
  }
  try {
    if (kind === 'other') {
      const result: StickTestResult = { path, ok: true, outcome: 'opened', message: `${path} opened. Hearth has no quick test for this stick family; it is checked when the radio starts.` };
      step('done', result.message);
      return result;
    }
    step('probing', kind === 'zwave' ? 'Asking the Z-Wave controller for its version…' : kind === 'ember' ? 'Resetting the EZSP link (ASH)…' : 'Pinging the Z-Stack coordinator…');
    let firmware: string | undefined;
    if (kind === 'zstack') {
      const answer = waitFor(link, znpPingAnswer, timeoutMs);
      link.write(ZNP_SKIP_BOOTLOADER);
      link.write(ZNP_PING);
      firmware = await answer;
    } else if (kind === 'ember') {
      const answer = waitFor(link, ashResetAnswer, timeoutMs);
      link.write(ASH_RESET);
      firmware = await answer;
    } else {
      const answer = waitFor(link, zwaveVersionAnswer, timeoutMs);
      link.onData((b) => b.includes(0x01) && link.write(ZWAVE_ACK));
      link.write(ZWAVE_GET_VERSION);
      firmware = await answer;
    }
    const result: StickTestResult = firmware
      ? { path, ok: true, outcome: 'coordinator', message: `${firmware} answered on ${path}.`, firmware }
      : {
          path,
          ok: false,
          outcome: 'notCoordinator',
          message: `${path} opened, but nothing answered like a ${protocol === 'zwave' ? 'Z-Wave controller' : 'Zigbee coordinator'}.`,
          next:
            protocol === 'zwave'
              ? 'Check that this is the Z-Wave stick (some sticks have two ports), then test again.'
              : 'Check the stick type (the wrong driver asks in the wrong language) or flash coordinator firmware onto it.',
        };
    step('done', result.message);
    return result;
  } finally {
    await link.close().catch(() => undefined);
  }
}
