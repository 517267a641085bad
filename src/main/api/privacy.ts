import type { ConsentService } from '../privacy/consent';
import type { PrivacyService } from '../privacy/service';
import type { HandlersFor } from '../transport/dispatch';

type PrivacyRequests =
  | 'consent.list'
  | 'consent.set'
  | 'privacy.overview'
  | 'privacy.export'
  | 'privacy.erase'
  | 'privacy.applyRetention'
  | 'privacy.setRetention'
  | 'privacy.audit'
  | 'privacy.diagnosticsPreview';

export function privacyHandlers({ consents, privacy }: { consents: ConsentService; privacy: PrivacyService }): HandlersFor<PrivacyRequests> {
  return {
    'consent.list': () => ({ purposes: consents.list(), history: consents.history() }),
    'consent.set': (i, ctx) => consents.set(i.purpose, i.granted, i.textVersion, ctx.actor),
    'privacy.overview': () => privacy.overview(),
    'privacy.export': () => privacy.export(),
    'privacy.erase': () => {
      privacy.erase();
      return { ok: true as const };
    },
    'privacy.applyRetention': () => ({ removed: privacy.applyRetention() }),
    'privacy.setRetention': (i) => privacy.setRetention(i.category, i.days),
    'privacy.audit': (i) => privacy.auditView(i.limit),
    'privacy.diagnosticsPreview': () => privacy.diagnosticsPreview(),
  };
}
