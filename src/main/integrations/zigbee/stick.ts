// Which herdsman adapter type a Zigbee port needs: what the user said, else what the plugged-in
// stick's USB id says (known-stick table), else zstack (the most common family).
import { realpathSync } from 'node:fs';
import { listSticks, type PortLister } from '../../sticks/list';
import type { ZigbeeAdapterType } from './settings';
import { ZigbeeAdapterType as AdapterTypeSchema } from './settings';

function same(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export async function zigbeeAdapterFor(port: string, chosen: ZigbeeAdapterType | undefined, lister: PortLister): Promise<{ adapter: ZigbeeAdapterType; rtscts?: boolean; baudRate?: number; source: 'user' | 'stick' | 'default' }> {
  if (chosen) return { adapter: chosen, source: 'user' };
  if (!port.startsWith('tcp://')) {
    const { sticks } = await listSticks(lister);
    const stick = sticks.find((s) => same(s.path, port) || (s.stablePath !== null && same(s.stablePath, port)));
    const parsed = AdapterTypeSchema.safeParse(stick?.driver);
    if (stick?.protocol === 'zigbee' && parsed.success) {
      return { adapter: parsed.data, source: 'stick', ...(stick.rtscts !== null ? { rtscts: stick.rtscts } : {}), ...(stick.baudRate !== null ? { baudRate: stick.baudRate } : {}) };
    }
  }
  return { adapter: 'zstack', source: 'default' };
}
