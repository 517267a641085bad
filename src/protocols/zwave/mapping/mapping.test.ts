import { CommandClasses, type ValueID, type ValueMetadata } from '../zwavejs';
import { describe, expect, it } from 'vitest';
import { bindingsFor, currentState, levelFromZWave, levelToZWave, type NodeValues } from '.';

function node(values: { id: ValueID; value?: unknown; meta?: Partial<ValueMetadata> & Record<string, unknown> }[]): NodeValues {
  const key = (v: ValueID) => JSON.stringify([v.commandClass, v.endpoint ?? 0, v.property, v.propertyKey]);
  const map = new Map(values.map((v) => [key(v.id), v]));
  return {
    getDefinedValueIDs: () => values.map((v) => v.id),
    getValueMetadata: (id) => (map.get(key(id))?.meta ?? {}) as ValueMetadata,
    getValue: <T,>(id: ValueID) => map.get(key(id))?.value as T | undefined,
  };
}
const cc = CommandClasses;

describe('Z-Wave value mapping', () => {
  it('maps a dimmer to level and a derived on/off, and back', () => {
    const n = node([{ id: { commandClass: cc['Multilevel Switch'], endpoint: 0, property: 'currentValue' }, value: 99 }]);
    const b = bindingsFor(n);
    expect(b.map((x) => x.capability.id)).toEqual(['level', 'onOff']);
    expect(currentState(n, b)).toEqual({ level: 100, onOff: true });
    const onOff = b.find((x) => x.capability.id === 'onOff')!;
    expect(onOff.write?.property).toBe('targetValue');
    expect(onOff.toZWave!(true)).toBe(255); // "restore the last level"
    expect(onOff.toZWave!(false)).toBe(0);
    expect(b[0]!.toZWave!(40)).toBe(40);
  });

  it('converts levels between 0–99 and 0–100 % without drifting', () => {
    for (let pct = 0; pct <= 98; pct++) expect(levelFromZWave(levelToZWave(pct))).toBe(pct);
    expect(levelFromZWave(levelToZWave(100))).toBe(100);
    expect(levelFromZWave(99)).toBe(100);
    expect(levelToZWave(100)).toBe(99);
  });

  it('prefers a real binary switch over the derived on/off, per endpoint', () => {
    const n = node([
      { id: { commandClass: cc['Binary Switch'], endpoint: 1, property: 'currentValue' }, value: true },
      { id: { commandClass: cc['Multilevel Switch'], endpoint: 1, property: 'currentValue' }, value: 10 },
      { id: { commandClass: cc['Multilevel Switch'], endpoint: 2, property: 'currentValue' }, value: 0 },
    ]);
    const ids = bindingsFor(n).map((x) => x.capability.id);
    expect(ids).toEqual(['ep1.onOff', 'ep1.level', 'ep2.level', 'ep2.onOff']);
  });

  it('reads thermostats in °F as °C both ways', () => {
    const n = node([
      { id: { commandClass: cc['Thermostat Setpoint'], endpoint: 0, property: 'setpoint', propertyKey: 1 }, value: 68, meta: { unit: '°F', min: 41, max: 86 } },
      { id: { commandClass: cc['Thermostat Setpoint'], endpoint: 0, property: 'setpoint', propertyKey: 2 }, value: 75, meta: { unit: '°F' } },
      { id: { commandClass: cc['Multilevel Sensor'], endpoint: 0, property: 'Air temperature' }, value: 70, meta: { unit: '°F', ccSpecific: { sensorType: 1 } } },
    ]);
    const b = bindingsFor(n);
    expect(b.map((x) => x.capability.id)).toEqual(['setpoint', 'sensor.temperature']);
    expect(b[0]!.capability).toMatchObject({ unit: '°C', min: 5, max: 30 });
    expect(currentState(n, b)).toEqual({ setpoint: 20, 'sensor.temperature': 21.1 });
    expect(b[0]!.toZWave!(21)).toBe(70);
  });

  it('maps electric meters by scale and ignores produced energy and unknown meters', () => {
    const m = (scale: number, rateType = 1, meterType = 1) => ({
      id: { commandClass: cc.Meter, endpoint: 0, property: 'value', propertyKey: meterType * 100 + scale * 10 + rateType } as ValueID,
      value: scale,
      meta: { ccSpecific: { meterType, scale, rateType } },
    });
    const b = bindingsFor(node([m(0), m(2), m(2, 2), m(0, 1, 2), m(7)]));
    expect(b.map((x) => [x.capability.id, x.capability.unit])).toEqual([
      ['meter.energy', 'kWh'],
      ['meter.power', 'W'],
    ]);
  });

  it('maps locks, batteries and contact sensors; unknown values read as null', () => {
    const n = node([
      { id: { commandClass: cc['Door Lock'], endpoint: 0, property: 'currentMode' }, value: 255 },
      { id: { commandClass: cc.Battery, endpoint: 0, property: 'level' }, value: 87 },
      { id: { commandClass: cc['Binary Sensor'], endpoint: 0, property: 'Door/Window' } },
    ]);
    const b = bindingsFor(n);
    expect(currentState(n, b)).toEqual({ lock: true, battery: 87, 'sensor.contact': null });
    expect(b[0]!.toZWave!(false)).toBe(0);
    expect(b[1]!.capability.writable).toBe(false);
  });
});
