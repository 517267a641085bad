// The requests of Settings → Voice assistants → Apple Home: the bridge's status (the setup code only for the owner),
// turning it on with the connections to advertise on, off, and forgetting every pairing.
import { OWNER } from '../../../shared/access';
import type { CallContext, HandlersFor } from '../../transport/dispatch';
import type { HomekitService } from '.';

/** The app's own window (no grant) and an owner's admin token see the setup code. */
const isOwner = (ctx: CallContext) => !ctx.grant || (ctx.grant.role === OWNER.role && ctx.grant.scope === OWNER.scope);

export function homekitHandlers({ homekit }: { homekit: HomekitService }): HandlersFor<'assistants.homekit.status' | 'assistants.homekit.enable' | 'assistants.homekit.disable' | 'assistants.homekit.resetPairings'> {
  return {
    'assistants.homekit.status': (_input, ctx) => homekit.status(isOwner(ctx)),
    'assistants.homekit.enable': (input, ctx) => homekit.enable(input.interfaces, input.textVersion, ctx.actor),
    'assistants.homekit.disable': (_input, ctx) => homekit.disable(ctx.actor),
    'assistants.homekit.resetPairings': () => homekit.resetPairings(),
  };
}
