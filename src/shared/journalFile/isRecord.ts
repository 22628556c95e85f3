/**
 * Whether an untrusted value read from a journal file is a plain object whose keys can be looked
 * at (not null, not an array). The migrations and the reader look into old files before any schema
 * has checked them.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
