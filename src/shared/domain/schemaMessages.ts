/**
 * What the schemas say when they refuse a value, each under a name. The names are what an import
 * problem carries to the interface, which says it in the user's language; the English words are
 * what a developer reads in a log. One table, so a name and its words cannot drift apart.
 */
export const schemaMessages = {
  calendarDate: 'must be a date written as YYYY-MM-DD',
  nonexistentDate: 'is not a date that exists',
  currencyCode: 'must be a three-letter ISO 4217 code',
  unknownCurrency: 'is not a known ISO 4217 currency',
  decimalAmount: 'must be an amount written as digits with an optional point and decimals, such as 15000 or 12.5',
  webAddress: 'must start with http:// or https://',
  mediaType: 'must be a media type such as image/png',
  sha256: 'must be a SHA-256 digest in lowercase hex',
  base64: 'must be base64-encoded bytes',
  duplicateIds: 'must not have two items with the same id',
  statusNotInHistory: 'must be the status of the last change in statusHistory',
  timestampRange: 'must be a moment between the years 1 and 9999',
  correctsElsewhere: 'must correct only another entry of the same case and kind',
  countryCode: 'must be a two-letter ISO 3166-1 country code in capitals, such as ID or CN',
} as const;

export type SchemaMessage = keyof typeof schemaMessages;

const namesByWords = new Map(Object.entries(schemaMessages).map(([name, words]) => [words as string, name as SchemaMessage]));

/** The name of one of the schemas' own messages, or undefined for zod's generic wording. */
export function schemaMessageNamed(words: string): SchemaMessage | undefined {
  return namesByWords.get(words);
}
