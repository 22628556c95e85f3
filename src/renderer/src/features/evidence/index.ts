/** What other features use of the evidence: its list, its buttons, drop and paste onto a case. */
export { EvidenceList } from './EvidenceList';
export { AddAttachmentButton } from './AddAttachmentButton';
export { StepAttachments } from './StepAttachments';
export { useDropAndPaste } from './useDropAndPaste';
export type { EmailOffers } from './EmailPreview';
