// `hearth signin-code --role member|guest --name NAME [--rooms ROOM,…] --data-dir DIR`: invites a person to the
// household from the command line, as Settings → Household does, and prints their one-time sign-in address. Rooms are
// given by name (or id) and checked against the home's; an unknown one is refused with the names Hearth knows. With the
// hub running on that data folder the running core makes the invitation (hub/server.ts's POST /api/cli/invite, proved
// by a fresh owner code); otherwise the data folder is opened (cli-offline.ts), holding its lock so Hearth cannot start
// meanwhile. Either way it is the request household.invite, recorded in the audit log.
import type { Area } from '../../shared/model';
import { MemberRole, NewInvitation, type HouseholdMember } from '../../shared/contract';
import { HearthError } from '../../shared/errors';
import type { Reply } from '../../shared/wire';
import { CODE_TTL_MS } from '../hub/signin';
import type { Dispatch } from '../transport/dispatch';

export const INVITE_USAGE = `  hearth signin-code --role member|guest --name NAME [--rooms ROOM,…] --data-dir DIR [--key-file FILE | --passphrase-file FILE]
      Invites a person to the household (as Settings → Household does) and prints their one-time sign-in address.
      A member uses the whole home; a guest only the rooms given (by name).`;

export interface InviteArgs {
  role: string;
  name: string | undefined;
  rooms: string | undefined;
}

/** The invitation as the command line gave it: checked before anything is opened. */
export function inviteArgs(a: InviteArgs): { name: string; role: MemberRole; rooms: string[] } {
  const role = MemberRole.safeParse(a.role);
  if (!role.success) throw new HearthError('BAD_REQUEST', '--role must be member or guest (or left out for the owner’s own code).', INVITE_USAGE);
  if (!a.name?.trim()) throw new HearthError('BAD_REQUEST', '--name is needed: Settings → Household lists the person by it.', INVITE_USAGE);
  const rooms = (a.rooms ?? '').split(',').map((r) => r.trim()).filter(Boolean);
  if (role.data === 'member' && rooms.length) throw new HearthError('BAD_REQUEST', 'A member uses every room; --rooms is for a guest.', INVITE_USAGE);
  return { name: a.name.trim(), role: role.data, rooms };
}

const roomList = (areas: readonly Area[]) => (areas.length ? areas.map((a) => a.name).join(', ') : 'none yet (add rooms in Hearth first)');

/** Room names (or ids) to the home's area ids; an unknown one is refused with the names the home has. */
export function roomIds(given: readonly string[], areas: readonly Area[]): string[] {
  return given.map((g) => {
    const found = areas.find((a) => a.id === g) ?? areas.find((a) => a.name.toLocaleLowerCase() === g.toLocaleLowerCase());
    if (!found) throw new HearthError('BAD_REQUEST', `This home has no room named “${g}”.`, `Its rooms: ${roomList(areas)}.`);
    return found.id;
  });
}

export type Invited = { member: HouseholdMember; code: string; expiresAt: number };

/** household.invite through a dispatcher (the running hub's, or a core opened here), rooms given by name. */
export async function inviteByNames(dispatch: Dispatch, input: unknown, actor: string): Promise<Reply> {
  const ctx = { actor };
  try {
    const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
    const a = inviteArgs({ role: String(raw.role ?? ''), name: typeof raw.name === 'string' ? raw.name : undefined, rooms: Array.isArray(raw.rooms) ? raw.rooms.join(',') : undefined });
    const listed = await dispatch('areas.list', {}, ctx);
    if (!listed.ok) return listed;
    const areas = listed.result as Area[];
    if (a.role === 'guest' && a.rooms.length === 0) throw new HearthError('BAD_REQUEST', 'A guest needs --rooms: the rooms they may use.', `This home’s rooms: ${roomList(areas)}.`);
    const invitation = NewInvitation.parse({ name: a.name, role: a.role, rooms: roomIds(a.rooms, areas) });
    return await dispatch('household.invite', invitation, ctx);
  } catch (e) {
    const h = e instanceof HearthError ? e : new HearthError('BAD_REQUEST', (e as Error).message);
    return { ok: false, error: { code: h.code, message: h.message, ...(h.next ? { next: h.next } : {}) } };
  }
}

/** What the command prints for an invitation: the address (or the code, when Hearth is not running), and what it is. */
export function invitationLines(made: Invited, hubUrl: string | null, roomNames: readonly string[]): string[] {
  const m = made.member;
  const rooms = roomNames.join(', ');
  const first = hubUrl
    ? [`${hubUrl}?code=${made.code}`]
    : [`Sign-in code: ${made.code}`, `Hearth is not running with this data folder; start it, then open its address followed by ?code=${made.code}`];
  return [...first, `(For ${m.name}, ${m.role === 'guest' ? `a guest of ${rooms}` : 'a member'}. It works once, within ${CODE_TTL_MS / 60_000} minutes; Settings → Household lists them.)`];
}
