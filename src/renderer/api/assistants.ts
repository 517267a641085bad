// Settings → Voice assistants: which devices Alexa, Google Assistant and Apple Home may see.
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

export const listExposure = (c: Client) => c.call('assistants.exposure.list', {});
export const setExposure = (c: Client, change: RequestInput<'assistants.exposure.set'>) => c.call('assistants.exposure.set', change);
