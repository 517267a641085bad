// Virtual devices that imitate real products well enough for zigbee-herdsman-converters to
// recognise them (same modelId / manufacturerName / endpoints / clusters as the real thing).
import { colorTempCommands, iasZoneCommands, identifyCommands, levelCommands, onOffCommands } from './behaviours';
import { type CommandHandler, VirtualDevice } from './virtual-device';

export interface ModelOptions {
  ieee?: string;
  nwk?: number;
  /** Simulation step for sensors / meters in ms (0 disables periodic changes). */
  tickMs?: number;
}

const HA = 0x0104;

/** IKEA TRÅDFRI bulb E27 WS opal 980lm (LED1545G12): on/off, level, colour temperature 250–454 mired. */
export function ikeaBulb(o: ModelOptions = {}): VirtualDevice {
  return new VirtualDevice({
    label: 'IKEA LED1545G12',
    ieee: o.ieee ?? '0x000d6ffffe1a0001',
    nwk: o.nwk ?? 0x1a01,
    logicalType: 'router',
    manufacturerCode: 0x117c,
    mainsPowered: true,
    endpoints: [
      {
        id: 1, profileId: HA, deviceId: 0x010c,
        inClusters: ['genBasic', 'genIdentify', 'genGroups', 'genScenes', 'genOnOff', 'genLevelCtrl', 'lightingColorCtrl', 'touchlink', 0xfc57],
        outClusters: ['genOta'],
      },
    ],
    attributes: {
      1: {
        genBasic: {
          zclVersion: 3, appVersion: 17, stackVersion: 98, hwVersion: 1, manufacturerName: 'IKEA of Sweden',
          modelId: 'TRADFRI bulb E27 WS opal 980lm', dateCode: '20200312', powerSource: 1, swBuildId: '2.3.093',
        },
        genIdentify: { identifyTime: 0 },
        genOnOff: { onOff: 0, startUpOnOff: 1 },
        genLevelCtrl: { currentLevel: 254, options: 0, onLevel: 255, startUpCurrentLevel: 255 },
        lightingColorCtrl: {
          colorTemperature: 370, colorMode: 2, enhancedColorMode: 2, options: 0, colorCapabilities: 0x10,
          colorTempPhysicalMin: 250, colorTempPhysicalMax: 454, startUpColorTemperature: 370,
        },
      },
    },
    ota: { imageType: 0x2101, fileVersion: 0x23093631 },
    commands: {
      genOnOff: onOffCommands,
      genLevelCtrl: levelCommands,
      lightingColorCtrl: colorTempCommands(250, 454),
      genIdentify: identifyCommands,
    },
  });
}

const walk = (v: number, step: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(v + (Math.random() * 2 - 1) * step)));

/** Aqara temperature & humidity sensor (WSDCGQ11LM, "lumi.weather"): reports without being configured. */
export function aqaraWeather(o: ModelOptions = {}): VirtualDevice {
  return new VirtualDevice({
    label: 'Aqara WSDCGQ11LM',
    ieee: o.ieee ?? '0x00158d0001a2b3c4',
    nwk: o.nwk ?? 0x2b3c,
    logicalType: 'endDevice',
    manufacturerCode: 0x115f,
    mainsPowered: false,
    endpoints: [
      {
        id: 1, profileId: HA, deviceId: 0x5f01,
        inClusters: ['genBasic', 'genIdentify', 0xffff, 'msTemperatureMeasurement', 'msPressureMeasurement', 'msRelativeHumidity'],
        outClusters: ['genBasic', 'genGroups', 0xffff],
      },
    ],
    attributes: {
      1: {
        genBasic: { zclVersion: 1, appVersion: 3, hwVersion: 30, manufacturerName: 'LUMI', modelId: 'lumi.weather', dateCode: '09-21-2017', powerSource: 3 },
        genIdentify: { identifyTime: 0 },
        msTemperatureMeasurement: { measuredValue: 2150, minMeasuredValue: -4000, maxMeasuredValue: 12500 },
        msRelativeHumidity: { measuredValue: 4520, minMeasuredValue: 0, maxMeasuredValue: 10000 },
        msPressureMeasurement: { measuredValue: 1013, scaledValue: 10130, scale: -1 },
      },
    },
    commands: { genIdentify: identifyCommands },
    reportsUnsolicited: [[1, 'msTemperatureMeasurement'], [1, 'msRelativeHumidity'], [1, 'msPressureMeasurement']],
    tickMs: o.tickMs ?? 30_000,
    tick: (d) => {
      d.set(1, 'msTemperatureMeasurement', 'measuredValue', walk(Number(d.get(1, 'msTemperatureMeasurement', 'measuredValue')), 20, 1500, 3000));
      d.set(1, 'msRelativeHumidity', 'measuredValue', walk(Number(d.get(1, 'msRelativeHumidity', 'measuredValue')), 50, 2000, 8000));
    },
  });
}

const LOAD_W = 60;
const MAINS_V = 230;

function updatePlugLoad(d: VirtualDevice): void {
  const on = d.get(1, 'genOnOff', 'onOff') === 1;
  d.set(1, 'haElectricalMeasurement', 'activePower', on ? LOAD_W : 0);
  d.set(1, 'haElectricalMeasurement', 'rmsCurrent', on ? Math.round((LOAD_W / MAINS_V) * 1000) : 0);
}

/** Innr SP 120 smart plug: on/off plus power (W, divisor 1) and energy (kWh, divisor 100) metering. */
export function innrPlug(o: ModelOptions = {}): VirtualDevice {
  const withLoad = (h: CommandHandler): CommandHandler => (ctx) => {
    const status = h(ctx);
    updatePlugLoad(ctx.device);
    return status;
  };
  const tickMs = o.tickMs ?? 10_000;
  let energyWh = 1234 * 10;
  return new VirtualDevice({
    label: 'Innr SP 120',
    ieee: o.ieee ?? '0x842e14fffe0a0b0c',
    nwk: o.nwk ?? 0x0b0c,
    logicalType: 'router',
    manufacturerCode: 0x1166,
    mainsPowered: true,
    endpoints: [
      {
        id: 1, profileId: HA, deviceId: 0x0051,
        inClusters: ['genBasic', 'genIdentify', 'genGroups', 'genScenes', 'genOnOff', 'seMetering', 'haElectricalMeasurement', 'touchlink'],
        outClusters: ['genOta'],
      },
    ],
    attributes: {
      1: {
        genBasic: { zclVersion: 3, appVersion: 2, stackVersion: 2, hwVersion: 1, manufacturerName: 'innr', modelId: 'SP 120', dateCode: '20190412', powerSource: 1, swBuildId: '2.0' },
        genIdentify: { identifyTime: 0 },
        genOnOff: { onOff: 0 },
        seMetering: { currentSummDelivered: 1234, multiplier: 1, divisor: 100, unitOfMeasure: 0 },
        haElectricalMeasurement: { activePower: 0, rmsVoltage: MAINS_V, rmsCurrent: 0, acPowerMultiplier: 1, acPowerDivisor: 1 },
      },
    },
    commands: {
      genOnOff: Object.fromEntries(Object.entries(onOffCommands).map(([k, h]) => [k, withLoad(h)])),
      genIdentify: identifyCommands,
    },
    tickMs,
    tick: (d) => {
      energyWh += Number(d.get(1, 'haElectricalMeasurement', 'activePower')) * (tickMs / 3_600_000);
      d.set(1, 'seMetering', 'currentSummDelivered', Math.floor(energyWh / 10));
    },
  });
}

/** SONOFF SNZB-04 contact sensor ("DS01" by eWeLink): IAS Zone (contact) and battery. */
export function sonoffContact(o: ModelOptions = {}): VirtualDevice {
  return new VirtualDevice({
    label: 'SONOFF SNZB-04',
    ieee: o.ieee ?? '0x00124b002a3b4c5d',
    nwk: o.nwk ?? 0x4c5d,
    logicalType: 'endDevice',
    manufacturerCode: 0,
    mainsPowered: false,
    endpoints: [{ id: 1, profileId: HA, deviceId: 0x0402, inClusters: ['genBasic', 'genIdentify', 'ssIasZone', 'genPowerCfg'], outClusters: ['genIdentify'] }],
    attributes: {
      1: {
        genBasic: { zclVersion: 3, appVersion: 5, stackVersion: 2, hwVersion: 0, manufacturerName: 'eWeLink', modelId: 'DS01', dateCode: '20201026', powerSource: 3 },
        genIdentify: { identifyTime: 0 },
        genPowerCfg: { batteryVoltage: 30, batteryPercentageRemaining: 200 },
        ssIasZone: { zoneState: 0, zoneType: 0x0015, zoneStatus: 0, iasCieAddr: '0x0000000000000000', zoneId: 0xff },
      },
    },
    commands: { ssIasZone: iasZoneCommands, genIdentify: identifyCommands },
  });
}

/** Opens/closes the contact: updates ZoneStatus and notifies the enrolled CIE (ZCL 8.2.2.4.1). */
export function setContactOpen(d: VirtualDevice, open: boolean): void {
  const status = (Number(d.get(1, 'ssIasZone', 'zoneStatus') ?? 0) & ~1) | (open ? 1 : 0);
  d.set(1, 'ssIasZone', 'zoneStatus', status);
  if (d.get(1, 'ssIasZone', 'zoneState') !== 1) return; // not enrolled: nobody to tell
  d.sendClusterResponse(1, 'ssIasZone', 'statusChangeNotification', {
    zonestatus: status, extendedstatus: 0, zoneID: Number(d.get(1, 'ssIasZone', 'zoneId') ?? 0xff), delay: 0,
  });
}

/** Sets the battery level in percent (ZCL stores half-percent steps). */
export function setBatteryPercent(d: VirtualDevice, percent: number): void {
  d.set(1, 'genPowerCfg', 'batteryPercentageRemaining', Math.round(Math.max(0, Math.min(100, percent)) * 2));
}
