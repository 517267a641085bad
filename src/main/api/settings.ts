import type { AppSettings } from '../settings';
import type { HandlersFor } from '../transport/dispatch';

export function settingsHandlers({ settings }: { settings: AppSettings }): HandlersFor<'settings.list'> {
  return {
    'settings.list': () => settings.report().map(({ userVisible: _v, ...s }) => s),
  };
}
