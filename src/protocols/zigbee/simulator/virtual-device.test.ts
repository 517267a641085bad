import { describe, expect, it } from 'vitest';
import { Zcl } from '../herdsman';
import { aqaraWeather, ikeaBulb } from './models';
import type { VirtualDevice, ZclOut } from './virtual-device';

function capture(device: VirtualDevice): ZclOut[] {
  const out: ZclOut[] = [];
  device.attach((f) => out.push(f));
  return out;
}

function send(device: VirtualDevice, cluster: string, command: string, payload: unknown, opts: { global?: boolean; ddr?: boolean; tsn?: number } = {}): void {
  const frame = Zcl.Frame.create(
    opts.global ? Zcl.FrameType.GLOBAL : Zcl.FrameType.SPECIFIC,
    Zcl.Direction.CLIENT_TO_SERVER,
    opts.ddr ?? false,
    undefined,
    opts.tsn ?? 7,
    command,
    cluster,
    payload,
    {},
  );
  device.handleZcl(1, 1, frame.cluster.ID, frame.toBuffer());
}

const parse = (o: ZclOut) => Zcl.Frame.fromBuffer(o.clusterId, Zcl.Header.fromBuffer(o.data), o.data, {});
const tick = () => new Promise((r) => setImmediate(r));

describe('virtual ZCL device', () => {
  it('answers Read Attributes with stored values and UNSUPPORTED_ATTRIBUTE for unknown ones', () => {
    const bulb = ikeaBulb();
    const out = capture(bulb);
    send(bulb, 'genBasic', 'read', [{ attrId: 5 }, { attrId: 0x4242 }], { global: true, tsn: 33 });
    expect(out).toHaveLength(1);
    const rsp = parse(out[0] as ZclOut);
    expect(rsp.command.name).toBe('readRsp');
    expect(rsp.header.transactionSequenceNumber).toBe(33);
    expect(rsp.payload).toEqual([
      { attrId: 5, status: 0, dataType: Zcl.DataType.CHAR_STR, attrData: 'TRADFRI bulb E27 WS opal 980lm' },
      { attrId: 0x4242, status: Zcl.Status.UNSUPPORTED_ATTRIBUTE },
    ]);
    bulb.detach();
  });

  it('executes On and Move to Level (with On/Off) and confirms with a Default Response', () => {
    const bulb = ikeaBulb();
    const out = capture(bulb);
    send(bulb, 'genOnOff', 'on', {});
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(1);
    send(bulb, 'genLevelCtrl', 'moveToLevelWithOnOff', { level: 1, transtime: 0 });
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(0); // level 1 with on/off means off
    send(bulb, 'genLevelCtrl', 'moveToLevelWithOnOff', { level: 200, transtime: 0 });
    expect(bulb.get(1, 'genLevelCtrl', 'currentLevel')).toBe(200);
    expect(bulb.get(1, 'genOnOff', 'onOff')).toBe(1);
    send(bulb, 'lightingColorCtrl', 'moveToColorTemp', { colortemp: 100, transtime: 0 });
    expect(bulb.get(1, 'lightingColorCtrl', 'colorTemperature')).toBe(250); // clamped to the physical minimum
    const rsps = out.map(parse);
    expect(rsps.every((f) => f.command.name === 'defaultRsp' && f.payload.statusCode === 0)).toBe(true);
    expect(rsps).toHaveLength(4);
    bulb.detach();
  });

  it('rejects unknown clusters and commands with an error Default Response even when DDR is set', () => {
    const bulb = ikeaBulb();
    const out = capture(bulb);
    send(bulb, 'msTemperatureMeasurement', 'read', [{ attrId: 0 }], { global: true, ddr: true });
    send(bulb, 'genLevelCtrl', 'moveToClosestFrequency', { frequency: 1 }, { ddr: true });
    expect(out.map(parse).map((f) => f.payload.statusCode)).toEqual([Zcl.Status.UNSUPPORTED_CLUSTER, Zcl.Status.UNSUP_COMMAND]);
    bulb.detach();
  });

  it('reports only after Bind + Configure Reporting, honouring the reportable change', async () => {
    const bulb = ikeaBulb();
    const out = capture(bulb);
    send(bulb, 'genOnOff', 'on', {}, { ddr: true }); // a light that is off ignores plain Move to Level
    send(bulb, 'genLevelCtrl', 'moveToLevel', { level: 100, transtime: 0 }, { ddr: true });
    await tick();
    expect(bulb.get(1, 'genLevelCtrl', 'currentLevel')).toBe(100);
    expect(out).toHaveLength(0); // not configured: no report
    send(bulb, 'genLevelCtrl', 'configReport', [{ direction: 0, attrId: 0, dataType: Zcl.DataType.UINT8, minRepIntval: 0, maxRepIntval: 3600, repChange: 10 }], { global: true });
    expect(parse(out.shift() as ZclOut).command.name).toBe('configReportRsp');
    bulb.bind(1, 8);
    send(bulb, 'genLevelCtrl', 'moveToLevel', { level: 105, transtime: 0 }, { ddr: true });
    await tick();
    expect(out).toHaveLength(0); // change of 5 < reportable change of 10
    send(bulb, 'genLevelCtrl', 'moveToLevel', { level: 150, transtime: 0 }, { ddr: true });
    await tick();
    expect(out).toHaveLength(1);
    const report = parse(out[0] as ZclOut);
    expect(report.command.name).toBe('report');
    expect(report.payload).toEqual([{ attrId: 0, dataType: Zcl.DataType.UINT8, attrData: 150 }]);
    bulb.detach();
  });

  it('lets a Xiaomi-style sensor report unsolicited, periodically as its readings drift', async () => {
    const sensor = aqaraWeather({ tickMs: 20 });
    const out = capture(sensor);
    sensor.set(1, 'msTemperatureMeasurement', 'measuredValue', 2222);
    await tick();
    expect(parse(out[0] as ZclOut).payload).toEqual([{ attrId: 0, dataType: Zcl.DataType.INT16, attrData: 2222 }]);
    await new Promise((r) => setTimeout(r, 300));
    const reports = out.map(parse).filter((f) => f.command.name === 'report');
    expect(reports.length).toBeGreaterThan(3);
    expect(sensor.sentReports.some((r) => r.cluster === 'msRelativeHumidity')).toBe(true);
    sensor.detach();
  });
});
