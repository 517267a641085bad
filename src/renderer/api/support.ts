// Read-only support links (hub mode): made with the person's consent, listed, revoked.
import type { Client } from './client';

export const createSupportLink = (c: Client, hours: number) => c.call('support.link.create', { consent: true, hours });
export const listSupportLinks = (c: Client) => c.call('support.link.list', {});
export const revokeSupportLink = (c: Client, id: string) => c.call('support.link.revoke', { id });

/** The address support staff open: the hub's own origin with the one-time token (read once, then taken out of the address). */
export const supportAddress = (origin: string, token: string) => `${origin}/?support=${encodeURIComponent(token)}`;
