// Test helper: a real core over a temp SQLite file, running the person's own home (not the demo home, so the
// subscription's tier applies) with a scripted radio carrying the demo devices and a few more a voice assistant
// controls (a colour bulb, a blind), on a fake clock; a licence for the tier asked (Free: none).
import { join } from 'node:path';
import type { RequestName } from '../../shared/contract';
import type { IntegrationDevice } from '../../shared/integration';
import type { Tier } from '../../shared/tiers';
import { buildCore, type Core } from '../app';
import { issueLicence } from '../subscriptions/licence';
import { testPrivateKey } from '../subscriptions/test-keys';
import { demoDevices, ScriptedAdapter } from '../test/fake-adapter';
import { FakeClock } from '../test/fake-clock';
import { quietLog } from '../test/temp';

const DAY = 86_400_000;

export interface AssistantHome {
  core: Core;
  radio: ScriptedAdapter;
  clock: FakeClock;
  /** Device id by name. */
  id(name: string): string;
  /** A request as the app's owner makes it. */
  call(method: RequestName, params: unknown): Promise<{ ok: boolean; result?: unknown; error?: { code: string; message: string; next?: string } }>;
}

/** Devices beyond the demo five: a colour bulb and a blind. */
export function voiceDevices(): IntegrationDevice[] {
  const base = { manufacturer: 'Hearth', model: 'Demo', firmware: '1.0', health: 'online' as const };
  return [
    {
      ...base, nativeId: '7', suggestedName: 'Colour Bulb', suggestedArea: 'Bedroom',
      capabilities: [
        { id: 'onOff', kind: 'onOff', writable: true },
        { id: 'level', kind: 'level', writable: true, min: 0, max: 100, unit: '%' },
        { id: 'color', kind: 'color', writable: true },
        { id: 'colorTemp', kind: 'colorTemp', writable: true, min: 2200, max: 6500, unit: 'K' },
      ],
      state: { onOff: true, level: 40, color: { hue: 120, saturation: 50 }, colorTemp: 2700 },
    },
    {
      ...base, nativeId: '8', suggestedName: 'Bedroom Blind', suggestedArea: 'Bedroom',
      capabilities: [{ id: 'cover', kind: 'cover', writable: true, min: 0, max: 100, unit: '%' }],
      state: { cover: 30 },
    },
  ];
}

let n = 0;
export async function assistantHome(dir: string, o: { tier: Tier; demo?: boolean }): Promise<AssistantHome> {
  const clock = new FakeClock(new Date(2026, 0, 5, 6, 0));
  const core = buildCore({
    dataDir: join(dir, `home-${n++}`), host: 'hub', version: 'test', log: quietLog, now: () => clock.now(), clock,
    env: { HEARTH_TEST_LICENCES: '1' },
  });
  const now = clock.now();
  if (o.tier !== 'free') {
    core.subscription.activate(issueLicence({ v: 1, id: `L-${o.tier}`, customer: 'Ada', tier: o.tier, homes: 1, issuedAt: now - DAY, expiresAt: now + 365 * DAY, trial: false }, testPrivateKey()));
  }
  const radio = new ScriptedAdapter();
  radio.echo = true;
  await core.startAdapters([radio], { demo: o.demo ?? false });
  for (const d of [...demoDevices(), ...(o.tier === 'free' ? [] : voiceDevices())]) radio.emit({ type: 'device', device: d });
  const id = (name: string) => {
    const d = core.devices.list().find((x) => x.name === name);
    if (!d) throw new Error(`no device named ${name}`);
    return d.id;
  };
  const call: AssistantHome['call'] = (method, params) => core.dispatch(method, params, { actor: 'test' });
  return { core, radio, clock, id, call };
}
