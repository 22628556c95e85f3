import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from './appOrigin';

describe('isAppUrl', () => {
  it('trusts only the app:// origin in production', () => {
    expect(isAppUrl('app://journal/index.html', undefined)).toBe(true);
    expect(isAppUrl('app://journal/assets/x.js?y=1#z', undefined)).toBe(true);
    expect(isAppUrl('app://evil/index.html', undefined)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', undefined)).toBe(false);
    expect(isAppUrl('https://example.com/', undefined)).toBe(false);
    expect(isAppUrl('http://localhost:5173/', undefined)).toBe(false);
    expect(isAppUrl('not a url', undefined)).toBe(false);
  });

  it('also trusts the dev server the renderer was loaded from, and no other port', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('lets only web pages leave the app', () => {
    expect(isSafeExternalUrl('https://www.axis.co.id/')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    expect(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe')).toBe(false);
    expect(isSafeExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('smb://server/share')).toBe(false);
    expect(isSafeExternalUrl('')).toBe(false);
  });
});

describe('devServerUrlFrom', () => {
  it('uses the dev server only in an unpackaged build, and only when one is really given', async () => {
    const { devServerUrlFrom } = await import('./appOrigin');
    expect(devServerUrlFrom('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(devServerUrlFrom('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
    // A launcher that blanks the variable (ELECTRON_RENDERER_URL: '') means "no dev server": an
    // empty string kept as the URL made loadURL('') fail and the window never appear.
    expect(devServerUrlFrom('', false)).toBeUndefined();
    expect(devServerUrlFrom(undefined, false)).toBeUndefined();
    expect(devServerUrlFrom('not a url', false)).toBeUndefined();
    expect(devServerUrlFrom('https://evil.example:5173/', false)).toBeUndefined();
    expect(devServerUrlFrom('file:///tmp/index.html', false)).toBeUndefined();
    expect(devServerUrlFrom('http://localhost:5173', true)).toBeUndefined();
  });
});
