import type { ExposureService } from '../assistants/exposure';
import type { HandlersFor } from '../transport/dispatch';

type AssistantRequests = 'assistants.exposure.list' | 'assistants.exposure.set';

export function assistantHandlers({ exposure }: { exposure: ExposureService }): HandlersFor<AssistantRequests> {
  return {
    'assistants.exposure.list': () => exposure.list(),
    'assistants.exposure.set': (i) => exposure.set(i.assistant, i.deviceId, i.exposed),
  };
}
