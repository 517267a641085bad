// Test helper: Alexa directives as Alexa sends them to a skill (Smart Home Skill API v3), and a home whose devices are
// exposed to Alexa, answering them through the real dispatcher.
import type { AlexaEventMessage, AlexaProperty } from '../../../shared/contract';
import type { CallContext } from '../../transport/dispatch';
import type { AssistantHome } from '../test-home';
import { endpointIdOf } from './endpoints';

let seq = 0;

export interface DirectiveOptions {
  instance?: string;
  payloadVersion?: string;
}

/** One directive: `{ directive: { header, endpoint, payload } }`, with a correlation token and Alexa's scope. */
export function directive(namespace: string, name: string, endpointId: string | null, payload: Record<string, unknown> = {}, o: DirectiveOptions = {}) {
  return {
    directive: {
      header: {
        namespace, name, payloadVersion: o.payloadVersion ?? '3', messageId: `msg-${++seq}`,
        ...(namespace === 'Alexa.Discovery' ? {} : { correlationToken: `corr-${seq}` }),
        ...(o.instance ? { instance: o.instance } : {}),
      },
      ...(endpointId ? { endpoint: { scope: { type: 'BearerToken', token: 'access-token-from-alexa' }, endpointId, cookie: {} } } : {}),
      payload: namespace === 'Alexa.Discovery' ? { scope: { type: 'BearerToken', token: 'access-token-from-alexa' } } : payload,
    },
  };
}

/** Sends a directive through the dispatcher as the owner's relay would, and answers Alexa's message (or throws the Hearth error). */
export async function ask(h: AssistantHome, message: unknown, ctx: CallContext = { actor: 'api:relay' }): Promise<AlexaEventMessage> {
  const r = await h.core.dispatch('assistants.alexa.directive', message, ctx);
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code, next: r.error.next });
  return r.result as AlexaEventMessage;
}

/** Exposes the named devices to Alexa (as the owner) and answers their endpoint ids by name. */
export async function exposeToAlexa(h: AssistantHome, names: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const name of names) {
    const r = await h.call('assistants.exposure.set', { assistant: 'alexa', deviceId: h.id(name), exposed: true });
    if (!r.ok) throw new Error(r.error?.message);
    ids[name] = endpointIdOf(h.id(name));
  }
  return ids;
}

/** A reported property of a message's context (or of a change report's change). */
export function prop(m: AlexaEventMessage, namespace: string, name: string, where: 'context' | 'change' = 'context'): unknown {
  const list = where === 'context' ? m.context?.properties : (m.event.payload.change as { properties?: AlexaProperty[] } | undefined)?.properties;
  return list?.find((p) => p.namespace === namespace && p.name === name)?.value;
}
