import { describe, expect, it } from 'vitest';
import { attachmentName, mediaTypeOf, previewKindOf, shortHash } from './attachmentFiles';
import { attachmentProblem, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_CASE } from './evidenceLimits';

describe('attachment files', () => {
  it('keeps a real reported type and otherwise goes by the extension', () => {
    expect(mediaTypeOf('a.png', 'image/png')).toBe('image/png');
    expect(mediaTypeOf('mail.eml', '')).toBe('message/rfc822');
    expect(mediaTypeOf('Scan.PDF', 'application/octet-stream')).toBe('application/pdf');
    expect(mediaTypeOf('page.html', 'text/html; charset=utf-8')).toBe('text/html');
    expect(mediaTypeOf('archive.xyz', '')).toBe('application/octet-stream');
    expect(mediaTypeOf('noextension', 'not a type')).toBe('application/octet-stream');
  });

  it('previews images, PDFs and e-mails, and stores anything else without a preview', () => {
    expect(previewKindOf('image/jpeg')).toBe('image');
    expect(previewKindOf('application/pdf')).toBe('pdf');
    expect(previewKindOf('message/rfc822')).toBe('email');
    expect(previewKindOf('image/heic')).toBeNull();
    expect(previewKindOf('application/zip')).toBeNull();
  });

  it('gives a file a name it can keep', () => {
    expect(attachmentName('  ../../etc/passwd ', 'x')).toBe('.. .. etc passwd');
    expect(attachmentName('', 'screenshot.png')).toBe('screenshot.png');
    expect(attachmentName('a'.repeat(400), 'x')).toHaveLength(255);
  });

  it('shows the start of a hash', () => {
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
  });
});

describe('evidence limits', () => {
  const some = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `a${i}` }));
  it('refuses an empty file, a file over 50 MB, and a case that holds 200 already', () => {
    expect(attachmentProblem({ name: 'a', size: 0 }, [])).toEqual({ kind: 'empty', name: 'a' });
    expect(attachmentProblem({ name: 'a', size: MAX_ATTACHMENT_BYTES }, [])).toBeNull();
    expect(attachmentProblem({ name: 'a', size: MAX_ATTACHMENT_BYTES + 1 }, [])).toEqual({
      kind: 'tooLarge',
      name: 'a',
      size: MAX_ATTACHMENT_BYTES + 1,
      limit: MAX_ATTACHMENT_BYTES,
    });
    expect(attachmentProblem({ name: 'a', size: 1 }, some(MAX_ATTACHMENTS_PER_CASE - 1))).toBeNull();
    expect(attachmentProblem({ name: 'a', size: 1 }, some(MAX_ATTACHMENTS_PER_CASE))).toEqual({ kind: 'tooMany', name: 'a', limit: 200 });
  });
});
