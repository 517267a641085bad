// Who this window is (session.whoami), and Settings → Household: the people invited to sign in to the hub.
import { refusal, type Grant } from '../../shared/access';
import type { RequestName, Whoami } from '../../shared/contract';
import type { Client } from './client';

export const whoami = (c: Client) => c.call('session.whoami', {});
export const listHousehold = (c: Client) => c.call('household.list', {});
export const inviteToHousehold = (c: Client, name: string, role: 'member' | 'guest', rooms: string[]) => c.call('household.invite', { name, role, rooms });
export const reinvite = (c: Client, id: string) => c.call('household.reinvite', { id });
export const removeFromHousehold = (c: Client, id: string) => c.call('household.remove', { id });

/** The desktop window's person, and what a window is before it knows better. */
export const OWNER_SESSION: Whoami = { role: 'owner', rooms: [], name: null };

/** Whether this window's person may make the request (the core decides; this only keeps out of sight what would be refused). */
export function mayCall(session: Whoami, name: RequestName): boolean {
  const grant: Grant = { role: session.role, scope: 'admin', rooms: session.rooms };
  return refusal(name, grant) === null;
}

/** The hub window's session, asked once before the stores start (so a guest's window never asks for what it may not see). */
export async function askWhoami(client: Client, tries = 3): Promise<Whoami | null> {
  for (let i = 0; i < tries; i++) {
    try {
      return await client.call('session.whoami', {});
    } catch {
      if (client.transport.connection === 'unauthorized') return null;
    }
  }
  return null;
}
