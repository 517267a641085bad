// Which screens a person's sidebar shows: a guest only Home, a member everything but the owner's Privacy.
import { describe, expect, it } from 'vitest';
import { screensFor } from './screens';

const labels = (role: 'owner' | 'member' | 'guest') => screensFor({ role, rooms: role === 'guest' ? ['a1'] : [], name: null }).map((s) => s.label);

describe('screensFor', () => {
  it('shows the owner every screen', () => {
    expect(labels('owner')).toEqual(['Home', 'Devices', 'Radios', 'Automations', 'Value', 'Diagnostics', 'Privacy', 'Subscription', 'Business', 'Settings']);
  });
  it('shows a member all but the owner-only Privacy', () => {
    expect(labels('member')).toEqual(['Home', 'Devices', 'Radios', 'Automations', 'Value', 'Diagnostics', 'Subscription', 'Business', 'Settings']);
  });
  it('shows a guest its rooms only: no History, Privacy, Diagnostics or Settings', () => {
    expect(labels('guest')).toEqual(['Home']);
  });
});
