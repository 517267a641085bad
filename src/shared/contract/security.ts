// Encryption at rest: how secrets are protected, and the database's optional encryption with key rotation.
import { z } from 'zod';
import { NoInput } from './common';
import { defineRequests } from './define';

export const SecretProtection = z.enum(['electron-safe-storage', 'key-file', 'passphrase', 'plain']);
export type SecretProtection = z.infer<typeof SecretProtection>;

export const SecurityStatus = z.object({
  secrets: SecretProtection,
  /** Why secrets are not in the system keychain (e.g. no keyring on Linux), in words; absent when they are. */
  secretsNote: z.string().optional(),
  /** Hub mode: browser sessions signed in now; null when this Hearth serves no browsers (the desktop app). */
  hubSessions: z.number().int().nullable(),
  database: z.object({
    encrypted: z.boolean(),
    /** Cipher scheme when encrypted ("sqlcipher": SQLCipher 4 compatible). */
    cipher: z.string().nullable(),
    keyChangedAt: z.number().nullable(),
  }),
});
export type SecurityStatus = z.infer<typeof SecurityStatus>;

export const securityRequests = defineRequests({
  'security.status': { input: NoInput, output: SecurityStatus, personal: 'none' },
  'security.setDatabaseEncryption': {
    input: z.object({ on: z.boolean() }).strict(),
    output: SecurityStatus,
    personal: 'none',
    audit: { action: 'security.database.setEncryption', detail: ['on'] },
  },
  'security.rotateDatabaseKey': { input: NoInput, output: SecurityStatus, personal: 'none', audit: { action: 'security.database.rotateKey' } },
  /** Hub mode: ends every browser session (this one too) and every unused sign-in code. */
  'security.signOutEverywhere': { input: NoInput, output: z.object({ ended: z.number().int() }), personal: 'none', audit: { action: 'security.hub.signOutEverywhere' } },
});
