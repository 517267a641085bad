// Automations and plans, one module: rules (engine, conditions, rule graph, traces) and plans (planner,
// conflicts, executor, undo) built in one order. Rules never call the plan service back by reference: the plan
// service registers itself as the runner of rules that fire (`automations.onRun`), and both read running plans
// from the one PlanStore. Time primitives (clock, schedule, sun, trigger index) are below, in src/main/time.
import type { EventBus } from '../bus';
import type { Logger } from '../../shared/logger';
import { PlanService, type PlanDeps } from './plans/service';
import { PlanStore } from './plans/store';
import type { AppSettings } from '../settings';
import type { Db } from '../storage/db';
import type { Clock } from '../time/clock';
import { AutomationService } from './service';
import { TraceStore, type TraceThreadOptions } from './traces';
import type { OutsideReader } from './outside';
import type { PlanGate } from '../subscriptions/service';

export interface AutomationModuleDeps {
  db: Db;
  settings: AppSettings;
  bus: EventBus;
  log: Logger;
  clock: Clock;
  /** The devices rules and plans read and command (the device service). */
  devices: PlanDeps['devices'];
  /** The subscription's limits on automations. */
  gate?: PlanGate;
  /** The weather and calendars, for weather and calendar triggers and conditions. */
  outside?: OutsideReader;
  /** Write run traces on a thread of their own (the app's database file). */
  traceThread?: TraceThreadOptions;
}

export interface AutomationModule {
  automations: AutomationService;
  plans: PlanService;
  traces: TraceStore;
}

export function createAutomation(deps: AutomationModuleDeps): AutomationModule {
  const { db, settings, bus, log, clock, devices } = deps;
  const traces = new TraceStore({ db, log, ...(deps.traceThread ? { thread: deps.traceThread } : {}) });
  const store = new PlanStore(db);
  const automations = new AutomationService({ db, settings, bus, log, clock, traces, devices, planStore: store, ...(deps.gate ? { gate: deps.gate } : {}), ...(deps.outside ? { outside: deps.outside } : {}) });
  const plans = new PlanService({ settings, bus, log, clock, traces, store, devices, automations, ...(deps.gate ? { gate: deps.gate } : {}) });
  return { automations, plans, traces };
}
