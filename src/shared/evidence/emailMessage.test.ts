import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactOf, emailDay, readEmail, textOfHtml } from './emailMessage';

const fixture = (name: string) => new Uint8Array(readFileSync(resolve(import.meta.dirname, 'fixtures', name)));

describe('reading a saved e-mail', () => {
  it('reads a real-world confirmation: encoded-word Chinese subject and sender, quoted-printable text, a PDF attached', async () => {
    const message = await readEmail(fixture('account-closed.eml'));
    expect(message.subject).toBe('您的 Axis 账户已注销');
    expect(message.from).toEqual({ name: 'Axis 客户支持', address: 'support@axis.co.id' });
    expect(message.to).toEqual([{ name: 'Dewi Lestari', address: 'dewi@example.com' }]);
    expect(message.date).toBe('2026-11-08T03:42:15.000Z');
    expect(message.text).toContain('您的 Axis 账户（+62 838 1234 4821）已于 2026年11月8日 注销。');
    expect(message.text).toContain('Confirmation number: AX-7781');
    expect(message.attachments).toEqual([{ name: 'closure-receipt.pdf', mediaType: 'application/pdf', size: 67 }]);
    // Run with TZ=UTC: the day it was sent on this calendar.
    expect(emailDay(message)).toBe('2026-11-08');
    expect(contactOf(message.from!)).toBe('Axis 客户支持 <support@axis.co.id>');
  });

  it('reads an HTML-only message as text, never as HTML', async () => {
    const raw = [
      'From: billing@netflix.example',
      'To: a@example.com',
      'Subject: =?ISO-8859-1?Q?Confirmaci=F3n?=',
      'Date: not a date',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><head><style>p{}</style></head><body><p>Your membership is cancelled &amp; closed.</p><script>alert(1)</script><p>Ref&nbsp;NF-1</p></body></html>',
    ].join('\r\n');
    const message = await readEmail(new TextEncoder().encode(raw));
    expect(message.subject).toBe('Confirmación');
    expect(message.date).toBeNull();
    expect(emailDay(message)).toBeNull();
    expect(message.text).toBe('Your membership is cancelled & closed.\nRef NF-1');
    expect(message.text).not.toContain('alert');
    expect(contactOf(message.from!)).toBe('billing@netflix.example');
  });

  it('still gives a subject and no text for bytes that are no e-mail at all', async () => {
    const message = await readEmail(new Uint8Array([0, 1, 2, 3]));
    expect(message.from).toBeNull();
    expect(message.subject).toBe('');
  });

  it('turns HTML into readable lines', () => {
    expect(textOfHtml('<div>One</div><div>Two &#x4e2d;&#25991; &lt;b&gt;</div>')).toBe('One\nTwo 中文 <b>');
  });
});
