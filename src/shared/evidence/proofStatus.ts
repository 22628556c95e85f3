import type { AttachmentKind, JournalCase } from '../domain/caseSchema';

export const proofLevels = ['missing', 'incomplete', 'complete'] as const;
/** How ready a case file is for a dispute: nothing to show, something missing, or all the rules ask. */
export type ProofLevel = (typeof proofLevels)[number];

/** What a dispute (a chargeback, an ombudsman) would still lack, at the case's stage. */
export type ProofGap =
  /** Not one piece of proof: no attachment, no reference number, no confirmation number. */
  | 'noEvidence'
  /** Sent, but the day it was sent is not recorded. */
  | 'submissionUndated'
  /** Sent, with neither the provider's reference number nor a screenshot or message showing it was sent. */
  | 'submissionUnproven'
  /** Confirmed, without the confirmation itself (the e-mail or letter that says the account is closed). */
  | 'noConfirmationEvidence'
  /** Confirmed, but the day is not recorded. */
  | 'confirmationUndated'
  /** Rejected, without the provider's answer. */
  | 'noRejectionEvidence'
  /** The balance is recorded as refunded, without a receipt or the provider's message saying so. */
  | 'refundUnproven';

export interface Proof {
  level: ProofLevel;
  gaps: ProofGap[];
}

type ProofCase = Pick<JournalCase, 'status' | 'submission' | 'confirmation' | 'balance' | 'attachments'>;

const sent = new Set<JournalCase['status']>(['submitted', 'under_review', 'confirmed', 'rejected']);

/**
 * The case's proof, from its status, its fields and its evidence (attachments in its Trash do not
 * count). The rules grow with the case: a draft needs only something on file, a sent request its
 * day and a reference or a screenshot, a confirmed one the confirmation, a refund its receipt.
 */
export function proofOf(journalCase: ProofCase): Proof {
  // Cases of older database versions pass through here too while an upgrade makes their list
  // entries (later versions make them anew): what such a case lacks counts as not on file.
  const older = journalCase as Partial<ProofCase>;
  const live = (older.attachments ?? []).filter((attachment) => attachment.deletedAt == null);
  const kinds = new Set<AttachmentKind>(live.map((attachment) => attachment.kind));
  const has = (...wanted: AttachmentKind[]) => wanted.some((kind) => kinds.has(kind));
  const { submission, confirmation, status } = journalCase;
  const reference = (older.submission?.referenceNumber ?? '').trim() !== '';
  const anything = live.length > 0 || reference || (older.confirmation?.confirmationNumber ?? '').trim() !== '';

  const gaps: ProofGap[] = [];
  if (!anything) gaps.push('noEvidence');
  if (sent.has(status)) {
    if (submission?.submittedOn == null) gaps.push('submissionUndated');
    if (!reference && !has('screenshot', 'correspondence', 'confirmation')) gaps.push('submissionUnproven');
  }
  if (status === 'confirmed') {
    if (!has('confirmation')) gaps.push('noConfirmationEvidence');
    if (confirmation?.confirmedOn == null) gaps.push('confirmationUndated');
  }
  if (status === 'rejected' && !has('correspondence', 'confirmation')) gaps.push('noRejectionEvidence');
  if (older.balance?.outcome === 'refunded' && !has('receipt', 'correspondence')) gaps.push('refundUnproven');

  const level: ProofLevel = gaps.length === 0 ? 'complete' : anything ? 'incomplete' : 'missing';
  return { level, gaps };
}
