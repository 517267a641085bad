// Implements every request of the contract: one file per domain, gathered here. Each domain's handlers get
// only the services they use; the radios' handlers come ready-made from the integrations. The type makes a
// missing or misspelled handler a compile error.
import { outsideHandlers } from './outside';
import type { Outside } from '../weather';
import type { AutomationService } from '../automation/service';
import type { TraceStore } from '../automation/traces';
import type { PlanService } from '../automation/plans/service';
import type { Diagnostics } from '../diagnostics/support/service';
import type { HealthService } from '../diagnostics/health/service';
import type { Help } from '../diagnostics/help/service';
import type { ConsentService } from '../privacy/consent';
import type { PrivacyService } from '../privacy/service';
import type { AreaService } from '../services/areas';
import type { DeviceService } from '../services/devices';
import type { OnboardingService } from '../services/onboarding';
import type { SecurityService } from '../services/security';
import type { BusinessService } from '../subscriptions/business';
import type { SubscriptionService } from '../subscriptions/service';
import type { ValueService } from '../subscriptions/value/service';
import type { AppSettings } from '../settings';
import type { Handlers } from '../transport/dispatch';
import type { ApiService } from '../rest/service';
import type { AlexaService } from '../assistants/alexa';
import type { ExposureService } from '../assistants/exposure';
import type { GoogleFulfillment } from '../assistants/google/fulfill';
import { googleHandlers } from '../assistants/google/handlers';
import type { HomekitService } from '../assistants/homekit';
import { homekitHandlers } from '../assistants/homekit/handlers';
import type { VoiceService } from '../voice/service';
import { voiceHandlers } from '../voice/handlers';
import type { HouseholdService } from '../household/service';
import { householdHandlers } from '../household/handlers';
import type { OperationRegistry } from '../operations/registry';
import type { UploadStore } from '../operations/uploads';
import { apiHandlers } from './api';
import { assistantHandlers } from './assistants';
import { automationHandlers } from './automations';
import { deviceHandlers } from './devices';
import { healthHandlers } from './health';
import { helpHandlers } from './help';
import { logHandlers } from './logs';
import { onboardingHandlers } from './onboarding';
import { operationHandlers } from './operations';
import { privacyHandlers } from './privacy';
import { securityHandlers } from './security';
import { settingsHandlers } from './settings';
import { planHandlers } from './plans';
import { stickHandlers, type StickHandlerDeps } from './sticks';
import { businessHandlers } from './business';
import { subscriptionHandlers } from './subscription';
import { systemHandlers } from './system';
import { valueHandlers } from './value';
import type { SystemInfo } from '../../shared/contract';

export interface HandlerDeps extends StickHandlerDeps {
  info: () => SystemInfo;
  devices: DeviceService;
  areas: AreaService;
  onboarding: OnboardingService;
  consents: ConsentService;
  privacy: PrivacyService;
  security: SecurityService;
  settings: AppSettings;
  plans: PlanService;
  automations: AutomationService;
  traces: TraceStore;
  diagnostics: Diagnostics;
  health: HealthService;
  help: Help;
  subscription: SubscriptionService;
  business: BusinessService;
  value: ValueService;
  api: ApiService;
  exposure: ExposureService;
  /** Alexa Smart Home directives (src/main/assistants/alexa). */
  alexa: AlexaService;
  /** Google Assistant smart-home fulfillment (src/main/assistants/google). */
  google: GoogleFulfillment;
  /** Apple Home's bridge (src/main/assistants/homekit). */
  homekit: HomekitService;
  operations: OperationRegistry;
  uploads: UploadStore;
  /** Offline voice (src/main/voice). */
  voice: VoiceService;
  /** The people invited to sign in to the hub (src/main/household). */
  household: HouseholdService;
  /** Weather and calendars for automations (src/main/weather, src/main/calendars). */
  outside: Outside;
  /** Every other request (radios, pairing, each stack's own): answered by the integrations. */
  integrations: Omit<Handlers, keyof CoreHandlers>;
}

type CoreHandlers = ReturnType<typeof coreHandlers>;

function coreHandlers(d: Omit<HandlerDeps, 'integrations'>) {
  return {
    ...systemHandlers(d),
    ...deviceHandlers(d),
    ...onboardingHandlers(d),
    ...privacyHandlers(d),
    ...securityHandlers(d),
    ...settingsHandlers(d),
    ...planHandlers(d),
    ...automationHandlers(d),
    ...stickHandlers(d),
    ...healthHandlers(d),
    ...logHandlers(d),
    ...helpHandlers(d),
    ...subscriptionHandlers(d),
    ...businessHandlers(d),
    ...valueHandlers(d),
    ...apiHandlers(d),
    ...assistantHandlers(d),
    ...googleHandlers(d),
    ...homekitHandlers(d),
    ...operationHandlers(d),
    ...voiceHandlers(d),
    ...householdHandlers(d),
    ...outsideHandlers(d),
  };
}

export function createHandlers(d: HandlerDeps): Handlers {
  return { ...coreHandlers(d), ...d.integrations };
}
