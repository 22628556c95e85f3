import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn();
vi.mock('electron', () => ({ shell: { openExternal: (url: string) => openExternal(url) } }));

const { guardSession, guardWebContents } = await import('./webSecurity');

type OpenHandler = (details: { url: string }) => { action: string };

class FakeContents extends EventEmitter {
  openHandler: OpenHandler | undefined;
  setWindowOpenHandler(handler: OpenHandler) {
    this.openHandler = handler;
  }
  /** Emits like Electron does and reports whether a listener cancelled the event. */
  attempt(event: string, url: string): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, url);
    return prevented;
  }
}

beforeEach(() => openExternal.mockReset());

describe('guardWebContents', () => {
  it('lets the app navigate within itself only', () => {
    const contents = new FakeContents();
    guardWebContents(contents as never, undefined);
    expect(contents.attempt('will-navigate', 'app://journal/index.html')).toBe(false);
    expect(contents.attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.attempt('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.attempt('will-attach-webview', 'https://x/')).toBe(true);
  });

  it('never opens a new window, nor the system browser for a page that asked without a click', () => {
    const contents = new FakeContents();
    guardWebContents(contents as never, undefined);
    for (const url of ['https://www.axis.co.id/', 'http://127.0.0.1:631/', 'file:///C:/evil.exe', 'javascript:alert(1)']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(contents.attempt('will-navigate', 'https://www.axis.co.id/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });
});

describe('guardSession', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, callback: (granted: boolean) => void) => void) | undefined;
    let checkHandler: (() => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof requestHandler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler: typeof checkHandler) => (checkHandler = handler),
      webRequest: { onHeadersReceived: vi.fn() },
    };
    guardSession(session as never, undefined);
    const callback = vi.fn();
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) requestHandler?.(null, permission, callback);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(checkHandler?.()).toBe(false);
    expect(session.webRequest.onHeadersReceived).not.toHaveBeenCalled();
  });
});
