import { describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { newCase } from '../domain/newCase';
import type { Attachment, AttachmentKind, JournalCase } from '../domain/caseSchema';
import { proofOf } from './proofStatus';

const base = newCase(
  defaultTemplateFor('en'),
  { title: 'Axis eSIM', providerName: 'Axis', account: '+62 838 1234 4821', category: 'phone_esim', currency: 'IDR' },
  new Date('2026-11-02T09:00:00Z'),
  () => crypto.randomUUID(),
);
let counter = 0;
const file = (kind: AttachmentKind, deletedAt: string | null = null): Attachment => ({
  id: `a${++counter}`,
  name: `${kind}.png`,
  mediaType: 'image/png',
  size: 10,
  sha256: 'a'.repeat(64),
  addedAt: '2026-11-02T09:00:00.000Z',
  kind,
  stepId: null,
  deletedAt,
});
const withCase = (change: Partial<JournalCase>): JournalCase => ({ ...base, ...change });
const submitted = (change: Partial<JournalCase['submission']> = {}) => ({ ...base.submission, submittedOn: '2026-11-02' as const, ...change });

describe('proofOf', () => {
  it('finds a new case with nothing on file missing, and something on file enough for a draft', () => {
    expect(proofOf(base)).toEqual({ level: 'missing', gaps: ['noEvidence'] });
    expect(proofOf(withCase({ attachments: [file('id_document')] }))).toEqual({ level: 'complete', gaps: [] });
  });

  it('asks a sent request for its day and for a reference number or a screenshot', () => {
    const sent = withCase({ status: 'submitted', submission: { ...base.submission, submittedOn: null } });
    expect(proofOf(sent)).toEqual({ level: 'missing', gaps: ['noEvidence', 'submissionUndated', 'submissionUnproven'] });
    expect(proofOf({ ...sent, submission: submitted() }).gaps).toEqual(['noEvidence', 'submissionUnproven']);
    expect(proofOf({ ...sent, submission: submitted({ referenceNumber: 'REQ-55120' }) })).toEqual({ level: 'complete', gaps: [] });
    expect(proofOf({ ...sent, submission: submitted(), attachments: [file('screenshot')] })).toEqual({ level: 'complete', gaps: [] });
  });

  it('asks a confirmed case for the confirmation itself and its day', () => {
    const confirmed = withCase({ status: 'confirmed', submission: submitted({ referenceNumber: 'REQ-55120' }) });
    expect(proofOf(confirmed)).toEqual({ level: 'incomplete', gaps: ['noConfirmationEvidence', 'confirmationUndated'] });
    const proven = { ...confirmed, attachments: [file('confirmation')], confirmation: { ...confirmed.confirmation, confirmedOn: '2026-11-09' as const } };
    expect(proofOf(proven)).toEqual({ level: 'complete', gaps: [] });
  });

  it('does not count evidence in the attachment Trash', () => {
    const confirmed = withCase({
      status: 'confirmed',
      submission: submitted({ referenceNumber: 'REQ-55120' }),
      confirmation: { ...base.confirmation, confirmedOn: '2026-11-09' },
      attachments: [file('confirmation', '2026-11-10T09:00:00.000Z')],
    });
    expect(proofOf(confirmed).gaps).toEqual(['noConfirmationEvidence']);
  });

  it('asks a rejection for the provider’s answer and a refund for its receipt', () => {
    const rejected = withCase({ status: 'rejected', submission: submitted({ referenceNumber: 'REQ-1' }) });
    expect(proofOf(rejected).gaps).toEqual(['noRejectionEvidence']);
    expect(proofOf({ ...rejected, attachments: [file('correspondence')] }).gaps).toEqual([]);
    const refunded = withCase({ balance: { ...base.balance, amount: '15000', outcome: 'refunded', refunded: '15000' }, attachments: [file('id_document')] });
    expect(proofOf(refunded)).toEqual({ level: 'incomplete', gaps: ['refundUnproven'] });
    expect(proofOf({ ...refunded, attachments: [file('receipt')] }).level).toBe('complete');
  });
});
