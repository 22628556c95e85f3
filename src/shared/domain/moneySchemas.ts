import { z } from 'zod';
import { isKnownCurrency } from './money';
import { schemaMessages } from './schemaMessages';

export const CurrencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, schemaMessages.currencyCode)
  .refine(isKnownCurrency, schemaMessages.unknownCurrency);

/** Amounts are whole numbers of the currency's minor unit (cents, fen, sen). */
export const MinorAmountSchema = z
  .number()
  .int(schemaMessages.wholeMinorUnits)
  .nonnegative(schemaMessages.negative)
  .max(Number.MAX_SAFE_INTEGER);
