import { z } from 'zod';
import { decimalAmountPattern, isKnownCurrency } from './money';
import { schemaMessages } from './schemaMessages';

export const CurrencyCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, schemaMessages.currencyCode)
  .refine(isKnownCurrency, schemaMessages.unknownCurrency);

/**
 * An amount as a canonical decimal string (`"15000"`, `"12.5"`): never negative, never in minor
 * units, so what it means does not depend on the platform's currency data.
 */
export const DecimalAmountSchema = z.string().regex(decimalAmountPattern, schemaMessages.decimalAmount);
