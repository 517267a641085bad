// A support bundle from a populated demo home: every byte of every file in the zip is searched for each secret
// (in every spelling: radio keys, the hub token, the Matter vault key, the MQTT password) and each device and room
// name, command text and place (the home's coordinates and the sun-times location): none is found, and each appears
// as the same hash wherever it was.
import { rmSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCore, type Fixture } from '../../test/core-fixture';
import { tempDir } from '../../test/temp';
import { logFolder } from '../../log';
import { zigbeeNetworkKey, zwaveKeys } from '../../radio-keys';
import { createLogging } from '../logs/logging';
import { buildSupportBundle } from './bundle';
import { bundleFromCore } from './sources';

const DSK = '34512-09876-55555-12121-40404-22222-33333-44444';
const COMMAND = 'dim the reading nook for grandma at 9';
const HOME_NAME = 'Maple Cottage';
const [LAT, LON, SUN_LAT, SUN_LON] = [51.48213, -0.00871, 51.4779, -0.0015];
const MQTT_PASSWORD = 'tr0ub4dor&3-broker';
let dir: string;
let f: Fixture;
let files: Record<string, string>;
let secrets: Buffer[];
let token: string;
let names: string[];

beforeAll(async () => {
  dir = tempDir('hearth-bundle-');
  f = await demoCore(dir);
  const { core } = f;
  const dataDir = core.info().dataDir;
  // Secrets as a running hub holds them.
  secrets = [...Object.values(zwaveKeys(core.secrets)), zigbeeNetworkKey(core.secrets)].map((k) => Buffer.from(k));
  token = core.secrets.getOrCreate('hub.token', 24).toString('base64url');
  secrets.push(core.secrets.getOrCreate('hub.token', 24));
  // The Matter fabric's vault key and the MQTT broker's password, as a home using them keeps them.
  secrets.push(core.secrets.getOrCreate('matter.vaultKey', 32));
  core.secrets.set('mqtt.password', Buffer.from(MQTT_PASSWORD));
  // What a person typed and where they live.
  core.db.prepare('INSERT INTO command_history (at, actor, text, outcome, plan_id) VALUES (?, ?, ?, ?, NULL)').run(1, 'test', COMMAND, 'done');
  core.settings.set('home.preferences', { ...core.settings.get('home.preferences'), name: HOME_NAME, location: { kind: 'coords', latitude: LAT, longitude: LON } });
  await core.dispatch('automations.setLocation', { location: { lat: SUN_LAT, lon: SUN_LON } }, { actor: 'test' });
  names = [...core.devices.list().map((d) => d.name), ...core.devices.areas().map((a) => a.name)];
  expect(names).toEqual(expect.arrayContaining(['Floor Lamp', 'Kettle Plug', 'Living Room', 'Kitchen']));
  // A log with all of it in it, as the stacks and the core might write it.
  const logging = await createLogging({ dir: logFolder(dataDir) });
  const z = logging.for('zigbee');
  z.warn(`zigbee zh:adapter: networkKey mismatch ${secrets[4]!.toString('hex').toUpperCase()}`);
  z.warn(`zigbee: key bytes [${[...secrets[4]!].join(', ')}]`);
  logging.for('zwave').info(`zwave-js CNTRLR Including SmartStart node with DSK ${DSK}`);
  logging.for('zwave').info('S2 key', { key: secrets[0]!.toString('base64') });
  logging.for('hub').warn(`refused a WebSocket connection with ?token=${token}`);
  logging.for('automation').info(`plan for "${COMMAND}" approved`, { deviceId: f.id('Floor Lamp') });
  for (const n of names) logging.for('core').info(`${n} reported`, { name: n, deviceId: f.id('Kettle Plug') });
  logging.for('core').info(`home ${HOME_NAME} started`);
  logging.for('automation').info(`sun times for ${SUN_LAT}, ${SUN_LON}; home at ${LAT},${LON}`, { location: { lat: LAT, lon: LON } });
  logging.for('matter').info('vault key', { key: secrets.at(-1)!.toString('hex') });
  logging.for('core').warn(`mqtt connect failed for hearth:${MQTT_PASSWORD}@127.0.0.1`);
  await logging.close();

  const bundle = await buildSupportBundle(bundleFromCore(
    {
      db: core.db, settings: core.settings, secrets: core.secrets, devices: core.devices, info: core.info,
      areas: () => core.devices.areas(),
      radios: () => core.integrations.list(),
      details: async (d) => ({ nativeId: d.id, interview: 'done', endpoints: [], note: `interviewed ${d.name}` }),
    },
    { dataDir, logDir: logFolder(dataDir), now: 1_733_300_000_000 },
  ));
  files = Object.fromEntries(Object.entries(unzipSync(bundle.zip)).map(([n, b]) => [n, strFromU8(b)]));
}, 60_000);

afterAll(async () => {
  await f?.core.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('support bundle', () => {
  it('holds versions, settings, health, devices with interview data, radios and the recent logs', () => {
    expect(Object.keys(files).sort()).toEqual(['README.txt', 'devices.json', 'health.json', 'logs/hearth.jsonl', 'radios.json', 'settings.json', 'versions.json']);
    expect(JSON.parse(files['versions.json']!)).toMatchObject({ hearth: 'test', node: process.versions.node, libraries: { 'zwave-js': expect.any(String) } });
    const devices = JSON.parse(files['devices.json']!) as Array<Record<string, unknown>>;
    expect(devices).toHaveLength(5);
    expect(devices[0]).toMatchObject({ protocol: expect.any(String), model: 'Demo', interview: { interview: 'done' } });
    expect(files['logs/hearth.jsonl']!.split('\n').length).toBeGreaterThanOrEqual(15);
    expect(JSON.parse(files['health.json']!).about).toMatch(/System information/);
  });

  it('contains no secret in any spelling, and no device or room name, command text or place, in any file', () => {
    const forbidden: string[] = [DSK, COMMAND, HOME_NAME, token, MQTT_PASSWORD, ...[LAT, LON, SUN_LAT, SUN_LON].map(String), ...names];
    for (const s of secrets) {
      forbidden.push(s.toString('hex'), s.toString('hex').toUpperCase(), s.toString('base64').replace(/=+$/, ''), s.toString('base64url'), [...s].join(','), [...s].join(', '));
    }
    for (const [name, text] of Object.entries(files)) {
      const lower = text.toLowerCase();
      for (const x of forbidden) expect(lower.includes(x.toLowerCase()), `${name} contains ${x}`).toBe(false);
      expect(text, name).not.toMatch(/\d{5}-\d{5}/);
    }
  });

  it('gives each name the same hash in every file, so support can follow a device from the list to the log', () => {
    const devices = JSON.parse(files['devices.json']!) as Array<{ id: string; name: string }>;
    const kettle = devices.find((d) => d.id === f.id('Kettle Plug'))!;
    expect(kettle.name).toMatch(/^#[0-9a-f]{12}$/);
    expect(files['logs/hearth.jsonl']).toContain(`${kettle.name} reported`);
    expect(files['logs/hearth.jsonl']).toContain(f.id('Kettle Plug'));
  });

  it('made by the running core, carries the health service\'s snapshot, still without names', async () => {
    const b = await f.core.diagnostics.bundle();
    const got = Object.fromEntries(Object.entries(unzipSync(Buffer.from(b.base64, 'base64'))).map(([n, x]) => [n, strFromU8(x)]));
    const health = JSON.parse(got['health.json']!) as { about: string; snapshot: { system: unknown; devices: unknown[] } };
    expect(health.about).toBe('Health snapshot from the health service');
    expect(health.snapshot.devices).toHaveLength(5);
    const all = Object.values(got).join('\n').toLowerCase();
    for (const n of names) expect(all.includes(n.toLowerCase()), n).toBe(false);
  });
});
