// One editor per kind of trigger, condition and action in the automation form.
import type { Action, Condition, Trigger } from '../../../shared/automation';
import { conditionText } from '../../../shared/describe-rules';
import { useHome, useScenes } from '../../store/context';
import { capOf, ControlPicker, DaysField, defaultValue, useDeviceList, ValueField } from './fields';
import { CalendarConditionFields, CalendarTriggerFields, WeatherFields } from './outside-editors';

export const NEW_TRIGGER: Record<Trigger['type'], Trigger> = {
  time: { type: 'time', at: '07:00', days: [] },
  sun: { type: 'sun', event: 'sunset', offsetMin: 0, days: [] },
  state: { type: 'state', deviceId: '', capabilityId: '' },
  numeric: { type: 'numeric', deviceId: '', capabilityId: '', above: 0 },
  interval: { type: 'interval', everyS: 3600 },
  start: { type: 'start' },
  weather: { type: 'weather', measure: 'rainChance', above: 50, maxAgeMin: 180 },
  calendar: { type: 'calendar', match: 'Vacation', offsetMin: 0 },
};
export const TRIGGER_NAMES: Record<Trigger['type'], string> = {
  time: 'At a time', sun: 'At sunrise / sunset', state: 'When a device changes', numeric: 'When a number goes above / below', interval: 'Every …', start: 'When Hearth starts',
  weather: 'When the weather forecast says …', calendar: 'When a calendar event starts',
};

export function TriggerEditor({ t, n, onChange }: { t: Trigger; n: number; onChange(t: Trigger): void }) {
  const devices = useDeviceList();
  const label = `Trigger ${n}`;
  switch (t.type) {
    case 'time':
      return (
        <>
          <input type="time" aria-label={`${label}: time`} value={t.at} onChange={(e) => e.target.value && onChange({ ...t, at: e.target.value })} />
          <DaysField label={`${label}: days`} days={t.days} onChange={(days) => onChange({ ...t, days })} />
        </>
      );
    case 'sun':
      return (
        <>
          <select aria-label={`${label}: event`} value={t.event} onChange={(e) => onChange({ ...t, event: e.target.value as 'sunrise' | 'sunset' })}>
            <option value="sunrise">sunrise</option>
            <option value="sunset">sunset</option>
          </select>
          <label className="inline">
            offset (min, − before)
            <input type="number" aria-label={`${label}: offset in minutes`} value={t.offsetMin} onChange={(e) => onChange({ ...t, offsetMin: Math.round(Number(e.target.value)) })} />
          </label>
          <DaysField label={`${label}: days`} days={t.days} onChange={(days) => onChange({ ...t, days })} />
        </>
      );
    case 'state': {
      const cap = capOf(devices, t.deviceId, t.capabilityId);
      return (
        <>
          <ControlPicker label={label} deviceId={t.deviceId} capabilityId={t.capabilityId} onChange={(deviceId, capabilityId) => onChange({ type: 'state', deviceId, capabilityId })} />
          <label className="inline">
            <input type="checkbox" checked={t.to !== undefined} onChange={(e) => onChange(e.target.checked ? { ...t, to: defaultValue(cap) } : { type: 'state', deviceId: t.deviceId, capabilityId: t.capabilityId })} />
            becomes
          </label>
          {t.to !== undefined && <ValueField label={`${label}: becomes`} cap={cap} value={t.to} onChange={(to) => onChange({ ...t, to })} />}
        </>
      );
    }
    case 'numeric':
      return (
        <>
          <ControlPicker label={label} deviceId={t.deviceId} capabilityId={t.capabilityId} onChange={(deviceId, capabilityId) => onChange({ ...t, deviceId, capabilityId })} />
          <label className="inline">
            above
            <input type="number" aria-label={`${label}: above`} value={t.above ?? ''} onChange={(e) => onChange({ ...t, above: e.target.value === '' ? undefined : Number(e.target.value) })} />
          </label>
          <label className="inline">
            below
            <input type="number" aria-label={`${label}: below`} value={t.below ?? ''} onChange={(e) => onChange({ ...t, below: e.target.value === '' ? undefined : Number(e.target.value) })} />
          </label>
        </>
      );
    case 'interval':
      return (
        <label className="inline">
          minutes
          <input type="number" min={1} aria-label={`${label}: minutes`} value={t.everyS / 60} onChange={(e) => onChange({ ...t, everyS: Math.max(60, Math.round(Number(e.target.value) * 60)) })} />
        </label>
      );
    case 'start':
      return null;
    case 'weather':
      return <WeatherFields w={t} label={label} onChange={onChange} />;
    case 'calendar':
      return <CalendarTriggerFields t={t} label={label} onChange={onChange} />;
  }
}

export const NEW_CONDITION: Partial<Record<Condition['type'], Condition>> = {
  state: { type: 'state', deviceId: '', capabilityId: '', is: true },
  time: { type: 'time', after: '18:00', before: '23:00' },
  weekday: { type: 'weekday', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  sun: { type: 'sun', after: { event: 'sunset', offsetMin: 0 } },
  weather: { type: 'weather', measure: 'rainChance', above: 50, maxAgeMin: 180 },
  calendar: { type: 'calendar', match: 'Vacation', when: 'now', maxAgeMin: 1440 },
};
export const CONDITION_NAMES: Partial<Record<Condition['type'], string>> = {
  state: 'A device is …', time: 'Between two times', weekday: 'On some days', sun: 'After sunset', weather: 'The weather forecast says …', calendar: 'The calendar has an event',
};

export function ConditionEditor({ c, n, onChange }: { c: Condition; n: number; onChange(c: Condition): void }) {
  const devices = useDeviceList();
  const all = useHome((s) => s.devices);
  const label = `Condition ${n}`;
  switch (c.type) {
    case 'state': {
      const cap = capOf(devices, c.deviceId, c.capabilityId);
      return (
        <>
          <ControlPicker label={label} deviceId={c.deviceId} capabilityId={c.capabilityId} onChange={(deviceId, capabilityId) => onChange({ ...c, deviceId, capabilityId, is: defaultValue(capOf(devices, deviceId, capabilityId)) })} />
          <ValueField label={`${label}: is`} cap={cap} value={c.is} onChange={(is) => onChange({ ...c, is })} />
        </>
      );
    }
    case 'time':
      return (
        <>
          <input type="time" aria-label={`${label}: after`} value={c.after ?? ''} onChange={(e) => onChange({ ...c, after: e.target.value || undefined })} />
          <span>and</span>
          <input type="time" aria-label={`${label}: before`} value={c.before ?? ''} onChange={(e) => onChange({ ...c, before: e.target.value || undefined })} />
        </>
      );
    case 'weekday':
      return <DaysField label={`${label}: days`} days={c.days} onChange={(days) => onChange({ ...c, days: days.length ? days : c.days })} />;
    case 'sun':
      return (
        <select aria-label={`${label}: when`} value={c.after ? `after-${c.after.event}` : `before-${c.before?.event ?? 'sunrise'}`} onChange={(e) => {
          const [side, event] = e.target.value.split('-') as ['after' | 'before', 'sunrise' | 'sunset'];
          onChange({ type: 'sun', [side]: { event, offsetMin: 0 } });
        }}>
          <option value="after-sunset">after sunset</option>
          <option value="before-sunrise">before sunrise</option>
          <option value="after-sunrise">after sunrise</option>
          <option value="before-sunset">before sunset</option>
        </select>
      );
    case 'weather':
      return <WeatherFields w={c} label={label} onChange={onChange} />;
    case 'calendar':
      return <CalendarConditionFields c={c} label={label} onChange={onChange} />;
    default:
      return <span className="muted">{conditionText(c, (id) => all[id])} (edit as JSON through export/import)</span>;
  }
}

export const NEW_ACTION: Record<Action['type'], Action> = {
  command: { type: 'command', deviceId: '', capabilityId: '', value: true },
  adjust: { type: 'adjust', deviceId: '', capabilityId: '', by: 10 },
  delay: { type: 'delay', seconds: 60 },
  scene: { type: 'scene', sceneId: '' },
  notify: { type: 'notify', message: '' },
};
export const ACTION_NAMES: Record<Action['type'], string> = { command: 'Set a device', adjust: 'Raise / lower by', delay: 'Wait', scene: 'Apply a scene', notify: 'Notify' };

export function ActionEditor({ a, n, onChange }: { a: Action; n: number; onChange(a: Action): void }) {
  const devices = useDeviceList();
  const scenes = useScenes((s) => s.scenes);
  const label = `Action ${n}`;
  switch (a.type) {
    case 'command': {
      const cap = capOf(devices, a.deviceId, a.capabilityId);
      return (
        <>
          <ControlPicker label={label} writable deviceId={a.deviceId} capabilityId={a.capabilityId} onChange={(deviceId, capabilityId) => onChange({ ...a, deviceId, capabilityId, value: defaultValue(capOf(devices, deviceId, capabilityId)) })} />
          <ValueField label={`${label}: value`} cap={cap} value={a.value} onChange={(value) => onChange({ ...a, value })} />
        </>
      );
    }
    case 'adjust':
      return (
        <>
          <ControlPicker label={label} writable deviceId={a.deviceId} capabilityId={a.capabilityId} onChange={(deviceId, capabilityId) => onChange({ ...a, deviceId, capabilityId })} />
          <input type="number" aria-label={`${label}: by`} value={a.by} onChange={(e) => onChange({ ...a, by: Number(e.target.value) })} />
        </>
      );
    case 'delay':
      return (
        <label className="inline">
          minutes
          <input type="number" min={1} aria-label={`${label}: minutes`} value={a.seconds / 60} onChange={(e) => onChange({ ...a, seconds: Math.max(1, Math.round(Number(e.target.value) * 60)) })} />
        </label>
      );
    case 'scene':
      return (
        <select aria-label={`${label}: scene`} value={a.sceneId} onChange={(e) => onChange({ ...a, sceneId: e.target.value })}>
          <option value="">Pick a scene…</option>
          {scenes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      );
    case 'notify':
      return <input aria-label={`${label}: message`} value={a.message} maxLength={500} onChange={(e) => onChange({ ...a, message: e.target.value })} />;
  }
}
