import { beforeAll, describe, expect, it } from 'vitest';
import { type Models, zhc } from '../herdsman';
import { type CapabilityBinding, type ExposeLike, mapExposes, readPayload } from './capabilities';
import { exposesOf } from './converters';
import { installLogging } from '../logging';

/** Just enough of a herdsman Device for definition lookup and expose functions. */
function stubDevice(modelID: string, manufacturerName: string, type = 'Router'): Models.Device {
  return { ieeeAddr: '0x0000000000000001', modelID, manufacturerName, type, endpoints: [], getEndpoint: () => undefined, customClusters: {}, meta: {} } as unknown as Models.Device;
}

async function bindingsFor(modelID: string, manufacturerName: string): Promise<{ vendor: string; model: string; bindings: CapabilityBinding[] }> {
  const device = stubDevice(modelID, manufacturerName);
  const definition = await zhc.findByDevice(device);
  if (!definition) throw new Error(`no definition for ${modelID}`);
  return { vendor: definition.vendor, model: definition.model, bindings: mapExposes(exposesOf(definition, device)) };
}

const byId = (bindings: CapabilityBinding[], id: string) => {
  const b = bindings.find((x) => x.capability.id === id);
  if (!b) throw new Error(`no capability ${id} in ${bindings.map((x) => x.capability.id).join(', ')}`);
  return b;
};

describe('exposes → capabilities with real converter definitions', () => {
  beforeAll(() => installLogging(undefined, []));

  it('IKEA LED1545G12 becomes onOff, level (%) and colorTemp (kelvin)', async () => {
    const { vendor, model, bindings } = await bindingsFor('TRADFRI bulb E27 WS opal 980lm', 'IKEA of Sweden');
    expect([vendor, model]).toEqual(['IKEA', 'LED1545G12']);
    expect(bindings.map((b) => b.capability.id)).toEqual(['onOff', 'level', 'colorTemp']);
    const onOff = byId(bindings, 'onOff');
    expect(onOff.capability).toMatchObject({ kind: 'onOff', writable: true });
    expect(onOff.fromNative({ state: 'ON' })).toBe(true);
    expect(onOff.fromNative({ state: 'OFF' })).toBe(false);
    expect(onOff.toNative?.(true)).toBe('ON');
    const level = byId(bindings, 'level');
    expect(level.capability).toMatchObject({ kind: 'level', min: 0, max: 100, unit: '%' });
    expect(level.fromNative({ brightness: 254 })).toBe(100);
    expect(level.fromNative({ brightness: 127 })).toBe(50);
    expect(level.toNative?.(40)).toBe(102);
    const ct = byId(bindings, 'colorTemp');
    // 250..454 mired is 2203..4000 K
    expect(ct.capability).toMatchObject({ kind: 'colorTemp', unit: 'K', min: 2203, max: 4000 });
    expect(ct.fromNative({ color_temp: 370 })).toBe(2703);
    expect(ct.toNative?.(3000)).toBe(333);
    expect(ct.toNative?.(10000)).toBe(250); // clamped to what the bulb can do
  });

  it('Innr SP 120 becomes onOff plus power (W) and energy (kWh) meters', async () => {
    const { bindings } = await bindingsFor('SP 120', 'innr');
    expect(bindings.map((b) => b.capability.id)).toEqual(['onOff', 'meter.power', 'meter.voltage', 'meter.current', 'meter.energy']);
    expect(byId(bindings, 'meter.power').capability).toMatchObject({ kind: 'meter', unit: 'W', measure: 'power', writable: false });
    expect(byId(bindings, 'meter.energy').capability).toMatchObject({ kind: 'meter', unit: 'kWh', measure: 'energy' });
    expect(readPayload(bindings, { power: 60, energy: 12.34, linkquality: 200 })).toEqual([['meter.power', 60], ['meter.energy', 12.34]]);
  });

  it('Aqara WSDCGQ11LM becomes temperature, humidity, pressure sensors and battery (not its mV voltage)', async () => {
    const { model, bindings } = await bindingsFor('lumi.weather', 'LUMI');
    expect(model).toBe('WSDCGQ11LM');
    expect(bindings.map((b) => b.capability.id)).toEqual(['battery', 'sensor.temperature', 'sensor.humidity', 'sensor.pressure']);
    expect(byId(bindings, 'sensor.temperature').capability).toMatchObject({ kind: 'sensor', unit: '°C', measure: 'temperature' });
    expect(byId(bindings, 'battery').capability).toMatchObject({ kind: 'battery', min: 0, max: 100 });
    expect(readPayload(bindings, { temperature: 21.5, humidity: 45.2 })).toEqual([['sensor.temperature', 21.5], ['sensor.humidity', 45.2]]);
  });

  it('SONOFF SNZB-04 contact reads like every Hearth sensor: true = open (the converters say contact = closed)', async () => {
    const { model, bindings } = await bindingsFor('DS01', 'eWeLink');
    expect(model).toBe('SNZB-04');
    const contact = byId(bindings, 'sensor.contact');
    expect(contact.capability).toMatchObject({ kind: 'sensor', measure: 'contact', writable: false });
    expect(contact.fromNative({ contact: true })).toBe(false);
    expect(contact.fromNative({ contact: false })).toBe(true);
    expect(contact.toNative).toBeUndefined();
  });
});

describe('exposes → capabilities edge cases', () => {
  const light = (features: ExposeLike[], endpoint?: string): ExposeLike => ({ type: 'light', name: 'light', access: 7, features, endpoint });

  it('maps xy and hue/saturation colour, converting xy reports to hue/saturation', () => {
    const [color] = mapExposes([light([{ type: 'composite', name: 'color_xy', property: 'color', access: 7, features: [] }])]);
    expect(color?.capability).toMatchObject({ id: 'color', kind: 'color', writable: true });
    expect(color?.fromNative({ color: { hue: 120, saturation: 80 } })).toEqual({ hue: 120, saturation: 80 });
    const red = color?.fromNative({ color: { x: 0.64, y: 0.33 } });
    expect(red && typeof red === 'object' && red.hue).toBeLessThan(5);
    expect(color?.toNative?.({ hue: 200, saturation: 50 })).toEqual({ hue: 200, saturation: 50 });
  });

  it('prefixes capability ids with the endpoint name on multi-endpoint devices', () => {
    const bindings = mapExposes([
      { type: 'switch', name: 'switch', access: 7, endpoint: 'l1', features: [{ type: 'binary', name: 'state', property: 'state_l1', access: 7, value_on: 'ON', value_off: 'OFF' }] },
      { type: 'switch', name: 'switch', access: 7, endpoint: 'l2', features: [{ type: 'binary', name: 'state', property: 'state_l2', access: 7, value_on: 'ON', value_off: 'OFF' }] },
    ]);
    expect(bindings.map((b) => [b.capability.id, b.property, b.endpoint])).toEqual([['l1.onOff', 'state_l1', 'l1'], ['l2.onOff', 'state_l2', 'l2']]);
  });

  it('ignores exposes it cannot represent and numerics in unexpected units', () => {
    const bindings = mapExposes([
      { type: 'numeric', name: 'voltage', property: 'voltage', access: 1, unit: 'mV' },
      { type: 'enum', name: 'effect', property: 'effect', access: 2 },
      { type: 'numeric', name: 'linkquality', property: 'linkquality', access: 1, unit: 'lqi' },
      { type: 'numeric', name: 'temperature', property: 'temperature', access: 2, unit: '°C' }, // write-only: not a reading
    ]);
    expect(bindings).toEqual([]);
  });

  it('leaves values it does not recognise unread instead of guessing', () => {
    const [onOff] = mapExposes([light([{ type: 'binary', name: 'state', property: 'state', access: 1, value_on: 'ON', value_off: 'OFF' }])]);
    expect(onOff?.capability.writable).toBe(false);
    expect(onOff?.fromNative({ state: 'TOGGLE' })).toBeUndefined();
    expect(onOff?.fromNative({})).toBeUndefined();
  });
});
