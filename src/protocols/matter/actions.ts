// Executes a MatterAction (from the capability mapping) on a commissioned device.
import { HearthError } from '../../shared/errors';
import type { MatterAction } from './mapping';
import type { ClientNode } from './matterjs';
import { findEndpoint } from './snapshot';

type Invokable = Record<string, ((fields?: unknown) => Promise<unknown>) | undefined>;

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HearthError('TIMEOUT', `The device did not confirm "${what}" in time.`, 'Check that it has power and is in range.')),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function executeAction(node: ClientNode, action: MatterAction, timeoutMs: number): Promise<void> {
  const endpoint = findEndpoint(node, action.endpoint);
  if (!endpoint || !(action.cluster in endpoint.behaviors.supported)) {
    throw new HearthError('NOT_FOUND', `The device no longer has ${action.cluster} on endpoint ${action.endpoint}.`);
  }
  if (action.kind === 'write') {
    await withTimeout(endpoint.setStateOf(action.cluster, action.attributes), timeoutMs, `${action.cluster} write`);
    return;
  }
  const command = (endpoint.commandsOf(action.cluster) as Invokable)[action.command];
  if (!command) throw new HearthError('UNSUPPORTED', `The device does not accept ${action.cluster}.${action.command}.`);
  await withTimeout(command(action.fields), timeoutMs, `${action.cluster}.${action.command}`);
}
