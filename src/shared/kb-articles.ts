// The help articles shipped in assets/kb, by id: code that points people to an article (an alert's fix, a
// troubleshooting check, an error) names it with this type, so a misspelt or removed article fails to compile;
// src/main/diagnostics/help/articles.test.ts keeps this list and the folder the same.
export const KB_ARTICLES = [
  'automation-did-not-run',
  'backups-restore',
  'battery-devices',
  'device-offline',
  'disk-full',
  'matter-offline',
  'matter-sharing',
  'new-stick',
  'pairing-failed',
  'serial-permissions',
  'slow-response',
  'stick-not-found',
  'zigbee-channels-wifi',
  'zigbee-coordinators',
  'zwave-stick-setup',
] as const;
export type KbArticle = (typeof KB_ARTICLES)[number];
