// Cluster command behaviour shared by the virtual device models (ZCL 8 semantics, simplified:
// transitions complete instantly).
import { Zcl } from '../herdsman';
import type { CommandHandler, CommandContext } from './virtual-device';

const num = (ctx: CommandContext, name: string): number => Number(ctx.payload[name] ?? 0);

function setOn(ctx: CommandContext, on: boolean): void {
  ctx.device.set(ctx.ep, 'genOnOff', 'onOff', on ? 1 : 0);
}

export const onOffCommands: Record<string, CommandHandler> = {
  on: (ctx) => setOn(ctx, true),
  off: (ctx) => setOn(ctx, false),
  offWithEffect: (ctx) => setOn(ctx, false),
  onWithTimedOff: (ctx) => setOn(ctx, true),
  toggle: (ctx) => setOn(ctx, ctx.device.get(ctx.ep, 'genOnOff', 'onOff') !== 1),
};

function moveToLevel(ctx: CommandContext, withOnOff: boolean): number | void {
  const level = num(ctx, 'level');
  if (level > 0xfe) return Zcl.Status.INVALID_FIELD;
  const hasOnOff = ctx.device.get(ctx.ep, 'genOnOff', 'onOff') !== undefined;
  if (withOnOff && hasOnOff) setOn(ctx, level > 1);
  // Without the on/off variant a light that is off ignores level changes (unless "execute if off").
  const off = hasOnOff && ctx.device.get(ctx.ep, 'genOnOff', 'onOff') === 0;
  const executeIfOff = (Number(ctx.device.get(ctx.ep, 'genLevelCtrl', 'options') ?? 0) & 0x01) === 1;
  if (!withOnOff && off && !executeIfOff) return;
  if (level >= 1) ctx.device.set(ctx.ep, 'genLevelCtrl', 'currentLevel', level);
}

function step(ctx: CommandContext, withOnOff: boolean): void {
  const current = Number(ctx.device.get(ctx.ep, 'genLevelCtrl', 'currentLevel') ?? 0);
  const delta = num(ctx, 'stepsize') * (num(ctx, 'stepmode') === 0 ? 1 : -1);
  const level = Math.max(1, Math.min(0xfe, current + delta));
  ctx.device.set(ctx.ep, 'genLevelCtrl', 'currentLevel', level);
  if (withOnOff) setOn(ctx, level > 1 || delta > 0);
}

export const levelCommands: Record<string, CommandHandler> = {
  moveToLevel: (ctx) => moveToLevel(ctx, false),
  moveToLevelWithOnOff: (ctx) => moveToLevel(ctx, true),
  step: (ctx) => step(ctx, false),
  stepWithOnOff: (ctx) => step(ctx, true),
  move: () => undefined,
  moveWithOnOff: () => undefined,
  stop: () => undefined,
  stopWithOnOff: () => undefined,
};

export function colorTempCommands(minMireds: number, maxMireds: number): Record<string, CommandHandler> {
  const clamp = (m: number) => Math.max(minMireds, Math.min(maxMireds, m));
  return {
    moveToColorTemp: (ctx) => {
      ctx.device.set(ctx.ep, 'lightingColorCtrl', 'colorTemperature', clamp(num(ctx, 'colortemp')));
      ctx.device.set(ctx.ep, 'lightingColorCtrl', 'colorMode', 2);
      ctx.device.set(ctx.ep, 'lightingColorCtrl', 'enhancedColorMode', 2);
    },
    stepColorTemp: (ctx) => {
      const current = Number(ctx.device.get(ctx.ep, 'lightingColorCtrl', 'colorTemperature') ?? minMireds);
      const delta = num(ctx, 'stepsize') * (num(ctx, 'stepmode') === 1 ? 1 : -1);
      ctx.device.set(ctx.ep, 'lightingColorCtrl', 'colorTemperature', clamp(current + delta));
    },
    moveColorTemp: () => undefined,
    stopMoveStep: () => undefined,
  };
}

/** IAS Zone server: the CIE confirms enrolment with Zone Enroll Response. */
export const iasZoneCommands: Record<string, CommandHandler> = {
  enrollRsp: (ctx) => {
    if (num(ctx, 'enrollrspcode') !== 0) return;
    ctx.device.set(ctx.ep, 'ssIasZone', 'zoneId', num(ctx, 'zoneid'));
    ctx.device.set(ctx.ep, 'ssIasZone', 'zoneState', 1);
  },
  initNormalOpMode: () => undefined,
  initTestMode: () => undefined,
};

export const identifyCommands: Record<string, CommandHandler> = {
  identify: () => undefined,
  identifyQuery: () => undefined,
  triggerEffect: () => undefined,
};
