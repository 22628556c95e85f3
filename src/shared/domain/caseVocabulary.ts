/**
 * The fixed vocabularies of a case, without their schemas: the case list uses them on its first
 * screen, which should not have to load the validation library.
 */
export const caseStatuses = ['draft', 'preparing', 'submitted', 'under_review', 'confirmed', 'rejected', 'withdrawn'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const categories = ['phone_esim', 'streaming', 'software', 'membership', 'utility', 'other'] as const;
export type Category = (typeof categories)[number];

export const balanceOutcomes = ['none', 'spent', 'transferred', 'refund_requested', 'refunded', 'forfeited'] as const;
export type BalanceOutcome = (typeof balanceOutcomes)[number];

/** How often a recurring fee is charged; the Overview turns each into its monthly equivalent. */
export const billingPeriods = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type BillingPeriod = (typeof billingPeriods)[number];

export const orderStatuses = ['open', 'paid', 'cancelled', 'disputed'] as const;
export const deviceKinds = ['phone', 'tablet', 'computer', 'watch', 'other'] as const;
export const submissionChannels = ['web_portal', 'app', 'email', 'phone', 'in_person'] as const;
export const confirmationMethods = ['email', 'letter', 'in_app', 'phone'] as const;
export const checklistStates = ['todo', 'done', 'skipped'] as const;
export const checklistSections = ['prerequisite', 'step'] as const;
export const templateLanguages = ['en', 'zh-CN'] as const;
export type TemplateLanguage = (typeof templateLanguages)[number];
/** What a piece of evidence is: an ID document is treated as sensitive (blurred, kept out of reports unless chosen). */
export const attachmentKinds = ['id_document', 'confirmation', 'screenshot', 'receipt', 'correspondence', 'other'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];
