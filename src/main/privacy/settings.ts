// Settings of privacy, declared for the settings registry (src/main/settings).
import { z } from 'zod';
import { DataCategoryId } from '../../shared/contract';
import { defineSetting } from '../settings/registry';

export const privacySettings = [
  defineSetting({
    key: 'privacy.retention',
    schema: z.partialRecord(DataCategoryId, z.number().int().positive()),
    default: {},
    description: 'How many days each kind of record is kept where you chose a period other than Hearth’s default.',
    userVisible: true,
  }),
] as const;
