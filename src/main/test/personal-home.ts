// A home filled with personal data the way a user fills it, through the API: a renamed device in a room
// they created, history, a command said, preferences, consents. Privacy tests export, erase and scan it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestInput, RequestName } from '../../shared/contract';
import { buildCore, type CoreOptions } from '../app';
import { recordCommand } from '../privacy/commands';
import { lampDevice, ScriptedAdapter } from './fake-adapter';
import { quietLog } from './temp';

/** Strings only the user typed: none of them may survive erasure anywhere in the data folder. */
export const PERSONAL = {
  deviceName: 'Grandma Ingrid Reading Lamp',
  room: 'Ingrid Sewing Room',
  floor: 'Attic Floor Nine',
  homeName: 'Maple Cottage Nineteen',
  city: 'Tromsoe Harbour Street',
  command: 'turn on grandma ingrid reading lamp at dawn',
};

export async function personalHome(dataDir: string, over: Partial<CoreOptions> = {}) {
  const core = buildCore({ dataDir, host: 'hub', version: 'test', log: quietLog, ...over });
  const adapter = new ScriptedAdapter();
  await core.startAdapters([adapter]);
  adapter.emit({ type: 'device', device: lampDevice() });
  const call = async <N extends RequestName>(name: N, input: RequestInput<N>, actor = 'hub:client-1') => {
    const r = await core.dispatch(name, input, { actor });
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.result as never;
  };
  return { core, adapter, call };
}

export async function fillPersonalData(h: Awaited<ReturnType<typeof personalHome>>, at: number) {
  const { core, adapter, call } = h;
  const room = (await call('areas.create', { name: PERSONAL.room, floor: PERSONAL.floor })) as { id: string };
  await call('devices.rename', { deviceId: 'zwave:h-2', name: PERSONAL.deviceName });
  await call('devices.setArea', { deviceId: 'zwave:h-2', areaId: room.id });
  await call('home.setPreferences', {
    name: PERSONAL.homeName,
    location: { kind: 'city', city: PERSONAL.city },
    units: { temperature: 'C', clock: '24h' },
  });
  await call('onboarding.update', { step: 'preferences' });
  await call('consent.set', { purpose: 'diagnostics', granted: true, textVersion: '1' });
  await call('devices.command', { deviceId: 'zwave:h-2', capabilityId: 'onOff', value: true });
  for (let i = 0; i < 5; i++) adapter.emit({ type: 'state', nativeId: 'h-2', capabilityId: 'level', value: i * 10, at: at + i });
  recordCommand(core.db, { text: PERSONAL.command, actor: 'hub:client-1', outcome: 'done', at });
  core.writer.flush();
}

/** Every file under `dir` (recursively) whose bytes contain `needle` (UTF-8 or UTF-16LE). */
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (st.isFile() && forms.some((f) => readFileSync(p).includes(f))) hits.push(p);
    }
  };
  walk(dir);
  return hits;
}
