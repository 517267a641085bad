// Settings → API: the local API's switch and its tokens.
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

export const apiStatus = (c: Client) => c.call('api.status', {});
export const configureApi = (c: Client, change: RequestInput<'api.configure'>) => c.call('api.configure', change);
export const listApiTokens = (c: Client) => c.call('api.tokens.list', {});
export const createApiToken = (c: Client, t: RequestInput<'api.tokens.create'>) => c.call('api.tokens.create', t);
export const revokeApiToken = (c: Client, id: string) => c.call('api.tokens.revoke', { id });
