/** The renderer is served from this privileged scheme in production, never from file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'journal';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether `url` belongs to the app itself: the app:// origin, or in development the dev server the
 * renderer was loaded from. Everything else is foreign, including file:// and other local ports.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  try {
    return parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** Links the user clicks may leave the app for the system browser, but only as web pages. */
export { isWebAddress as isSafeExternalUrl } from '@shared/webAddress';

/**
 * The dev server electron-vite started (`ELECTRON_RENDERER_URL`), only in an unpackaged build and
 * only when it is an http(s) address on this machine. Anything else — unset, empty (as a test
 * launcher may leave it), malformed, or remote — means the built renderer over app://.
 */
export function devServerUrlFrom(value: string | undefined, isPackaged: boolean): string | undefined {
  if (isPackaged || !value) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
