import { describe, expect, it } from 'vitest';
import { guessAttachmentKind } from './guessAttachmentKind';

describe('guessing what an attachment is', () => {
  it('takes an e-mail on the confirmation step for the confirmation, elsewhere for correspondence', () => {
    expect(guessAttachmentKind({ name: 'Re your request.eml', mediaType: 'message/rfc822', stepKey: 'confirmation' })).toBe('confirmation');
    expect(guessAttachmentKind({ name: 'Re your request.eml', mediaType: 'message/rfc822' })).toBe('correspondence');
    expect(guessAttachmentKind({ name: 'Account closed.eml', mediaType: 'application/octet-stream' })).toBe('confirmation');
  });

  it('takes a scan or photo on "Fill in and send the request" for the ID document the provider asked for', () => {
    expect(guessAttachmentKind({ name: 'IMG_2041.jpg', mediaType: 'image/jpeg', stepKey: 'request-form' })).toBe('id_document');
    expect(guessAttachmentKind({ name: 'scan.pdf', mediaType: 'application/pdf', stepKey: 'request-form' })).toBe('id_document');
    expect(guessAttachmentKind({ name: 'IMG_2041.jpg', mediaType: 'image/jpeg' })).toBe('other');
  });

  it('reads the file name in English and Chinese', () => {
    expect(guessAttachmentKind({ name: 'passport-scan.jpg', mediaType: 'image/jpeg' })).toBe('id_document');
    expect(guessAttachmentKind({ name: '身份证正面.png', mediaType: 'image/png' })).toBe('id_document');
    expect(guessAttachmentKind({ name: 'Invoice-2026-10.pdf', mediaType: 'application/pdf' })).toBe('receipt');
    expect(guessAttachmentKind({ name: '发票.pdf', mediaType: 'application/pdf' })).toBe('receipt');
    expect(guessAttachmentKind({ name: 'Screenshot 2026-11-02 at 10.14.png', mediaType: 'image/png', stepKey: 'request-form' })).toBe('screenshot');
    expect(guessAttachmentKind({ name: '微信截图_20261102.jpg', mediaType: 'image/jpeg' })).toBe('screenshot');
    expect(guessAttachmentKind({ name: 'cancellation-confirmed.pdf', mediaType: 'application/pdf' })).toBe('confirmation');
  });

  it('takes a pasted image for a screenshot and anything else for other', () => {
    expect(guessAttachmentKind({ name: 'image.png', mediaType: 'image/png', pasted: true })).toBe('screenshot');
    expect(guessAttachmentKind({ name: 'notes.docx', mediaType: 'application/octet-stream' })).toBe('other');
  });
});
