// Calendar sources, declared for the settings registry (src/main/settings). A CalDAV password is a secret
// (SecretStore 'calendar.<id>.password'), never a setting.
import { z } from 'zod';
import { CalendarSource } from '../../shared/outside';
import { defineSetting } from '../settings/registry';

export const calendarSettings = [
  defineSetting({
    key: 'calendars.sources',
    schema: z.array(CalendarSource).max(20),
    default: [],
    description: 'Calendars automations read (ICS files or addresses, CalDAV accounts), in Settings → Weather & calendars.',
    userVisible: false,
  }),
] as const;

export const passwordSecret = (id: string) => `calendar.${id}.password`;
