// Encryption at rest: how secrets are kept, and the database's own encryption.
import type { Client } from './client';

export const securityStatus = (c: Client) => c.call('security.status', {});
export const setDatabaseEncryption = (c: Client, on: boolean) => c.call('security.setDatabaseEncryption', { on });
export const rotateDatabaseKey = (c: Client) => c.call('security.rotateDatabaseKey', {});
export const signOutEverywhere = (c: Client) => c.call('security.signOutEverywhere', {});
