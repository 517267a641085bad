// USB radio sticks: the plugged-in ones (watched for a while), and a test that opens one.
import type { RequestInput } from '../../shared/contract';
import type { Client } from './client';

export const listSticks = (c: Client, watchSeconds = 300) => c.call('sticks.list', { watchSeconds });
export const testStick = (c: Client, stick: RequestInput<'sticks.testOpen'>) => c.call('sticks.testOpen', stick);
