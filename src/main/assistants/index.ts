// The voice assistants built together for the core: which devices each may see (exposure), Alexa's directives,
// Google Assistant's intents and Report State, and Apple Home's bridge. Every write they make is the dispatcher's
// devices.command with the caller's context; the core starts the bridge with the home and stops all of it.
import { AlexaService, type AlexaDeps } from './alexa';
import { ExposureService, type ExposureDeps } from './exposure';
import { GoogleFulfillment, type GoogleDeps } from './google/fulfill';
import { GoogleLink } from './google/link';
import { startGoogleReports } from './google/report';
import { HomekitService, type HomekitDeps } from './homekit';

export type AssistantsDeps = ExposureDeps &
  Omit<AlexaDeps, 'exposure'> &
  Pick<GoogleDeps, 'devices'> &
  Omit<HomekitDeps, 'exposure' | 'interfaces'> &
  ConstructorParameters<typeof GoogleLink>[0];

export interface Assistants {
  exposure: ExposureService;
  alexa: AlexaService;
  google: GoogleFulfillment;
  homekit: HomekitService;
  /** Stops Google's Report State and Apple Home's bridge. */
  stop(): Promise<void>;
}

export function createAssistants(d: AssistantsDeps): Assistants {
  const exposure = new ExposureService(d);
  const alexa = new AlexaService({ ...d, exposure });
  const googleLink = new GoogleLink(d);
  const stopGoogleReports = startGoogleReports({ bus: d.bus, exposure, devices: d.devices, link: googleLink });
  const google = new GoogleFulfillment({ exposure, devices: d.devices, link: googleLink, unit: d.unit, command: d.command });
  const homekit = new HomekitService({ ...d, exposure });
  return {
    exposure, alexa, google, homekit,
    async stop() {
      stopGoogleReports();
      await homekit.stop();
    },
  };
}
