// The `max` metadata, not the smaller default `min`: with `min`, isValid() only checks a number's
// length and first digits, so customer numbers such as `1234567890` (with an Indonesian hint) or
// `9876543210` (Chinese) pass as phone numbers, and saving the account would rewrite them as
// `+62 123 4567890`. `max` checks the digits against each country's real number ranges. The extra
// 65 kB never reach the first screen: this module is loaded with the editors and the first write.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

/** Only digits, spaces, `-`, `.`, parentheses and a leading `+`: anything else is an account name, not a number. */
const writtenAsPhoneNumber = /^\+?[\d\s().-]+$/;

/**
 * The country a national currency belongs to: the first two letters of an ISO 4217 code are the
 * country's ISO 3166 code (IDR → ID, CNY → CN, USD → US). Undefined for currencies of no single
 * country (EUR, XAF, XDR, gold): libphonenumber knows no such region.
 */
export function countryOfCurrency(currency: string): CountryCode | undefined {
  if (!/^[A-Za-z]{3}$/.test(currency)) return undefined;
  const country = currency.slice(0, 2).toUpperCase();
  return isSupportedCountry(country) ? country : undefined;
}

/**
 * The phone number an account is, when it is one: international (`+62 838 1234 4821`), national
 * with the country's trunk prefix (`0838-1234-4821`), national without one (a Chinese mobile,
 * `138 0013 8000`), or international digits without `+` (`6283812344821`). Forms without `+` are
 * read in the hint's country only: a bare digit string that is valid somewhere else in the world is
 * far more likely a customer number than a foreign phone number.
 */
export function accountAsPhoneNumber(text: string, countryHint: CountryCode | undefined): PhoneNumber | undefined {
  const written = text.trim();
  if (!writtenAsPhoneNumber.test(written)) return undefined;
  const phone = parsePhoneNumberFromString(written, countryHint ? { defaultCountry: countryHint } : undefined);
  return phone?.isValid() ? phone : undefined;
}

/**
 * How an account is stored and shown: a phone number always in its international form, however it
 * was typed; anything else as typed, trimmed. Normalising twice changes nothing.
 */
export function normalisedAccount(text: string, countryHint: CountryCode | undefined): string {
  return accountAsPhoneNumber(text, countryHint)?.formatInternational() ?? text.trim();
}

/**
 * The words a phone number is found by: its international digits (`6283812344821`), its national
 * digits with the trunk prefix (`083812344821`) and without (`83812344821`, a suffix of the
 * international digits), and every suffix of four digits or more, so digits from the middle
 * (`8381234`) find it by prefix.
 */
export function phoneNumberWords(phone: PhoneNumber): string[] {
  const international = phone.number.slice(1);
  const nationalWithTrunkPrefix = phone.formatNational().replace(/\D/g, '');
  return digitSuffixWords([international, nationalWithTrunkPrefix]);
}

/**
 * Digit strings and every suffix of four digits or more, so that digits from the middle of a
 * number find it by prefix. A string that is a suffix of another adds nothing new.
 */
export function digitSuffixWords(digitStrings: readonly string[]): string[] {
  const words = new Set<string>();
  for (const digits of digitStrings) {
    words.add(digits);
    for (let start = 1; start <= digits.length - 4; start += 1) words.add(digits.slice(start));
  }
  return [...words];
}

/** Search words for an account-like text (the account, the support contact) when it is a phone number; else null. */
export function phoneAccountWords(text: string, countryHint: CountryCode | undefined): string[] | null {
  const phone = accountAsPhoneNumber(text, countryHint);
  return phone ? phoneNumberWords(phone) : null;
}
