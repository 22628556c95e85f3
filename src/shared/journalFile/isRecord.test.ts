import { describe, expect, it } from 'vitest';
import { isRecord } from './isRecord';

describe('isRecord', () => {
  it('takes a plain object, and nothing a file could hold in its place', () => {
    expect(isRecord({ title: 'Netflix' })).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const other of [null, undefined, [], ['a'], 'case', 3, true]) expect(isRecord(other), JSON.stringify(other)).toBe(false);
  });
});
