// What a guest's page hears on the hub: its rooms' devices' state and health (as a guest's API token), and those
// devices' own changes (renamed, joined) so its cards stay right. Nothing else: no other room, no plans, no health.
import type { Grant } from '../../shared/access';
import { guestMayHear, type GuardDeps } from '../transport/roles';

export function guestMayHearInHub(event: string, payload: unknown, g: Grant, devices: GuardDeps['devices']): boolean {
  if (event === 'device.added' || event === 'device.updated') {
    const area = typeof payload === 'object' && payload !== null ? (payload as { areaId?: unknown }).areaId : undefined;
    return typeof area === 'string' && g.rooms.includes(area);
  }
  return guestMayHear(event, payload, g, devices);
}
