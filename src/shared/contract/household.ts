// The household: who signs in to this Hearth's hub besides its owner. The owner invites a person (Settings →
// Household) as a member (uses the home, never runs it) or a guest (only the rooms it was given); the invitation is a
// one-time sign-in address with the same rules as the owner's (ten minutes, once). The session it opens carries the
// person's role, applied by the dispatcher exactly as an API token's (shared/access.ts). Removing a person ends their
// sessions at once. `session.whoami` tells any window who it is, so it shows only what it may use.
import { z } from 'zod';
import { Role } from '../access';
import { Id, NoInput } from './common';
import { defineRequests } from './define';
import { userName } from './names';

export const MemberRole = z.enum(['member', 'guest']);
export type MemberRole = z.infer<typeof MemberRole>;

export const HouseholdMember = z.object({
  id: Id,
  name: z.string(),
  role: MemberRole,
  /** A guest's rooms (area ids); empty for a member. */
  rooms: z.array(Id),
  invitedAt: z.number(),
  /** The last time one of their pages used Hearth; null before they first signed in. */
  lastSeenAt: z.number().nullable(),
  /** A session of theirs is live now. */
  signedIn: z.boolean(),
});
export type HouseholdMember = z.infer<typeof HouseholdMember>;

export const HouseholdList = z.object({
  /** People sign in to the hub (hub mode); the desktop app's window is only its owner's. */
  available: z.boolean(),
  members: z.array(HouseholdMember),
});
export type HouseholdList = z.infer<typeof HouseholdList>;

export const Whoami = z.object({
  role: Role,
  /** A guest's rooms (area ids); empty otherwise. */
  rooms: z.array(Id),
  /** The person's name (a household member); null for the owner. */
  name: z.string().nullable(),
});
export type Whoami = z.infer<typeof Whoami>;

export const NewInvitation = z
  .object({
    name: userName(60),
    role: MemberRole,
    rooms: z.array(Id).max(200).default([]),
  })
  .strict();

export const householdRequests = defineRequests({
  'session.whoami': { input: NoInput, output: Whoami, personal: 'none' },
  'household.list': { input: NoInput, output: HouseholdList, personal: 'read' },
  /** The code is in this answer only: the sign-in address is `<the hub's address>/?code=<code>`, once, for ten minutes. */
  'household.invite': {
    input: NewInvitation,
    output: z.object({ member: HouseholdMember, code: z.string(), expiresAt: z.number() }),
    personal: 'write',
    audit: { action: 'household.invite', detail: ['role', 'rooms'] },
  },
  /** A new one-time address for someone already in the household (their old one expired or was lost). */
  'household.reinvite': {
    input: z.object({ id: Id }).strict(),
    output: z.object({ member: HouseholdMember, code: z.string(), expiresAt: z.number() }),
    personal: 'write',
    audit: { action: 'household.reinvite' },
  },
  /** Removes the person: their sessions end at once, their unused address stops working. */
  'household.remove': { input: z.object({ id: Id }).strict(), output: z.object({ ended: z.number().int() }), personal: 'write', audit: { action: 'household.remove' } },
});
