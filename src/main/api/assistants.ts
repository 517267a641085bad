import type { AlexaService } from '../assistants/alexa';
import type { ExposureService } from '../assistants/exposure';
import type { HandlersFor } from '../transport/dispatch';

type AssistantRequests = 'assistants.exposure.list' | 'assistants.exposure.set' | 'assistants.alexa.directive';

export function assistantHandlers({ exposure, alexa }: { exposure: ExposureService; alexa: AlexaService }): HandlersFor<AssistantRequests> {
  return {
    'assistants.exposure.list': () => exposure.list(),
    'assistants.exposure.set': (i) => exposure.set(i.assistant, i.deviceId, i.exposed),
    'assistants.alexa.directive': (i, ctx) => alexa.handle(i, ctx),
  };
}
