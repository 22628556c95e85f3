import type { AttachmentKind } from '../domain/caseVocabulary';
import { extensionOf } from './attachmentFiles';

/** What the file is called and what it is; `stepKey` is the template key of the step it is added to. */
export interface AttachmentClues {
  name: string;
  mediaType: string;
  stepKey?: string | null;
  /** Pasted from the clipboard: an image there is nearly always a screenshot. */
  pasted?: boolean;
}

// Words in file names that say what a file is, in English and Chinese (as people and apps name them).
const idWords = /passport|identity|id[-_ .]?(card|scan|doc)|driver'?s?[-_ ]?licen[cs]e|身份证|护照|证件|驾照/i;
const receiptWords = /receipt|invoice|bill|statement|收据|发票|账单|付款|小票/i;
const screenshotWords = /screen ?shot|screen[-_ ]?capture|截图|截屏|屏幕快照/i;
const confirmationWords = /confirm|closed|cancel+ed|termination|确认|注销成功|已注销/i;

/**
 * The kind an attachment most likely is, from its name, its type and the step it is added to. Only a
 * first guess: the user can change it. An e-mail on "Keep the e-mail that says it is closed" is the
 * confirmation; a scan or photo on "Fill in and send the request" is taken for the ID document the
 * provider asked for.
 */
export function guessAttachmentKind({ name, mediaType, stepKey = null, pasted = false }: AttachmentClues): AttachmentKind {
  const email = mediaType === 'message/rfc822' || extensionOf(name) === 'eml';
  const image = mediaType.startsWith('image/');
  if (email) return stepKey === 'confirmation' || confirmationWords.test(name) ? 'confirmation' : 'correspondence';
  if (idWords.test(name)) return 'id_document';
  if (receiptWords.test(name)) return 'receipt';
  if (pasted || screenshotWords.test(name)) return 'screenshot';
  if (stepKey === 'confirmation' || confirmationWords.test(name)) return 'confirmation';
  if (stepKey === 'request-form' && (image || mediaType === 'application/pdf')) return 'id_document';
  if (mediaType === 'image/png') return 'screenshot';
  return 'other';
}
