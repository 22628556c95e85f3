import { toCalendarDate } from './calendarDate';
import type { ChecklistTemplate } from './templateSchema';
import type { Category, JournalCase } from './caseSchema';
import { noDeadlines } from './noDeadlines';
import { noRecurringFee } from './noRecurringFee';

export interface NewCaseInput {
  title: string;
  providerName: string;
  account: string;
  category: Category;
  currency: string;
  /** Whose public holidays the review clock skips: from the provider's earlier cases or the user's region. */
  country?: string | null;
}

/**
 * A fresh case in `draft`, with its own copy of the template's checklist: editing or replacing the
 * template later never rewrites cases already created from it.
 */
export function newCase(
  template: ChecklistTemplate,
  input: NewCaseInput,
  now: Date,
  newId: () => string,
): JournalCase {
  const at = now.toISOString();
  return {
    id: newId(),
    title: input.title.trim(),
    provider: { name: input.providerName.trim(), portalUrl: '', supportContact: '' },
    account: input.account.trim(),
    category: input.category,
    tags: [],
    notes: '',
    status: 'draft',
    statusHistory: [{ status: 'draft', on: toCalendarDate(now), recordedAt: at }],
    template: {
      id: template.id,
      version: template.version,
      language: template.language,
      name: template.name,
    },
    checklist: template.items.map((item) => ({
      id: newId(),
      key: item.key,
      section: item.section,
      title: item.title,
      help: item.help,
      state: 'todo',
      completedOn: null,
      note: '',
    })),
    balance: { amount: null, currency: input.currency, outcome: 'none', refunded: null },
    devices: [],
    orders: [],
    submission: {
      submittedOn: null,
      channel: null,
      referenceNumber: '',
      reviewBusinessDays: template.defaultReviewBusinessDays,
    },
    confirmation: { confirmedOn: null, method: null, confirmationNumber: '', released: false },
    attachments: [],
    country: input.country ?? null,
    deadlines: noDeadlines,
    recurringFee: noRecurringFee,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}
