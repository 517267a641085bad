import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { guardProcess } from './process-guards';

describe('guardProcess', () => {
  it('logs a background rejection instead of letting it end the process', () => {
    const proc = new EventEmitter();
    const errors: Array<[string, unknown]> = [];
    guardProcess({ info: () => undefined, warn: () => undefined, error: (m, e) => errors.push([m, e]) }, proc as unknown as NodeJS.Process);
    expect(proc.emit('unhandledRejection', new Error('The database is not open!'), Promise.resolve())).toBe(true);
    expect(errors).toHaveLength(1);
    expect(errors[0]![0]).toMatch(/keeps running/);
    expect(errors[0]![1]).toMatchObject({ message: 'The database is not open!' });
  });
});
