// The household wired to the hub host: the household service mints a person's one-time code and ends their sessions
// through the hub's sign-ins and server; the server asks the household for a person's role on every use. hub/main.ts
// (and the tests) use this, so both run the same wiring.
import type { HubMembers, HubServer } from '../hub/server';
import { CODE_TTL_MS, mintSignInCode, ownerKey, type HubSessions } from '../hub/signin';
import type { SecretStore } from '../secrets';
import type { GuardDeps } from '../transport/roles';
import { guestMayHearInHub } from './events';
import type { HouseholdService } from './service';

/** What the hub server needs of the household (pass it as `members`). */
export function hubMembers(household: HouseholdService, devices: GuardDeps['devices']): HubMembers {
  return {
    grant: (id) => household.grant(id),
    seen: (id) => household.seen(id),
    guestMayHear: (event, payload, grant) => guestMayHearInHub(event, payload, grant, devices),
  };
}

/** Lets the household invite and remove people once the hub's server runs. */
export function attachHousehold(o: { household: HouseholdService; secrets: SecretStore; sessions: HubSessions; hub: Pick<HubServer, 'endMember'>; now?: () => number }): void {
  const now = o.now ?? Date.now;
  o.household.attachHub({
    mint: (member) => {
      const at = now();
      return { code: mintSignInCode(ownerKey(o.secrets), at, CODE_TTL_MS, member), expiresAt: at + CODE_TTL_MS };
    },
    end: (member) => {
      const ended = o.sessions.endMember(member);
      o.hub.endMember(member);
      return ended;
    },
    signedIn: (member) => o.sessions.signedIn(member),
  });
}
