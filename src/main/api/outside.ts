import type { RequestName } from '../../shared/contract';
import type { OutsideLine } from '../../shared/contract/outside';
import { conditionText, triggerText } from '../../shared/describe-rules';
import { judgeCalendar, judgeWeather, nextCalendarFire, calendarEventWords } from '../automation/outside';
import type { Outside } from '../weather';
import type { DeviceService } from '../services/devices';
import type { HandlersFor } from '../transport/dispatch';

type OutsideRequests = Extract<RequestName, `weather.${string}` | `calendars.${string}` | `outside.${string}`>;

const yes = (v: boolean | null): OutsideLine['value'] => (v === null ? 'unknown' : v ? 'yes' : 'no');

export function outsideHandlers({ outside, devices }: { outside: Outside; devices: Pick<DeviceService, 'find'> }): HandlersFor<OutsideRequests> {
  const { weather, calendars, reader } = outside;
  const lookup = (id: string) => devices.find(id);
  return {
    'weather.status': () => weather.status(),
    'weather.refresh': () => weather.refresh(),
    'calendars.list': () => calendars.list(),
    'calendars.add': (i) => calendars.add(i),
    'calendars.remove': (i) => {
      calendars.remove(i.sourceId);
      return { ok: true as const };
    },
    'calendars.test': (i) => calendars.test(i),
    'calendars.refresh': async (i) => {
      await calendars.refresh(i.sourceId);
      return calendars.list();
    },
    'outside.check': (i) => {
      const now = outside.now();
      const lines: OutsideLine[] = [];
      for (const t of i.triggers) {
        if (t.type === 'weather') {
          const v = judgeWeather(t, reader, now);
          lines.push({ label: triggerText(t, lookup), value: yes(v.value), detail: v.detail });
        } else if (t.type === 'calendar') {
          const next = nextCalendarFire(t, reader, now);
          lines.push({ label: triggerText(t, lookup), value: next ? 'yes' : 'no', detail: next ? `next: ${calendarEventWords(next.event, now)}` : 'no such event in the calendars read' });
        }
      }
      for (const c of i.conditions) {
        const v = c.type === 'weather' ? judgeWeather(c, reader, now) : c.type === 'calendar' ? judgeCalendar(c, reader, now) : null;
        if (v) lines.push({ label: conditionText(c, lookup), value: yes(v.value), detail: v.detail });
      }
      return lines;
    },
  };
}
