import { shell, type Session, type WebContents } from 'electron';
import { contentSecurityPolicy } from '@shared/contentSecurityPolicy';
import { isAppUrl, isSafeExternalUrl } from './appOrigin';

/**
 * No navigation away from the app, no new windows, no webviews. A link to a web page opens in the
 * system browser instead; anything else (file:, javascript:, custom schemes) is dropped.
 */
export function guardWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
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
