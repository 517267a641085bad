import { describe, expect, it } from 'vitest';
import { parseOptions } from './options';
import { defaultDataDir } from './paths';

describe('command-line options', () => {
  it('reads hub, data folder, stick and port', () => {
    const o = parseOptions(['--hub', '--data-dir', '/tmp/h', '--zwave-port', '/dev/ttyUSB0', '--port', '0'], {});
    expect(o).toMatchObject({ hub: true, dataDir: '/tmp/h', zwavePort: '/dev/ttyUSB0', port: 0, host: '127.0.0.1' });
  });

  it('takes the data folder from the environment; a stick in the environment is a settings override, not an option', () => {
    const o = parseOptions([], { HEARTH_DATA_DIR: '/srv/hearth', HEARTH_ZWAVE_PORT: 'COM3' });
    expect(o.dataDir).toBe('/srv/hearth');
    // HEARTH_ZWAVE_PORT is read once, by the settings registry (radios.zwave.port, see settings/registry.test.ts).
    expect(o.zwavePort).toBeUndefined();
    expect(o.hub).toBe(false);
  });

  it('reads a Zigbee stick and its adapter type', () => {
    const o = parseOptions(['--zigbee-port', '/dev/ttyUSB1', '--zigbee-adapter', 'ember'], {});
    expect(o).toMatchObject({ zigbeePort: '/dev/ttyUSB1', zigbeeAdapter: 'ember' });
    expect(() => parseOptions(['--zigbee-adapter', 'ezsp'], {})).toThrow(/must be one of zstack, ember/);
  });

  it('reads an MQTT broker from the command line or HEARTH_MQTT_URL, its credentials file and adoption', () => {
    expect(parseOptions(['--mqtt-url', 'mqtt://127.0.0.1:1883', '--mqtt-credentials-file', '/etc/hearth/mqtt.json', '--mqtt-adopt', 'all'], {})).toMatchObject({
      mqttUrl: 'mqtt://127.0.0.1:1883',
      mqttCredentialsFile: '/etc/hearth/mqtt.json',
      mqttAdopt: 'all',
    });
    expect(parseOptions([], { HEARTH_MQTT_URL: 'mqtts://broker.lan:8883' })).toMatchObject({ mqttUrl: 'mqtts://broker.lan:8883', mqttAdopt: 'none' });
    expect(parseOptions([], {}).mqttUrl).toBeUndefined();
    expect(() => parseOptions(['--mqtt-url', 'http://broker'], {})).toThrow(/--mqtt-url must look like mqtt:\/\/host/);
    expect(() => parseOptions(['--mqtt-adopt', 'some'], {})).toThrow(/--mqtt-adopt must be all or none/);
  });

  it('publishes on MQTT only when asked, on the --mqtt-url broker or its own', () => {
    expect(parseOptions([], {})).toMatchObject({ mqttPublish: false, mqttPublishUrl: undefined, mqttHomeId: undefined });
    expect(parseOptions(['--mqtt-url', 'mqtt://127.0.0.1:1883', '--mqtt-publish', '--mqtt-home-id', 'smith-42'], {})).toMatchObject({ mqttPublish: true, mqttHomeId: 'smith-42' });
    expect(parseOptions(['--mqtt-publish-url', 'mqtts://fleet.example:8883', '--mqtt-publish-credentials-file', '/etc/hearth/fleet.json'], {})).toMatchObject({
      mqttPublish: true, mqttPublishUrl: 'mqtts://fleet.example:8883', mqttPublishCredentialsFile: '/etc/hearth/fleet.json',
    });
    expect(() => parseOptions(['--mqtt-publish'], {})).toThrow('--mqtt-publish needs a broker: give --mqtt-publish-url URL, or --mqtt-url URL.');
    expect(() => parseOptions(['--mqtt-publish-url', 'ws://x'], {})).toThrow(/--mqtt-publish-url must look like mqtt:\/\/host/);
    expect(() => parseOptions(['--mqtt-url', 'mqtt://h', '--mqtt-publish', '--mqtt-home-id', 'a/b'], {})).toThrow(/--mqtt-home-id may hold only letters/);
  });

  it('explains bad options instead of crashing', () => {
    expect(() => parseOptions(['--bogus'], {})).toThrow(/Unknown option/);
    expect(() => parseOptions(['--port', 'eighty'], {})).toThrow(/--port must be a number/);
    expect(() => parseOptions(['--port', '70000'], {})).toThrow(/--port/);
  });

  it("uses each OS's per-user app-data folder by default", () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Hearth');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ann')).toBe('/x/Hearth');
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Hearth');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann')).toMatch(/Roaming.Hearth$/);
  });
});
