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
