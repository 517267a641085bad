// Which home Hearth runs: the demo home or the person's own, and switching between them (from the next start).
import type { Client } from './client';

export const homes = (c: Client) => c.call('homes.get', {});
export const chooseHome = (c: Client, home: 'demo' | 'real' | 'auto') => c.call('homes.choose', { home });
