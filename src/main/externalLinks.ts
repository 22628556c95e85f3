import { isIP } from 'node:net';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';

/**
 * What the app hands to the operating system to open (`shell.openExternal`): the normalised form
 * (`new URL(...).href`) of an http(s) address on the public internet, or null.
 *
 * The raw string is never passed on: the OS's URL handlers parse differently from WHATWG (a
 * backslash, a tab or a stray quote can change where a handler goes), so what is opened is what
 * was checked. Addresses on this machine or the local network are refused: a link in a journal
 * file someone sent you must not reach a router's admin page, a printer, or a service listening on
 * loopback (many local daemons trust requests from the browser on 127.0.0.1).
 */
export function externalUrlToOpen(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > 2000) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // Credentials in a link are a classic disguise (https://bank.example@evil.example/).
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname === '' || isLocalHost(url.hostname)) return null;
  return url.href;
}

/**
 * Whether a host (as `URL.hostname` gives it: lower-case, IPv4 in dotted form whatever way it was
 * written, IPv6 in brackets) names this machine or a private or link-local network.
 */
export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host.endsWith('.local') || host.endsWith('.internal') || host.endsWith('.home.arpa')) return true;
  const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  const version = isIP(bare);
  if (version === 4) return isLocalIPv4(bare);
  if (version === 6) return isLocalIPv6(bare);
  // A single label (http://router/, http://nas/) is resolved on the local network by search domains.
  return !host.includes('.');
}

function ipv4Octets(address: string): number[] {
  return address.split('.').map(Number);
}

function isLocalIPv4(address: string): boolean {
  const [a = 0, b = 0] = ipv4Octets(address);
  return (
    a === 0 || // "this network", 0.0.0.0 reaches loopback on Linux and macOS
    a === 10 ||
    a === 127 ||
    (a === 100 && b >= 64 && b <= 127) || // carrier-grade NAT, shared address space
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    a >= 224 // multicast and reserved, 255.255.255.255
  );
}

/** Expands an IPv6 address (already validated by `isIP`) into its eight 16-bit groups. */
function ipv6Groups(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const [a = 0, b = 0, c = 0, d = 0] = ipv4Octets(dotted[1]);
    text = `${text.slice(0, -dotted[1].length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

function isLocalIPv6(address: string): boolean {
  const groups = ipv6Groups(address);
  const [first = 0] = groups;
  if (groups.every((group) => group === 0)) return true; // ::
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return true; // ::1
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xffc0) === 0xfec0) return true; // fec0::/10 old site-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d) forms carry an IPv4 address.
  const mapped = groups.slice(0, 5).every((group) => group === 0) && (groups[5] === 0xffff || groups[5] === 0);
  if (mapped) {
    const high = groups[6] ?? 0;
    const low = groups[7] ?? 0;
    return isLocalIPv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  // NAT64 (64:ff9b::/96) with a local IPv4 inside.
  if (first === 0x64 && groups[1] === 0xff9b && groups.slice(2, 6).every((group) => group === 0)) {
    const high = groups[6] ?? 0;
    const low = groups[7] ?? 0;
    return isLocalIPv4(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return false;
}

export class ExternalLinkRefused extends Error {}

/** Why a link did not open, in the interface's language (the renderer shows the message as it is). */
export const linkRefusalWords: Record<TemplateLanguage, { notPublic: string; notFocused: string; tooSoon: string }> = {
  en: {
    notPublic: 'Only web addresses on the internet open from the journal, not ones on this computer or its local network.',
    notFocused: 'Links open only from the journal’s window while you use it.',
    tooSoon: 'A link was just opened; wait a moment.',
  },
  'zh-CN': {
    notPublic: '日志只打开互联网上的网址，不打开本机或局域网中的地址。',
    notFocused: '只有在使用日志窗口时才能打开链接。',
    tooSoon: '刚刚打开过一个链接，请稍候。',
  },
};

/**
 * Opens links the user clicked, through `openExternal` (Electron's `shell.openExternal`):
 * only what `externalUrlToOpen` allows, in its normalised form, only while the app's window has the
 * focus (a page acting on its own in the background is not a person clicking), and at most one
 * link a second, so a page gone wrong cannot flood the browser.
 *
 * Electron tells the main process nothing about user gestures (neither `will-navigate` nor
 * `setWindowOpenHandler` carries one), so the gesture itself is checked in the preload, which sees
 * the page's `navigator.userActivation` from its isolated world (src/preload/bridge.ts).
 */
export function externalLinkOpener(options: {
  openExternal: (url: string) => Promise<void>;
  now?: () => number;
  minimumIntervalMs?: number;
  language?: () => TemplateLanguage;
}): (url: string, windowFocused: boolean) => Promise<void> {
  const now = options.now ?? Date.now;
  const words = () => linkRefusalWords[options.language?.() ?? 'en'];
  const interval = options.minimumIntervalMs ?? 1000;
  let last = -Infinity;
  return async (url, windowFocused) => {
    const target = externalUrlToOpen(url);
    if (!target) throw new ExternalLinkRefused(words().notPublic);
    if (!windowFocused) throw new ExternalLinkRefused(words().notFocused);
    const time = now();
    if (time - last < interval) throw new ExternalLinkRefused(words().tooSoon);
    last = time;
    await options.openExternal(target);
  };
}
