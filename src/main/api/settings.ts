import type { AppSettings } from '../settings';
import type { HandlersFor } from '../transport/dispatch';

export function settingsHandlers({ settings }: { settings: AppSettings }): HandlersFor<'settings.list'> {
  return {
    // A setting not set and without a default is null: JSON (the hub's wire) would drop an undefined value.
    'settings.list': () => settings.report().map(({ userVisible: _v, ...s }) => ({ ...s, value: s.value ?? null, default: s.default ?? null })),
  };
}
