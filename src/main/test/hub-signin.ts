// Tests sign in to a hub the way a browser does: a one-time code minted from the owner key, exchanged for a
// session, which the WebSocket offers in its subprotocol.
import { AUTH_PROTOCOL_PREFIX, WS_PROTOCOL } from '../hub/access';
import { HubSessions, mintSignInCode, ownerKey } from '../hub/signin';
import type { SecretStore } from '../secrets';

export function testSessions(secrets: SecretStore, now: () => number = Date.now) {
  const sessions = new HubSessions({ secrets, now });
  return {
    sessions,
    code: () => mintSignInCode(ownerKey(secrets), now()),
    /** A fresh session, as a browser gets from POST /api/signin. */
    signIn(): string {
      const r = sessions.redeem(mintSignInCode(ownerKey(secrets), now()));
      if (!r.ok) throw new Error(`sign-in failed: ${r.reason}`);
      return r.session;
    },
  };
}

/** The subprotocols a client offers: Hearth's, and its credential. */
export const authProtocols = (credential: string): string[] => [WS_PROTOCOL, `${AUTH_PROTOCOL_PREFIX}${credential}`];
