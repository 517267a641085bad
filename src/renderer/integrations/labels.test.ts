import { describe, expect, it } from 'vitest';
import { integrations } from '.';
import { PROTOCOL_LABELS, protocolLabel } from './labels';

describe('protocol labels', () => {
  it('are the labels the integrations declare, one for each', () => {
    expect(Object.fromEntries(integrations.map((i) => [i.protocol, i.label]))).toEqual(PROTOCOL_LABELS);
    for (const i of integrations) expect(protocolLabel(i.protocol)).toBe(i.label);
  });
});
