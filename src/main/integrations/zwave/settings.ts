// Z-Wave's settings: the stick's port (the command line's --zwave-port wins). The network keys are secrets, not
// settings (radio-keys.ts).
import { z } from 'zod';
import type { Db } from '../../storage/db';
import { getSetting, setSetting } from '../../storage/settings';

export const ZWAVE_SETTINGS = { port: 'radios.zwave.port' } as const;

export function savedZWavePort(db: Db): string | undefined {
  return getSetting(db, ZWAVE_SETTINGS.port, z.string().min(1));
}

export function saveZWavePort(db: Db, port: string): void {
  setSetting(db, ZWAVE_SETTINGS.port, port);
}
