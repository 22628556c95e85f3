import { toCalendarDate, type CalendarDate } from '../domain/calendarDate';

export interface EmailAddress {
  name: string;
  address: string;
}

/** What the app shows of a saved e-mail (.eml): never its HTML, only text. */
export interface EmailMessage {
  from: EmailAddress | null;
  to: EmailAddress[];
  /** When it was sent, ISO 8601 in UTC; null when the message has no readable Date header. */
  date: string | null;
  subject: string;
  text: string;
  attachments: { name: string; mediaType: string; size: number }[];
}

type ParsedAddress = { name: string; address?: string; group?: { name: string; address: string }[] };

function mailboxes(addresses: readonly ParsedAddress[] | undefined): EmailAddress[] {
  return (addresses ?? []).flatMap((entry) =>
    entry.group ? entry.group.map(({ name, address }) => ({ name, address })) : [{ name: entry.name, address: entry.address ?? '' }],
  );
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The readable text of an HTML-only message, as text: scripts and styles dropped, tags turned into
 * spaces or line breaks, the common entities decoded. The HTML itself is never rendered.
 */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (match, entity: string) => {
      if (entity[0] === '#') {
        const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
      return entities[entity.toLowerCase()] ?? match;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function sizeOf(content: ArrayBuffer | Uint8Array | string): number {
  return typeof content === 'string' ? new TextEncoder().encode(content).length : content.byteLength;
}

/**
 * Reads an e-mail saved as `.eml` with postal-mime (MIME parts, quoted-printable and base64 bodies,
 * RFC 2047 encoded words in headers, any charset). Loaded on first use: only an opened e-mail needs it.
 */
export async function readEmail(bytes: Uint8Array): Promise<EmailMessage> {
  const { default: PostalMime } = await import('postal-mime');
  const email = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  const date = email.date && !Number.isNaN(Date.parse(email.date)) ? new Date(email.date).toISOString() : null;
  const from = mailboxes(email.from ? [email.from as ParsedAddress] : [])[0] ?? null;
  return {
    from,
    to: mailboxes(email.to as ParsedAddress[] | undefined),
    date,
    subject: email.subject ?? '',
    text: (email.text ?? (email.html ? textOfHtml(email.html) : '')).trim(),
    attachments: email.attachments.map((attachment) => ({
      name: attachment.filename ?? '',
      mediaType: attachment.mimeType,
      size: sizeOf(attachment.content),
    })),
  };
}

/** The day the e-mail was sent, on the user's calendar (an e-mail sent at 23:30 in Jakarta is that day there). */
export function emailDay(message: Pick<EmailMessage, 'date'>): CalendarDate | null {
  return message.date ? toCalendarDate(new Date(message.date)) : null;
}

/** The sender as a support contact: "Axis Support <support@axis.co.id>", or the address alone. */
export function contactOf(address: EmailAddress): string {
  const name = address.name.trim();
  if (!address.address) return name;
  return name && name !== address.address ? `${name} <${address.address}>` : address.address;
}
