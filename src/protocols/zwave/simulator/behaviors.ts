// The simulated devices' behaviour: they answer Set/Get with real CC frames from their own state and,
// like Z-Wave Plus devices with a lifeline, report every change to the controller on their own.
import { BinarySwitchCCGet, BinarySwitchCCReport, BinarySwitchCCSet, MeterCCGet, MeterCCReport, MultilevelSensorCCGet, MultilevelSensorCCReport, MultilevelSwitchCCGet, MultilevelSwitchCCReport, MultilevelSwitchCCSet, RateType, ThermostatSetpointCCGet, ThermostatSetpointCCReport, ThermostatSetpointCCSet, ThermostatSetpointType, type CommandClass, createMockZWaveRequestFrame, type MockController, type MockNode, type MockNodeBehavior } from './zwavejs';
import type { SimNodeState } from './spec';

export const SETPOINT_MIN = 5;
export const SETPOINT_MAX = 30;
/** Meter scales of the electric meter: 0 = kWh, 2 = W. */
export const SCALE_KWH = 0;
export const SCALE_W = 2;
const ELECTRIC = 0x01;
const AIR_TEMPERATURE = 0x01;
const CELSIUS = 0;

export interface SimContext {
  state: SimNodeState;
  /** Called after the device's state changed (for persistence). */
  changed(): void;
}

export function sendReport(node: MockNode, cc: CommandClass): void {
  // Sent a moment after the ACK of the command that caused it, like a real device.
  setTimeout(() => {
    void node.sendToController(createMockZWaveRequestFrame(cc, { ackRequested: false })).catch(() => undefined);
  }, 5);
}

export const reports = {
  binary: (c: MockController, s: SimNodeState) => new BinarySwitchCCReport({ nodeId: c.ownNodeId, currentValue: s.on }),
  multilevel: (c: MockController, s: SimNodeState) =>
    new MultilevelSwitchCCReport({ nodeId: c.ownNodeId, currentValue: s.level, targetValue: s.level, duration: '0s' }),
  setpoint: (c: MockController, s: SimNodeState) =>
    new ThermostatSetpointCCReport({ nodeId: c.ownNodeId, type: ThermostatSetpointType.Heating, value: s.setpoint, scale: CELSIUS }),
  temperature: (c: MockController, s: SimNodeState) =>
    new MultilevelSensorCCReport({ nodeId: c.ownNodeId, type: AIR_TEMPERATURE, scale: CELSIUS, value: Math.round(s.temperature * 10) / 10 }),
  meter: (c: MockController, s: SimNodeState, scale: number) =>
    new MeterCCReport({
      nodeId: c.ownNodeId,
      type: ELECTRIC,
      scale,
      rateType: RateType.Consumed,
      value: scale === SCALE_W ? (s.on ? s.loadW : 0) : Math.round(s.energyKWh * 100) / 100,
    }),
};

export function binarySwitchBehavior(ctx: SimContext): MockNodeBehavior {
  return {
    handleCC(controller, self, cc) {
      if (cc instanceof BinarySwitchCCSet) {
        ctx.state.on = cc.targetValue;
        ctx.changed();
        sendReport(self, reports.binary(controller, ctx.state));
        if (self.implementedCCs.has(0x32)) sendReport(self, reports.meter(controller, ctx.state, SCALE_W));
        return { action: 'ok' };
      }
      if (cc instanceof BinarySwitchCCGet) return { action: 'sendCC', cc: reports.binary(controller, ctx.state) };
      return undefined;
    },
  };
}

export function multilevelSwitchBehavior(ctx: SimContext): MockNodeBehavior {
  return {
    handleCC(controller, self, cc) {
      if (cc instanceof MultilevelSwitchCCSet) {
        const s = ctx.state;
        const target = cc.targetValue === 0xff ? s.lastLevel : Math.min(99, Math.max(0, cc.targetValue));
        s.level = target;
        s.on = target > 0;
        if (target > 0) s.lastLevel = target;
        ctx.changed();
        sendReport(self, reports.multilevel(controller, s));
        return { action: 'ok' };
      }
      if (cc instanceof MultilevelSwitchCCGet) return { action: 'sendCC', cc: reports.multilevel(controller, ctx.state) };
      return undefined;
    },
  };
}

export function thermostatBehavior(ctx: SimContext): MockNodeBehavior {
  return {
    handleCC(controller, self, cc) {
      if (cc instanceof ThermostatSetpointCCSet) {
        if (cc.setpointType !== ThermostatSetpointType.Heating || cc.value < SETPOINT_MIN || cc.value > SETPOINT_MAX) {
          return { action: 'fail' };
        }
        ctx.state.setpoint = cc.value;
        ctx.changed();
        sendReport(self, reports.setpoint(controller, ctx.state));
        return { action: 'ok' };
      }
      if (cc instanceof ThermostatSetpointCCGet && cc.setpointType === ThermostatSetpointType.Heating) {
        return { action: 'sendCC', cc: reports.setpoint(controller, ctx.state) };
      }
      if (cc instanceof MultilevelSensorCCGet) return { action: 'sendCC', cc: reports.temperature(controller, ctx.state) };
      return undefined;
    },
  };
}

export function meterBehavior(ctx: SimContext): MockNodeBehavior {
  return {
    handleCC(controller, _self, cc) {
      if (cc instanceof MeterCCGet) {
        const scale = cc.scale ?? SCALE_KWH;
        if (scale !== SCALE_KWH && scale !== SCALE_W) return undefined;
        return { action: 'sendCC', cc: reports.meter(controller, ctx.state, scale) };
      }
      return undefined;
    },
  };
}
