import type { Session, WebContents } from 'electron';
import { contentSecurityPolicy } from '@shared/contentSecurityPolicy';
import { isAppUrl } from './appOrigin';

/**
 * No navigation away from the app, no new windows, no webviews. Nothing here opens the system
 * browser: a page's script can call `window.open` or navigate without the user doing anything,
 * and Electron tells neither handler whether a user gesture started it. Web links open only
 * through the bridge's `shell:open-external`, which the preload allows right after a click or
 * key press and the main process checks again (externalLinks.ts).
 */
export function guardWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Deny every permission (camera, notifications, geolocation…) and attach the CSP to dev responses. */
export function guardSession(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  if (devServerUrl) {
    session.webRequest.onHeadersReceived((details, callback) => {
      // Vite's dev client needs inline scripts and a websocket; production stays strict.
      const devPolicy = contentSecurityPolicy
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devPolicy] },
      });
    });
  }
}
