// Diagnostics for support staff: Hearth's log, the support bundle, and read-only support links (hub mode).
import type { LogQuery } from '../../shared/contract';
import type { Client } from './client';

export const queryLogs = (c: Client, q: LogQuery) => c.call('logs.query', q);
export const makeSupportBundle = (c: Client) => c.call('diagnostics.bundle', {});
export const createSupportLink = (c: Client, hours: number) => c.call('support.link.create', { consent: true, hours });
export const listSupportLinks = (c: Client) => c.call('support.link.list', {});
export const revokeSupportLink = (c: Client, id: string) => c.call('support.link.revoke', { id });
