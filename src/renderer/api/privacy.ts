// Privacy: consents, what is stored and for how long, download and erase, the audit log.
import type { ConsentState, DataCategoryId } from '../../shared/contract';
import type { Client } from './client';

export const listConsents = (c: Client) => c.call('consent.list', {});
/** Records the choice with the version of the text the person saw. */
export const setConsent = (c: Client, consent: ConsentState, granted: boolean) => c.call('consent.set', { purpose: consent.purpose, granted, textVersion: consent.version });
export const privacyOverview = (c: Client) => c.call('privacy.overview', {});
export const exportMyData = (c: Client) => c.call('privacy.export', {});
export const eraseMyData = (c: Client) => c.call('privacy.erase', { confirm: 'ERASE' });
export const applyRetention = (c: Client) => c.call('privacy.applyRetention', {});
export const setRetention = (c: Client, category: DataCategoryId, days: number) => c.call('privacy.setRetention', { category, days });
export const auditLog = (c: Client, limit = 100) => c.call('privacy.audit', { limit });
export const diagnosticsPreview = (c: Client) => c.call('privacy.diagnosticsPreview', {});
