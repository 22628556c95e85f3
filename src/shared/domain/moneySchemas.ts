import { z } from 'zod';
import { isKnownCurrency } from './money';

export const CurrencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code')
  .refine(isKnownCurrency, 'is not a known ISO 4217 currency');

/** Amounts are whole numbers of the currency's minor unit (cents, fen, sen). */
export const MinorAmountSchema = z
  .number()
  .int('must be a whole number of minor units')
  .nonnegative('must not be negative')
  .max(Number.MAX_SAFE_INTEGER);
