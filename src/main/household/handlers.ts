// The household's requests (Settings → Household) and session.whoami, which any caller may ask: who it is.
import { OWNER } from '../../shared/access';
import type { HandlersFor } from '../transport/dispatch';
import type { HouseholdService } from './service';

export function householdHandlers({ household }: { household: HouseholdService }): HandlersFor<'session.whoami' | 'household.list' | 'household.invite' | 'household.reinvite' | 'household.remove'> {
  return {
    'session.whoami': (_input, ctx) => {
      const g = ctx.grant ?? OWNER;
      return { role: g.role, rooms: g.role === 'guest' ? [...g.rooms] : [], name: ctx.member ? household.name(ctx.member) : null };
    },
    'household.list': () => household.list(),
    'household.invite': (i) => household.invite(i),
    'household.reinvite': (i) => household.reinvite(i.id),
    'household.remove': (i) => household.remove(i.id),
  };
}
