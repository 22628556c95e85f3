import { z } from 'zod';
import { isWebAddress } from '../webAddress';
import { CalendarDateSchema, IsoTimestampSchema } from './dateSchemas';
import { CurrencyCodeSchema, DecimalAmountSchema } from './moneySchemas';
import { schemaMessages } from './schemaMessages';
import { noticeUnits } from './deadlines';

import {
  attachmentKinds,
  balanceOutcomes,
  billingPeriods,
  caseStatuses,
  categories,
  checklistSections,
  checklistStates,
  confirmationMethods,
  deviceKinds,
  orderStatuses,
  submissionChannels,
  templateLanguages,
} from './caseVocabulary';

export * from './caseVocabulary';

export const CaseStatusSchema = z.enum(caseStatuses);
export const CategorySchema = z.enum(categories);
export const BalanceOutcomeSchema = z.enum(balanceOutcomes);
export const TemplateLanguageSchema = z.enum(templateLanguages);

const IdSchema = z.string().min(1).max(100);

/** Items of a case are found by id (a step to tick, a device to unbind): two with one id would be one. */
function uniqueIds<T extends { id: string }>(items: readonly T[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}
/** A list of a case's items, each with an id of its own. */
export function listOf<T extends z.ZodType<{ id: string }>>(item: T, max: number) {
  return z.array(item).max(max).refine(uniqueIds, schemaMessages.duplicateIds);
}
const ShortText = z.string().max(500);

/** Empty, or an absolute http(s) address: anything else must never reach `shell.openExternal`. */
export const WebAddressSchema = z
  .string()
  .max(2000)
  .refine((text) => text === '' || isWebAddress(text), schemaMessages.webAddress);

export const ChecklistItemSchema = z.object({
  id: IdSchema,
  /** Which template item this came from, so warnings can recognise e.g. the balance step. */
  key: z.string().max(100),
  section: z.enum(checklistSections),
  title: z.string().min(1).max(300),
  help: z.string().max(4000),
  state: z.enum(checklistStates),
  completedOn: CalendarDateSchema.nullable(),
  note: z.string().max(4000),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const BalanceSchema = z.object({
  /** What was left, in `currency` (see DecimalAmount). */
  amount: DecimalAmountSchema.nullable(),
  currency: CurrencyCodeSchema,
  outcome: BalanceOutcomeSchema,
  refunded: DecimalAmountSchema.nullable(),
});
export type Balance = z.infer<typeof BalanceSchema>;

export const DeviceSchema = z.object({
  id: IdSchema,
  name: ShortText,
  kind: z.enum(deviceKinds),
  unbound: z.boolean(),
  unboundOn: CalendarDateSchema.nullable(),
});
export type Device = z.infer<typeof DeviceSchema>;

export const OrderSchema = z.object({
  id: IdSchema,
  reference: ShortText,
  description: ShortText,
  amount: DecimalAmountSchema.nullable(),
  currency: CurrencyCodeSchema,
  dueOn: CalendarDateSchema.nullable(),
  status: z.enum(orderStatuses),
});
export type Order = z.infer<typeof OrderSchema>;

export const SubmissionSchema = z.object({
  submittedOn: CalendarDateSchema.nullable(),
  channel: z.enum(submissionChannels).nullable(),
  referenceNumber: ShortText,
  reviewBusinessDays: z.number().int().min(0).max(365).nullable(),
});
export type Submission = z.infer<typeof SubmissionSchema>;

export const ConfirmationSchema = z.object({
  confirmedOn: CalendarDateSchema.nullable(),
  method: z.enum(confirmationMethods).nullable(),
  confirmationNumber: ShortText,
  released: z.boolean(),
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;

export const AttachmentKindSchema = z.enum(attachmentKinds);

/** Evidence attached to a case. The bytes live apart from the case (see the database and the export). */
export const AttachmentSchema = z.object({
  id: IdSchema,
  name: z.string().min(1).max(255),
  mediaType: z.string().max(255).regex(/^[\w.+-]+\/[\w.+-]+$/, schemaMessages.mediaType),
  size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, schemaMessages.sha256),
  addedAt: IsoTimestampSchema,
  kind: AttachmentKindSchema,
  /** The checklist step it proves (the ID scan with the request form), or null for the case as a whole. */
  stepId: IdSchema.nullable(),
  /** Set while the attachment is in the case's attachment Trash; its bytes stay until emptied. */
  deletedAt: IsoTimestampSchema.nullable(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/**
 * A status the case took: `on` is the day it happened (the user's word, backdatable: a request sent
 * on 2 November and logged on the 26th is submitted on the 2nd), `recordedAt` when it was logged.
 */
export const StatusChangeSchema = z.object({
  status: CaseStatusSchema,
  on: CalendarDateSchema,
  recordedAt: IsoTimestampSchema,
});
export type StatusChange = z.infer<typeof StatusChangeSchema>;

export const TemplateRefSchema = z.object({
  id: IdSchema,
  version: z.number().int().min(1),
  language: TemplateLanguageSchema,
  name: z.string().max(200),
});

/** An ISO 3166-1 alpha-2 country code (`ID`, `CN`): whose public holidays the business days skip. */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, schemaMessages.countryCode);

export const NoticePeriodSchema = z.object({
  count: z.number().int().min(1).max(999),
  unit: z.enum(noticeUnits),
});

/**
 * The dates a cancellation races against (issue 12). All optional: null is "not known". The
 * dispute window is in days from the disputed charge; null is the usual 120 days.
 */
export const DeadlinesSchema = z.object({
  renewsOn: CalendarDateSchema.nullable(),
  noticePeriod: NoticePeriodSchema.nullable(),
  trialEndsOn: CalendarDateSchema.nullable(),
  followUpOn: CalendarDateSchema.nullable(),
  refundDueOn: CalendarDateSchema.nullable(),
  disputedChargeOn: CalendarDateSchema.nullable(),
  disputeWindowDays: z.number().int().min(1).max(3650).nullable(),
});
export type Deadlines = z.infer<typeof DeadlinesSchema>;

export { noDeadlines } from './noDeadlines';

/**
 * What the plan cost while it ran (issue 12's Overview: the fee no longer paid since the
 * cancellation was confirmed), in the balance's currency. `amount` null is "not known".
 */
export const RecurringFeeSchema = z.object({
  amount: DecimalAmountSchema.nullable(),
  period: z.enum(billingPeriods),
});
export type RecurringFee = z.infer<typeof RecurringFeeSchema>;

/** A case's fields, without the rule that ties its status to its history (for the file format to extend). */
export const CaseFieldsSchema = z.object({
  id: IdSchema,
  title: z.string().min(1, 'needs a title').max(200),
  provider: z.object({
    name: z.string().max(200),
    portalUrl: WebAddressSchema,
    supportContact: ShortText,
  }),
  account: z.string().max(200),
  category: CategorySchema,
  tags: z.array(z.string().min(1).max(50)).max(50),
  notes: z.string().max(100_000),
  status: CaseStatusSchema,
  statusHistory: z.array(StatusChangeSchema).min(1),
  template: TemplateRefSchema,
  checklist: listOf(ChecklistItemSchema, 200),
  balance: BalanceSchema,
  devices: listOf(DeviceSchema, 100),
  orders: listOf(OrderSchema, 500),
  submission: SubmissionSchema,
  confirmation: ConfirmationSchema,
  attachments: listOf(AttachmentSchema, 200),
  country: CountryCodeSchema.nullable(),
  deadlines: DeadlinesSchema,
  recurringFee: RecurringFeeSchema,
  createdAt: IsoTimestampSchema,
  updatedAt: IsoTimestampSchema,
  /** Set while the case is in the Trash. */
  deletedAt: IsoTimestampSchema.nullable(),
});

/** The last change recorded is the status the case is in: the history says how it came there. */
export function statusMatchesHistory(journalCase: Pick<z.infer<typeof CaseFieldsSchema>, 'status' | 'statusHistory'>): boolean {
  return journalCase.statusHistory.at(-1)?.status === journalCase.status;
}

export const CaseSchema = CaseFieldsSchema.refine(statusMatchesHistory, {
  message: schemaMessages.statusNotInHistory,
  path: ['status'],
});
export type JournalCase = z.infer<typeof CaseSchema>;
