import { describe, expect, it } from 'vitest';
import { userRegion } from './userRegion';

describe("the user's region", () => {
  it('is the country of the first system language that names one', () => {
    expect(userRegion(['en-ID', 'en-US'])).toBe('ID');
    expect(userRegion(['zh'])).toBe('CN');
    expect(userRegion(['es-419', 'id'])).toBe('ID');
  });

  it('is unknown when no language names a country', () => {
    expect(userRegion([])).toBeNull();
    expect(userRegion(['es-419'])).toBeNull();
    expect(userRegion(['not a tag!'])).toBeNull();
  });
});
