import type { z } from 'zod';
import { schemaMessageNamed, type SchemaMessage } from '../domain/schemaMessages';

/** The kinds of value a field of a journal file holds, as the interface names them. */
export const expectedTypes = ['string', 'number', 'int', 'boolean', 'array', 'object', 'value'] as const;
export type ExpectedType = (typeof expectedTypes)[number];

/**
 * What is wrong with one field of an imported file, as data, so the interface can say it in the
 * user's language (zod's own messages are English only).
 */
export type FieldProblem =
  | { kind: 'missing' }
  | { kind: 'wrongType'; expected: ExpectedType }
  | { kind: 'notOneOf'; allowed: string[] }
  | { kind: 'timestamp' }
  | { kind: 'tooLong'; maximum: number; of: 'characters' | 'items' }
  | { kind: 'tooShort'; minimum: number; of: 'characters' | 'items' }
  | { kind: 'tooLarge'; maximum: number; inclusive: boolean }
  | { kind: 'tooSmall'; minimum: number; inclusive: boolean }
  | { kind: 'schema'; name: SchemaMessage }
  /** Anything else: zod's words, the best there is. */
  | { kind: 'other'; message: string };

/** A field of an imported file and what is wrong with it. */
export interface FieldIssue {
  /** Dotted, as in the file: `balance.amountMinor`, `checklist.3.state`. */
  path: string;
  problem: FieldProblem;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function problemOf(issue: z.core.$ZodIssue, input: unknown): FieldProblem {
  // Before the message: zod reports an absent enum as a bad value, and a schema-wide message
  // (such as base64's) stands for every issue of its field, absence included.
  if (valueAt(input, issue.path) === undefined) return { kind: 'missing' };
  const named = schemaMessageNamed(issue.message);
  if (named) return { kind: 'schema', name: named };
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'wrongType', expected: expectedTypes.find((type) => type === issue.expected) ?? 'value' };
    case 'invalid_value':
      return { kind: 'notOneOf', allowed: issue.values.map(String) };
    case 'invalid_format':
      if (issue.format === 'datetime') return { kind: 'timestamp' };
      break;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const limit = Number(big ? issue.maximum : issue.minimum);
      if (issue.origin === 'string' || issue.origin === 'array') {
        const of = issue.origin === 'string' ? 'characters' : 'items';
        return big ? { kind: 'tooLong', maximum: limit, of } : { kind: 'tooShort', minimum: limit, of };
      }
      if (issue.origin === 'number' || issue.origin === 'int') {
        const inclusive = issue.inclusive ?? true;
        return big ? { kind: 'tooLarge', maximum: limit, inclusive } : { kind: 'tooSmall', minimum: limit, inclusive };
      }
      break;
    }
  }
  return { kind: 'other', message: issue.message };
}

/** The first thing wrong in `input`, as the interface will put it to the user. */
export function firstFieldIssue(error: z.ZodError, input: unknown): FieldIssue {
  const issue = error.issues[0];
  if (!issue) return { path: '', problem: { kind: 'other', message: error.message } };
  return { path: issue.path.map(String).join('.'), problem: problemOf(issue, input) };
}
