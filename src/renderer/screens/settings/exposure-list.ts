// The Voice assistants section's list: a change the core reports applied in place, and which rows to show.
import type { Assistant, ExposureList } from '../../../shared/contract';

export const ASSISTANT_ORDER: readonly Assistant[] = ['alexa', 'google', 'homekit'];
/** How many rows the section shows at once (a large home narrows them with the search). */
export const SHOWN = 100;

/** The list with one device's exposure to one assistant changed (the same list when nothing changes). */
export function withChange(list: ExposureList, c: { assistant: Assistant; deviceId: string; exposed: boolean }): ExposureList {
  let changed = false;
  const devices = list.devices.map((d) => {
    if (d.deviceId !== c.deviceId || d.assistants.includes(c.assistant) === c.exposed) return d;
    changed = true;
    const assistants = c.exposed ? ASSISTANT_ORDER.filter((a) => a === c.assistant || d.assistants.includes(a)) : d.assistants.filter((a) => a !== c.assistant);
    return { ...d, assistants };
  });
  return changed ? { ...list, devices } : list;
}

/** The rows matching the search (by name, any case), exposed ones first, at most SHOWN; and how many matched. */
export function visibleRows(list: ExposureList, search: string): { rows: ExposureList['devices']; matched: number } {
  const q = search.trim().toLowerCase();
  const matching = list.devices.filter((d) => q === '' || d.name.toLowerCase().includes(q));
  const sorted = [...matching].sort((a, b) => Number(b.assistants.length > 0) - Number(a.assistants.length > 0) || a.name.localeCompare(b.name));
  return { rows: sorted.slice(0, SHOWN), matched: matching.length };
}
