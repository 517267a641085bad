// Lists serial ports through serialport (udev on Linux) and says plainly why when it cannot.
import type { StickList } from '../../shared/contract';
import { identify, isCandidate, type PortInfo } from './known-sticks';

export type PortLister = () => Promise<PortInfo[]>;

/** serialport loads when ports are first listed (Settings → Radios, a Zigbee stick's kind), not at every start. */
export const serialPortLister: PortLister = async () => (await import('serialport')).SerialPort.list();

function listProblem(err: unknown): NonNullable<StickList['problem']> {
  const text = err instanceof Error ? err.message : String(err);
  if (/udevadm|ENOENT/i.test(text)) {
    return {
      code: 'NO_UDEV',
      message: 'Hearth cannot look for USB sticks here: the udev tool that lists them (udevadm) is missing, as in many containers.',
      next: 'Type the stick\'s port instead (for example /dev/ttyUSB0 or /dev/serial/by-id/…), or install and start udev.',
    };
  }
  return { code: 'LIST_FAILED', message: `Hearth could not list the USB sticks (${text}).`, next: 'Type the stick\'s port instead, or try again.' };
}

export async function listSticks(lister: PortLister, now: () => number = Date.now): Promise<StickList> {
  try {
    const ports = await lister();
    return { sticks: ports.filter(isCandidate).map(identify).sort((a, b) => a.path.localeCompare(b.path)), problem: null, at: now() };
  } catch (err) {
    return { sticks: [], problem: listProblem(err), at: now() };
  }
}
