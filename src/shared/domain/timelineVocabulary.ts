/** The kinds of entry a case's timeline holds (see timelineSchema.ts), without the schemas. */
export const timelineKinds = ['status', 'step', 'field', 'attachment', 'contact', 'exported', 'printed'] as const;
export type TimelineKind = (typeof timelineKinds)[number];

/** How a contact with the provider happened. */
export const contactChannels = ['phone', 'email', 'chat', 'letter', 'in_person'] as const;
export type ContactChannel = (typeof contactChannels)[number];

/**
 * The fields whose every change the timeline keeps, old → new: the dates, amounts and numbers a
 * dispute turns on. Free text (notes, titles) changes keystroke by keystroke and is not logged.
 */
export const keyFields = [
  'submittedOn',
  'referenceNumber',
  'confirmedOn',
  'confirmationNumber',
  'balanceAmount',
  'refundedAmount',
  'orderAmount',
  'orderReference',
  'orderDueOn',
  'deviceUnboundOn',
  'country',
  'renewsOn',
  'noticePeriod',
  'trialEndsOn',
  'followUpOn',
  'refundDueOn',
  'disputedChargeOn',
  'disputeWindowDays',
  'recurringFee',
  'billingPeriod',
] as const;
export type KeyField = (typeof keyFields)[number];

/** Key fields whose values are calendar dates, and those that are amounts (`"12.5 USD"`). */
export const dateFields: readonly KeyField[] = [
  'submittedOn',
  'confirmedOn',
  'orderDueOn',
  'deviceUnboundOn',
  'renewsOn',
  'trialEndsOn',
  'followUpOn',
  'refundDueOn',
  'disputedChargeOn',
];
export const amountFields: readonly KeyField[] = ['balanceAmount', 'refundedAmount', 'orderAmount', 'recurringFee'];
