// A guest's rooms, enforced around the handlers (the dispatcher has already refused what a guest may not call at
// all, shared/access.ts): it sees the devices and areas of its rooms only, commands only those devices, and works
// only with plans whose every step is in them (never an automation). A plan previewed for a guest that reaches
// beyond its rooms is cancelled before the refusal is answered, so nothing of it can run.
import type { Grant } from '../../shared/access';
import type { RequestName } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Area, Device } from '../../shared/model';
import type { Plan, PreviewResult } from '../../shared/plan';

export interface GrantGuard {
  /** Throws FORBIDDEN when the call reaches beyond the guest's rooms. */
  before(method: RequestName, input: unknown, grant: Grant): void;
  /** The answer as the guest may see it (or a refusal). */
  after(method: RequestName, output: unknown, grant: Grant): unknown;
}

export interface GuardDeps {
  devices: { find(id: string): Device | undefined };
  plans: { get(id: string): Plan; cancel(id: string): Plan };
}

const forbidden = (message: string) => new HearthError('FORBIDDEN', message, 'Ask the home’s owner to add the room to your access.');
const field = (v: unknown, k: string): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined);

export function roomGuard(d: GuardDeps): GrantGuard {
  const inRooms = (deviceId: string, g: Grant) => {
    const area = d.devices.find(deviceId)?.areaId;
    return area !== undefined && area !== null && g.rooms.includes(area);
  };
  const checkDevice = (deviceId: unknown, g: Grant) => {
    if (typeof deviceId !== 'string' || !inRooms(deviceId, g)) throw forbidden('That device is not in a room you were given.');
  };
  const planProblem = (plan: Plan, g: Grant): string | null => {
    if (plan.automation) return 'A guest may not save automations.';
    const outside = plan.steps.filter((s) => !inRooms(s.deviceId, g));
    return outside.length ? 'This would change devices outside the rooms you were given.' : null;
  };
  const checkPlan = (planId: unknown, g: Grant) => {
    if (typeof planId !== 'string') throw new HearthError('BAD_REQUEST', 'A guest undoes a plan by its id.', 'Give the planId of the plan to undo.');
    const why = planProblem(d.plans.get(planId), g);
    if (why) throw forbidden(why);
  };
  return {
    before(method, input, g) {
      if (g.role !== 'guest') return;
      if (method === 'devices.get' || method === 'devices.command') checkDevice(field(input, 'deviceId'), g);
      if (method === 'plans.get' || method === 'plans.edit' || method === 'plans.approve' || method === 'plans.cancel' || method === 'plans.undo') checkPlan(field(input, 'planId'), g);
    },
    after(method, output, g) {
      if (g.role !== 'guest') return output;
      if (method === 'devices.list') return (output as Device[]).filter((x) => inRooms(x.id, g));
      if (method === 'areas.list') return (output as Area[]).filter((a) => g.rooms.includes(a.id));
      if (method === 'plans.preview') {
        const r = output as PreviewResult;
        if (r.kind !== 'plan') return r;
        const why = planProblem(r.plan, g);
        if (why) {
          if (r.plan.status === 'preview') d.plans.cancel(r.plan.id);
          throw forbidden(why);
        }
      }
      return output;
    },
  };
}

/** Events a guest hears: its rooms' devices' state and health, nothing else. */
export function guestMayHear(event: string, payload: unknown, g: Grant, devices: GuardDeps['devices']): boolean {
  if (event !== 'device.state' && event !== 'device.health') return false;
  const id = field(payload, 'deviceId');
  const area = typeof id === 'string' ? devices.find(id)?.areaId : undefined;
  return typeof area === 'string' && g.rooms.includes(area);
}
